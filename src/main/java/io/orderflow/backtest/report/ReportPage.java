package io.orderflow.backtest.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The frame every report page shares: the document head (stylesheet and uPlot's inlined, an error
 * trap that records script errors, unhandled rejections and {@code console.error} into
 * {@code <pre id="report-errors">}), the header with title, subtitle and light/dark switch, the
 * cards and notes lists; and at the end the paint-check and error blocks, uPlot, the shared
 * {@code chart-checks.js}, the page's data as a global and the page's own script. The browser tests
 * read the two {@code pre} blocks. Stateless; thread-safe.
 */
final class ReportPage {
    /** The uPlot version whose files are inlined (the webjar {@code org.webjars.npm:uplot} in pom.xml). */
    static final String UPLOT_VERSION = "1.6.30";
    private static final String UPLOT_DIR = "/META-INF/resources/webjars/uplot/" + UPLOT_VERSION + "/dist/";
    private static final String RESOURCES = "/io/orderflow/backtest/report/";

    private ReportPage() {
    }

    /**
     * Starts a page: everything up to and including the (empty) cards and notes lists inside
     * {@code <main>}.
     *
     * @param extraCss page-specific rules appended to the shared stylesheet ("" for none)
     * @param capacity the expected page size in characters
     */
    static StringBuilder begin(String title, String subtitle, String extraCss, int capacity) throws IOException {
        String t = escape(title);
        StringBuilder h = new StringBuilder(capacity);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"color-scheme\" content=\"light dark\">\n")
                .append("<title>").append(t).append("</title>\n")
                .append("<script>\nwindow.__errors = [];\n")
                .append("function __flushErrors() { var e = document.getElementById('report-errors'); if (e) e.textContent = JSON.stringify(window.__errors); }\n")
                .append("window.addEventListener('error', function (e) { window.__errors.push(String(e.message || e)); __flushErrors(); });\n")
                .append("window.addEventListener('unhandledrejection', function (e) { window.__errors.push('unhandled rejection: ' + e.reason); __flushErrors(); });\n")
                .append("(function () { var orig = console.error; console.error = function () { window.__errors.push(Array.prototype.join.call(arguments, ' ')); __flushErrors(); orig.apply(console, arguments); }; })();\n")
                .append("</script>\n<style>\n").append(resource(UPLOT_DIR + "uPlot.min.css")).append("\n")
                .append(resource(RESOURCES + "report.css")).append("\n").append(extraCss)
                .append("</style>\n</head>\n<body>\n")
                .append("<header><h1>").append(t).append("</h1><span class=\"sub\">").append(escape(subtitle))
                .append("</span><button id=\"theme\" type=\"button\">light / dark</button></header>\n")
                .append("<main>\n<div class=\"cards\" id=\"cards\"></div>\n<ul class=\"notes\" id=\"notes\"></ul>\n");
        return h;
    }

    /**
     * Ends a page begun with {@link #begin}: closes {@code <main>}, adds {@code afterMain}, the
     * check and error blocks, the scripts, {@code window.<dataName> = json} and the page script
     * {@code script} (a resource name next to this class).
     */
    static String end(StringBuilder h, String afterMain, String dataName, String json, String script) throws IOException {
        h.append("</main>\n").append(afterMain).append("<pre id=\"report-checks\"></pre>\n<pre id=\"report-errors\">[]</pre>\n")
                .append("<script>\n").append(resource(UPLOT_DIR + "uPlot.iife.min.js")).append("\n</script>\n")
                .append("<script>\n").append(resource(RESOURCES + "chart-checks.js")).append("\n</script>\n")
                .append("<script>\nwindow.").append(dataName).append(" = ").append(json.replace("</", "<\\/")).append(";\n</script>\n")
                .append("<script>\n").append(resource(RESOURCES + script)).append("\n__flushErrors();\n</script>\n")
                .append("</body>\n</html>\n");
        return h.toString();
    }

    /** A class-path resource as text, with {@code </script} escaped so that it can be inlined. */
    static String resource(String path) throws IOException {
        InputStream in = ReportPage.class.getResourceAsStream(path);
        if (in == null) {
            throw new IOException("resource " + path + " not on the class path (is org.webjars.npm:uplot:" + UPLOT_VERSION
                    + " a dependency?)");
        }
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

    /** Text escaped for HTML element content and attribute values. */
    static String escape(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<': b.append("&lt;"); break;
                case '>': b.append("&gt;"); break;
                case '&': b.append("&amp;"); break;
                case '"': b.append("&quot;"); break;
                default: b.append(c);
            }
        }
        return b.toString();
    }
}
