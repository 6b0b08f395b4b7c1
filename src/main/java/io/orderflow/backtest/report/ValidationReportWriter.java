package io.orderflow.backtest.report;

import java.io.IOException;

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


    private ValidationReportWriter() {
    }

    public static String render(Page page) throws IOException {
        StringBuilder h = ReportPage.begin(page.title, page.subtitle,
                ".row2.even { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); }\ntd.wrap { white-space: normal; }\n", 200_000);
        h.append("<section class=\"panel\"><h2>Equity: in-sample vs out-of-sample · session ends, UTC</h2>")
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
                .append("<div class=\"scroll\"><table id=\"runs\"><thead></thead><tbody></tbody></table></div></section>\n");
        return ReportPage.end(h, "", "VALIDATION", page.json, "validation.js");
    }
}
