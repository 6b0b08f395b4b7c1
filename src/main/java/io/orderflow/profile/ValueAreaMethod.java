package io.orderflow.profile;

/**
 * How the value area grows out of the point of control. Vendors disagree, and on the same data the
 * two conventions give different answers (reference §a.3 and the worked example in §b.9: one row
 * at a time gives 102–104, two rows at a time 101–105).
 */
public enum ValueAreaMethod {
    /**
     * Compare the next single row above with the next single row below and add the larger (the
     * method of QuantConnect Lean's {@code VolumeProfile} and of most open-source code). Default
     * tie rule: {@link Tie#UP}, as Lean.
     */
    ONE_ROW(Tie.UP),
    /**
     * Compare the sum of the next two rows above with the sum of the next two rows below and add
     * the larger pair (the Market Profile / TPO tradition, described for Sierra Chart and CQG).
     * Default tie rule: {@link Tie#DOWN}, as described for those platforms.
     */
    TWO_ROWS(Tie.DOWN);

    /** Which side grows when both candidates hold the same volume. */
    public enum Tie {
        /** Grow upwards on a tie. */
        UP,
        /** Grow downwards on a tie. */
        DOWN
    }

    private final Tie defaultTie;

    ValueAreaMethod(Tie defaultTie) {
        this.defaultTie = defaultTie;
    }

    /** The tie rule used when none is given. */
    public Tie defaultTie() {
        return defaultTie;
    }

    /** Parses {@code one-row}/{@code 1} or {@code two-rows}/{@code 2} (case-insensitive). */
    public static ValueAreaMethod parse(String text) {
        String s = text.trim().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        if (s.equals("one-row") || s.equals("1") || s.equals("one")) return ONE_ROW;
        if (s.equals("two-rows") || s.equals("two-row") || s.equals("2") || s.equals("two")) return TWO_ROWS;
        throw new IllegalArgumentException("value-area method '" + text + "': expected one-row or two-rows");
    }
}
