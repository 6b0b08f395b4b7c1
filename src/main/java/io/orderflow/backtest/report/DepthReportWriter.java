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

    private DepthReportWriter() {
    }

    private static String chart(String title, String prov, String id) {
        return "<section class=\"panel\"><h2>" + ReportPage.escape(title) + "</h2><div class=\"prov\">"
                + ReportPage.escape(prov) + "</div><div class=\"chart\" id=\"" + id + "\" data-chart=\"" + id
                + "\"></div></section>\n";
    }

    /** The page for {@code title}, {@code subtitle} and the JSON document {@code json}. */
    public static String render(String title, String subtitle, String json) throws IOException {
        StringBuilder h = ReportPage.begin(title, subtitle, "td.wrap { white-space: normal; }\n", 200_000);
        h.append(chart("Mid price and manipulation evidence · bar starts, UTC",
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
                .append("<table id=\"flashes\"><thead></thead><tbody></tbody></table></div></section>\n");
        return ReportPage.end(h, "", "DEPTH", json, "depth.js");
    }
}
