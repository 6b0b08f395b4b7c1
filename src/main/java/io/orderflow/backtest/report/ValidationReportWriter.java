package io.orderflow.backtest.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Renders the {@code validate} results as one self-contained HTML page in the backtest report's
 * style (its stylesheet, uPlot inlined, light/dark switch): cards with the verdicts, the
 * out-of-sample equity of the walk-forward against the in-sample equity of the full-range winner,
 * the configuration chosen per window, the distribution of the CSCV logits, the deflated Sharpe
 * figures and the confirmation verdicts. The data is the validation JSON document, embedded as
 * {@code window.VALIDATION}. Like {@link HtmlReportWriter}, the page writes paint checks into
 * {@code <pre id="report-checks">} and errors into {@code <pre id="report-errors">}.
 * Stateless; thread-safe.
 */
public final class ValidationReportWriter {
    /** What to render: a title, a subtitle and the JSON document. */
    public static final class Page {
        final String title;
        final String subtitle;
        final String json;

        public Page(String title, String subtitle, String json) {
            this.title = title;
            this.subtitle = subtitle;
            this.json = json;
        }
    }

    private static final String UPLOT_DIR = "/META-INF/resources/webjars/uplot/" + HtmlReportWriter.UPLOT_VERSION + "/dist/";

    private ValidationReportWriter() {
    }

    public static String render(Page page) throws IOException {
        String e = HtmlReportWriter.escape(page.title);
        StringBuilder h = new StringBuilder(200_000);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"color-scheme\" content=\"light dark\">\n<title>").append(e).append("</title>\n")
                .append("<script>\nwindow.__errors = [];\n")
                .append("function __flushErrors() { var e = document.getElementById('report-errors'); if (e) e.textContent = JSON.stringify(window.__errors); }\n")
                .append("window.addEventListener('error', function (e) { window.__errors.push(String(e.message || e)); __flushErrors(); });\n")
                .append("</script>\n<style>\n").append(resource(UPLOT_DIR + "uPlot.min.css")).append("\n")
                .append(resource("/io/orderflow/backtest/report/report.css"))
                .append("\n.row2.even { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); }\ntd.wrap { white-space: normal; }\n")
                .append("</style>\n</head>\n<body>\n")
                .append("<header><h1>").append(e).append("</h1><span class=\"sub\">").append(HtmlReportWriter.escape(page.subtitle))
                .append("</span><button id=\"theme\" type=\"button\">light / dark</button></header>\n<main>\n")
                .append("<div class=\"cards\" id=\"cards\"></div>\n<ul class=\"notes\" id=\"notes\"></ul>\n")
                .append("<section class=\"panel\"><h2>Equity: in-sample vs out-of-sample · session ends, UTC</h2>")
                .append("<div class=\"prov\">in-sample: the full-range winner, chosen on the very ticks it is shown on; ")
                .append("out-of-sample: the walk-forward, each part traded by the configuration its preceding in-sample part chose</div>")
                .append("<div class=\"chart\" id=\"equity\" data-chart=\"equity\"></div></section>\n")
                .append("<section class=\"panel\"><h2>Walk-forward windows</h2><div class=\"prov\" id=\"windows-prov\"></div>")
                .append("<div class=\"scroll\"><table id=\"windows\"><thead></thead><tbody></tbody></table></div></section>\n")
                .append("<div class=\"row2 even\">\n<section class=\"panel\"><h2>Deflated Sharpe ratio</h2><div class=\"prov\">")
                .append("the probability that the winner's true Sharpe ratio beats the best of the same number of configurations ")
                .append("without any edge (Bailey and López de Prado, 2014); 0.95 or more is significant</div>")
                .append("<table id=\"dsr\"><tbody></tbody></table></section>\n")
                .append("<section class=\"panel\"><h2>Overfitting: CSCV logits</h2><div class=\"prov\" id=\"pbo-prov\"></div>")
                .append("<div class=\"chart\" id=\"logits\" data-chart=\"logits\"></div></section>\n</div>\n")
                .append("<section class=\"panel\"><h2>Order-flow confirmation with its uncertainty</h2><div class=\"prov\">")
                .append("hypothetical outcome in R of every technical signal, confirmed vs not (same stop, target and exit rules); ")
                .append("interval: bootstrap of the difference in expectancy; p: permutation test (two-sided)</div>")
                .append("<table id=\"confirmation\"><thead></thead><tbody></tbody></table></section>\n")
                .append("<section class=\"panel\"><h2>Every configuration over the whole range</h2>")
                .append("<div class=\"scroll\"><table id=\"runs\"><thead></thead><tbody></tbody></table></div></section>\n")
                .append("</main>\n<pre id=\"report-checks\"></pre>\n<pre id=\"report-errors\">[]</pre>\n")
                .append("<script>\n").append(resource(UPLOT_DIR + "uPlot.iife.min.js")).append("\n</script>\n")
                .append("<script>\n").append(resource("/io/orderflow/backtest/report/chart-checks.js")).append("\n</script>\n")
                .append("<script>\nwindow.VALIDATION = ").append(page.json.replace("</", "<\\/")).append(";\n</script>\n")
                .append("<script>\n").append(resource("/io/orderflow/backtest/report/validation.js"))
                .append("\n__flushErrors();\n</script>\n</body>\n</html>\n");
        return h.toString();
    }

    static String resource(String path) throws IOException {
        InputStream in = ValidationReportWriter.class.getResourceAsStream(path);
        if (in == null) throw new IOException("resource " + path + " not on the class path");
        try {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            int n;
            while ((n = in.read(buf)) > 0) b.write(buf, 0, n);
            return new String(b.toByteArray(), StandardCharsets.UTF_8).replace("</script", "<\\/script");
        } finally {
            in.close();
        }
    }
}
