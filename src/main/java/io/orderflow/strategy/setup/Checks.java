package io.orderflow.strategy.setup;

/**
 * The order-flow checks a confirmation verdict is made of, as bits: a verdict is the set of checks
 * that <em>failed</em>, so 0 means "confirmed".
 */
public final class Checks {
    /** The z-score windows were not full yet. */
    public static final int NOT_READY = 1;
    /** Trend: neither delta nor OFI reached the z-score threshold in the trade's direction. */
    public static final int FLOW_Z = 1 << 1;
    /** Trend: the cumulative-delta slope did not point in the trade's direction. */
    public static final int CUM_DELTA_SLOPE = 1 << 2;
    /** Trend: the close was on the wrong side of the POC / value area (or no profile yet). */
    public static final int VALUE_SIDE = 1 << 3;
    /** Trend: an opposing zone lay within the clearance ahead. */
    public static final int ZONE_AHEAD = 1 << 4;
    /** Trend: a divergence disputed the signal (contradiction filter). */
    public static final int DIVERGENCE = 1 << 5;
    /** Reversion: neither absorption/exhaustion nor an imbalance reversal in the trade's favour. */
    public static final int NO_REVERSAL_FLOW = 1 << 6;
    /**
     * Manipulation filter ({@code manipulation.filter}): the book pressure on the trade's side looks
     * faked — the manipulation score of the bid side (a long) or the ask side (a short) at the bar's
     * close was at least {@code manipulation.maxScore}.
     */
    public static final int SPOOFED_BOOK = 1 << 7;

    private static final String[] NAMES = {"not-ready", "flow-z", "cum-delta-slope", "value-side", "zone-ahead",
            "divergence", "no-reversal-flow", "spoofed-book"};

    /** Number of check bits: bit {@code i} is {@code 1 << i}, {@code 0 <= i < COUNT}. */
    public static final int COUNT = NAMES.length;

    private Checks() {
    }

    /** The name of check bit {@code i} ({@code 1 << i}), e.g. "spoofed-book" for 7. */
    public static String name(int i) {
        return NAMES[i];
    }

    /** The names of the failed checks in {@code mask}, e.g. {@code flow-z+divergence}; "confirmed" for 0. */
    public static String describe(int mask) {
        if (mask == 0) return "confirmed";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < NAMES.length; i++) {
            if ((mask & (1 << i)) != 0) {
                if (sb.length() > 0) sb.append('+');
                sb.append(NAMES[i]);
            }
        }
        return sb.toString();
    }
}
