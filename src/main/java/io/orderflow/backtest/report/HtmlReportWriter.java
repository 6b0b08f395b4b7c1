package io.orderflow.backtest.report;

import java.io.IOException;
import java.io.Writer;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/**
 * Renders a {@link ReportModel} as one self-contained HTML file: uPlot's script and style (from the
 * {@code org.webjars.npm:uplot} jar on the class path) and the report's own script and style are
 * inlined, and the model is embedded as a JavaScript literal (Gson, HTML-safe escaping; NaN and
 * infinities stay as the JavaScript values). Opening it needs no network.
 *
 * <p>The page collects its own errors ({@code window.onerror}, unhandled rejections,
 * {@code console.error}) into {@code <pre id="report-errors">} and, once drawn, writes per-chart
 * paint checks into {@code <pre id="report-checks">} and sets {@code data-ready} on the body.
 * Stateless; thread-safe.
 */
public final class HtmlReportWriter {
    private HtmlReportWriter() {
    }

    public static void write(ReportModel model, Writer out) throws IOException {
        out.write(render(model));
    }

    public static String render(ReportModel model) throws IOException {
        Gson gson = new GsonBuilder().serializeSpecialFloatingPointValues().create();
        String json = gson.toJson(model);
        StringBuilder h = ReportPage.begin(model.title, model.subtitle, "", 300_000);
        h.append("<section class=\"panel\"><h2>Price (BID) with trades · times in UTC</h2>")
                .append("<div class=\"legend-keys\"><span><i style=\"background:var(--up)\"></i>long entry ▲ / up bar</span>")
                .append("<span><i style=\"background:var(--down)\"></i>short entry ▼ / down bar</span>")
                .append("<span><i style=\"border:2px solid var(--text)\"></i>exit</span>")
                .append("<span>dashed line: green = profit, red = loss · drag to zoom, double-click to reset</span></div>")
                .append("<div class=\"chart\" id=\"price\" data-chart=\"price\"></div></section>\n")
                .append("<div id=\"panes\"></div>\n<div class=\"row2\">\n")
                .append("<section class=\"panel\"><h2 id=\"profile-title\">Volume profile</h2><div class=\"prov\" id=\"profile-prov\"></div>")
                .append("<div class=\"legend-keys\"><span><i style=\"background:var(--up)\"></i>buy</span><span><i style=\"background:var(--down)\"></i>sell</span>")
                .append("<span><i style=\"background:var(--va)\"></i>value area</span><span><i style=\"background:var(--poc)\"></i>POC</span></div>")
                .append("<div class=\"chart\" id=\"profile\" data-chart=\"profile\"></div></section>\n")
                .append("<section class=\"panel\"><h2 id=\"footprint-title\">Footprint</h2><div class=\"prov\" id=\"footprint-prov\"></div>")
                .append("<div class=\"legend-keys\"><span>cell: sell × buy volume; colour: delta (green buy, red sell), stronger = larger</span></div>")
                .append("<div class=\"chart\" id=\"footprint\" data-chart=\"footprint\"></div></section>\n</div>\n")
                .append("<section class=\"panel\"><h2>Equity</h2><div class=\"chart\" id=\"equity\" data-chart=\"equity\"></div></section>\n")
                .append("<section class=\"panel\"><h2>Order-flow confirmation</h2><div class=\"prov\">signals the order flow confirmed vs not. ")
                .append("<b>signals</b>: every technical signal, taken or not, followed with the same stop, target and exit rules ")
                .append("(a fair comparison: the verdict is the only difference); <b>engine trades</b>: the strategy's actual trades; ")
                .append("<b>trades</b>: the journal. Hit rate = share with a positive result; expectancy = mean result per signal or trade ")
                .append("(± standard error of the mean R); MAE = mean maximum adverse excursion</div>")
                .append("<table id=\"confirmation\"><thead><tr><th class=\"l\">group</th><th class=\"l\">basis</th><th>count</th><th>wins</th><th>hit rate</th>")
                .append("<th>expectancy</th><th>expectancy R</th><th>± SE (R)</th><th>MAE R</th></tr></thead><tbody></tbody></table></section>\n")
                .append("<section class=\"panel\"><h2>Trades</h2><div class=\"scroll\"><table id=\"trades\"><thead><tr>")
                .append("<th class=\"l\">label</th><th class=\"l\">side</th><th class=\"l\">entry time</th><th>entry</th><th class=\"l\">exit time</th>")
                .append("<th>exit</th><th>stop</th><th>target</th><th class=\"l\">close</th><th>net P&amp;L</th><th>R</th><th class=\"l\">OF conf.</th>")
                .append("<th class=\"l\">setup / reason</th></tr></thead><tbody></tbody></table></div></section>\n");
        return ReportPage.end(h, "<div class=\"tip\" id=\"tip\"></div>\n", "REPORT", json, "report.js");
    }
}
