package io.orderflow.backtest.report;

import java.io.IOException;

/**
 * Renders the {@code depth} command's per-bar depth and manipulation evidence as one
 * self-contained HTML page in the backtest report's style (its stylesheet, uPlot inlined,
 * light/dark switch): cards, the mid price with each bar's last flash marked at its price and side,
 * the multi-level and robust imbalance, the multi-level OFI, size added / pulled / consumed per
 * side, both sides' manipulation scores, and a table of the bars with a flash. The data is a JSON
 * document (see {@code io.orderflow.cli.DepthReportDocument}) embedded as {@code window.DEPTH}.
 * Like {@link HtmlReportWriter}, the page writes paint checks (with the axis labels each chart
 * drew) into {@code <pre id="report-checks">} and errors into {@code <pre id="report-errors">}.
 * Stateless; thread-safe.
 */
public final class DepthReportWriter {
    private static final String UPLOT_DIR = "/META-INF/resources/webjars/uplot/" + HtmlReportWriter.UPLOT_VERSION + "/dist/";

    private DepthReportWriter() {
    }

    private static String chart(String title, String prov, String id) {
        return "<section class=\"panel\"><h2>" + HtmlReportWriter.escape(title) + "</h2><div class=\"prov\">"
                + HtmlReportWriter.escape(prov) + "</div><div class=\"chart\" id=\"" + id + "\" data-chart=\"" + id
                + "\"></div></section>\n";
    }

    /** The page for {@code title}, {@code subtitle} and the JSON document {@code json}. */
    public static String render(String title, String subtitle, String json) throws IOException {
        String e = HtmlReportWriter.escape(title);
        StringBuilder h = new StringBuilder(200_000);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"color-scheme\" content=\"light dark\">\n<title>").append(e).append("</title>\n")
                .append("<script>\nwindow.__errors = [];\n")
                .append("function __flushErrors() { var e = document.getElementById('report-errors'); if (e) e.textContent = JSON.stringify(window.__errors); }\n")
                .append("window.addEventListener('error', function (e) { window.__errors.push(String(e.message || e)); __flushErrors(); });\n")
                .append("</script>\n<style>\n").append(ValidationReportWriter.resource(UPLOT_DIR + "uPlot.min.css")).append("\n")
                .append(ValidationReportWriter.resource("/io/orderflow/backtest/report/report.css"))
                .append("\ntd.wrap { white-space: normal; }\n")
                .append("</style>\n</head>\n<body>\n")
                .append("<header><h1>").append(e).append("</h1><span class=\"sub\">").append(HtmlReportWriter.escape(subtitle))
                .append("</span><button id=\"theme\" type=\"button\">light / dark</button></header>\n<main>\n")
                .append("<div class=\"cards\" id=\"cards\"></div>\n<ul class=\"notes\" id=\"notes\"></ul>\n")
                .append(chart("Mid price and manipulation evidence · bar starts, UTC",
                        "mid price at each bar's last update; triangles: the bar's last flash (size added away from the "
                                + "touch and pulled before the price reached it) at its price: up = bid side, down = ask side",
                        "mid"))
                .append(chart("Book imbalance",
                        "(bid size - ask size) / (bid size + ask size) over the best N levels at the bar's last update; "
                                + "robust: over ten levels with sizes discounted where pulling was seen; -1..1",
                        "imbalance"))
                .append(chart("Order-flow imbalance over N levels",
                        "multi-level OFI (Cont, Kukanov and Stoikov, per level, summed over the levels and the bar's "
                                + "updates), in the source's size unit", "ofi"))
                .append(chart("Bid side: size added, pulled, consumed",
                        "pulled: removed behind the touch while the touch stayed better (could not have traded); "
                                + "consumed: removed at or through the touch", "bid"))
                .append(chart("Ask side: size added, pulled, consumed", "as for the bid side", "ask"))
                .append(chart("Manipulation score per side",
                        "repetition x direction x one-sidedness of the flashes, decayed (0..1); evidence, not a verdict",
                        "score"))
                .append("<section class=\"panel\"><h2>Bars with a flash</h2><div class=\"scroll\">")
                .append("<table id=\"flashes\"><thead></thead><tbody></tbody></table></div></section>\n")
                .append("</main>\n<pre id=\"report-checks\"></pre>\n<pre id=\"report-errors\">[]</pre>\n")
                .append("<script>\n").append(ValidationReportWriter.resource(UPLOT_DIR + "uPlot.iife.min.js")).append("\n</script>\n")
                .append("<script>\n").append(ValidationReportWriter.resource("/io/orderflow/backtest/report/chart-checks.js")).append("\n</script>\n")
                .append("<script>\nwindow.DEPTH = ").append(json.replace("</", "<\\/")).append(";\n</script>\n")
                .append("<script>\n").append(ValidationReportWriter.resource("/io/orderflow/backtest/report/depth.js"))
                .append("\n__flushErrors();\n</script>\n</body>\n</html>\n");
        return h.toString();
    }
}
