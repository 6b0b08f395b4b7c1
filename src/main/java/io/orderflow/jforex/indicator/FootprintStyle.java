package io.orderflow.jforex.indicator;

import java.awt.Color;

/**
 * What the footprint shows and how (the indicator's options): the cell content, the most detail
 * allowed, the colours, and the paint-time budget. Immutable.
 */
public final class FootprintStyle {
    /** What a price row's cell shows. */
    public enum Content {
        /** Sell volume (at the bid) left, buy volume (at the ask) right: "sell x buy", which is "bid x ask". */
        SELL_BUY("sell x buy"),
        /** Buy minus sell volume of the row. */
        DELTA("delta"),
        /** Total volume of the row. */
        VOLUME("volume");

        private final String label;

        Content(String label) {
            this.label = label;
        }

        public String label() { return label; }
    }

    /** How much is drawn; the automatic choice never goes above what fits (see {@link FootprintLogic#level}). */
    public enum Level {
        /** Numbers in each row, imbalances coloured, stacks marked, POC outlined. */
        NUMBERS,
        /** Each row a coloured block (volume or delta intensity), imbalances and POC still marked. */
        HEAT_MAP,
        /** Only the bar's delta and volume in the row under the bars. */
        BAR_TOTALS
    }

    /** The cell contents, in list-option order. */
    public static final Content[] CONTENTS = Content.values();
    /** The most-detail choices, in list-option order. */
    public static final Level[] LEVELS = Level.values();
    /** Default paint budget per {@code drawOutput}, ms: bars left when it is spent show their totals only. */
    public static final long DEFAULT_BUDGET_MS = 40;

    final Content content;
    final Level mostDetail;
    final Color buy;
    final Color sell;
    final Color poc;
    final long budgetNanos;

    /**
     * @param mostDetail the most detail drawn even when more would fit (NUMBERS = automatic)
     * @param budgetMs   wall time one paint may spend on rows, ms
     */
    public FootprintStyle(Content content, Level mostDetail, Color buy, Color sell, Color poc, long budgetMs) {
        this.content = content;
        this.mostDetail = mostDetail;
        this.buy = buy;
        this.sell = sell;
        this.poc = poc;
        this.budgetNanos = budgetMs * 1_000_000L;
    }

    public Content content() { return content; }

    public Level mostDetail() { return mostDetail; }

    /** Labels of the content list option. */
    public static String[] contentNames() {
        String[] s = new String[CONTENTS.length];
        for (int i = 0; i < s.length; i++) s[i] = CONTENTS[i].label();
        return s;
    }

    /** Labels of the detail list option. */
    public static String[] levelNames() {
        return new String[] {"automatic (numbers when they fit)", "heat map at most", "bar totals only"};
    }
}
