package io.orderflow.execution;

import java.util.Objects;

/**
 * What the strategy engine wants done, independent of where it runs: the simulated broker and the
 * JForex strategy both turn intents into orders. Immutable; thread-safe.
 *
 * <p>Units: prices in integer points of the instrument (0 = none); amounts in JForex units
 * (millions of base currency for FX, minimum 0.001); times in ms UTC. A label identifies one
 * position for its whole life: letters, digits and '_', starting with a letter, at most
 * {@value #MAX_LABEL_LENGTH} characters (the stricter of JForex's documented limits).
 */
public final class OrderIntent {
    /** Longest label accepted (JForex's LABEL_INCONSISTENT message says 64). */
    public static final int MAX_LABEL_LENGTH = 64;

    /** What the intent asks for. */
    public enum Kind {
        /** Open a position at market with the given stop and target. */
        ENTER,
        /** Change the stop (and/or target) of an open position. */
        MODIFY,
        /** Close an open position at market. */
        EXIT
    }

    private final Kind kind;
    private final String label;
    private final String instrument;
    private final TradeSide side;
    private final double amount;
    private final long stopPoints;
    private final long targetPoints;
    private final long timeMs;
    private final String reason;
    private final EntryTags tags;

    private OrderIntent(Kind kind, String label, String instrument, TradeSide side, double amount, long stopPoints,
                        long targetPoints, long timeMs, String reason, EntryTags tags) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.label = checkLabel(label);
        this.instrument = Objects.requireNonNull(instrument, "instrument");
        this.side = side;
        this.amount = amount;
        this.stopPoints = stopPoints;
        this.targetPoints = targetPoints;
        this.timeMs = timeMs;
        this.reason = reason == null ? "" : reason;
        this.tags = tags == null ? EntryTags.NONE : tags;
    }

    /**
     * Open {@code side} at market, {@code amount} in JForex units, with stop and target in points (0 = none),
     * without entry tags ({@link EntryTags#NONE}).
     */
    public static OrderIntent enter(String label, String instrument, TradeSide side, double amount, long stopPoints,
                                    long targetPoints, long timeMs, String reason) {
        return enter(label, instrument, side, amount, stopPoints, targetPoints, timeMs, reason, EntryTags.NONE);
    }

    /**
     * Open {@code side} at market, {@code amount} in JForex units, with stop and target in points (0 = none);
     * {@code tags} say what the entry is (setup, verdict, checks) for the journal and the platform comment.
     */
    public static OrderIntent enter(String label, String instrument, TradeSide side, double amount, long stopPoints,
                                    long targetPoints, long timeMs, String reason, EntryTags tags) {
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(tags, "tags");
        if (!(amount > 0) || Double.isInfinite(amount)) {
            throw new IllegalArgumentException(label + ": amount must be a positive number, was " + amount);
        }
        return new OrderIntent(Kind.ENTER, label, instrument, side, amount, stopPoints, targetPoints, timeMs, reason,
                tags);
    }

    /** Move the stop and target of the open position {@code label} (0 = remove). */
    public static OrderIntent modify(String label, String instrument, long stopPoints, long targetPoints, long timeMs,
                                     String reason) {
        return new OrderIntent(Kind.MODIFY, label, instrument, null, 0, stopPoints, targetPoints, timeMs, reason,
                EntryTags.NONE);
    }

    /** Close the open position {@code label} at market. */
    public static OrderIntent exit(String label, String instrument, long timeMs, String reason) {
        return new OrderIntent(Kind.EXIT, label, instrument, null, 0, 0, 0, timeMs, reason, EntryTags.NONE);
    }

    private static String checkLabel(String label) {
        Objects.requireNonNull(label, "label");
        if (label.isEmpty() || label.length() > MAX_LABEL_LENGTH || !Character.isLetter(label.charAt(0))) {
            throw new IllegalArgumentException("label '" + label + "': 1.." + MAX_LABEL_LENGTH
                    + " characters starting with a letter");
        }
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (!(c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                throw new IllegalArgumentException("label '" + label + "': only letters, digits and '_'");
            }
        }
        return label;
    }

    public Kind kind() { return kind; }

    public String label() { return label; }

    /** Instrument symbol, e.g. {@code EURUSD}. */
    public String instrument() { return instrument; }

    /** Side of an ENTER intent; null for MODIFY and EXIT. */
    public TradeSide side() { return side; }

    /** Amount in JForex units (millions of base currency for FX); 0 for MODIFY and EXIT. */
    public double amount() { return amount; }

    /** Stop-loss price in points; 0 = none. */
    public long stopPoints() { return stopPoints; }

    /** Take-profit price in points; 0 = none. */
    public long targetPoints() { return targetPoints; }

    /** Decision time, ms UTC. */
    public long timeMs() { return timeMs; }

    /** Free text for people (logs, the journal's reason column): setup name and why. Never parsed. */
    public String reason() { return reason; }

    /** What an ENTER intent is (setup, verdict, checks, extra tags); {@link EntryTags#NONE} for MODIFY and EXIT. */
    public EntryTags tags() { return tags; }

    @Override
    public String toString() {
        return kind + " " + label + " " + instrument + (side != null ? " " + side + " " + amount : "")
                + (stopPoints != 0 ? " SL " + stopPoints : "") + (targetPoints != 0 ? " TP " + targetPoints : "")
                + " @" + timeMs + (reason.isEmpty() ? "" : " (" + reason + ")");
    }
}
