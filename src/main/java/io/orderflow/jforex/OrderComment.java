package io.orderflow.jforex;

import io.orderflow.execution.EntryTags;
import io.orderflow.execution.TradeSide;

/**
 * The comment this strategy writes on its platform orders, and the reading of it after a restart:
 * the one place where entry metadata crosses a text boundary (the platform keeps the comment with
 * the order; a restarted strategy adopts the order and gets its setup and verdict back from it).
 *
 * <p>Format: {@code OF <SETUP> <LONG|SHORT> confirmed|unconfirmed} when the setup and the verdict are
 * known, {@code OF <SETUP> <LONG|SHORT>} with a setup but no verdict, {@code OF <LONG|SHORT>} without
 * a setup. The failed checks and extra tags are not written (the comment stays short). Stateless.
 */
final class OrderComment {
    static final String PREFIX = "OF";
    private static final String CONFIRMED = "confirmed";
    private static final String UNCONFIRMED = "unconfirmed";

    private OrderComment() {
    }

    /** The comment of an entry of {@code side} with {@code tags}, e.g. {@code "OF TREND LONG confirmed"}. */
    static String encode(TradeSide side, EntryTags tags) {
        if (tags.setup() == null) return PREFIX + " " + side;
        String verdict = tags.confirmation() == EntryTags.Confirmation.UNKNOWN ? ""
                : tags.confirmation() == EntryTags.Confirmation.CONFIRMED ? " " + CONFIRMED : " " + UNCONFIRMED;
        return PREFIX + " " + tags.setup() + " " + side + verdict;
    }

    /**
     * The setup and verdict of a comment written by {@link #encode}; {@link EntryTags#NONE} for a comment
     * in another format (an order placed by hand or by another program) or null.
     */
    static EntryTags decode(String comment) {
        if (comment == null) return EntryTags.NONE;
        String[] w = comment.trim().split(" +");
        if (w.length < 2 || !PREFIX.equals(w[0])) return EntryTags.NONE;
        if (w.length == 2) return EntryTags.NONE; // "OF LONG": no setup
        if (w.length > 4 || !isSide(w[2])) return EntryTags.NONE;
        EntryTags.Confirmation c = EntryTags.Confirmation.UNKNOWN;
        if (w.length == 4) {
            if (CONFIRMED.equals(w[3])) c = EntryTags.Confirmation.CONFIRMED;
            else if (UNCONFIRMED.equals(w[3])) c = EntryTags.Confirmation.UNCONFIRMED;
            else return EntryTags.NONE;
        }
        return EntryTags.of(w[1], c, null);
    }

    private static boolean isSide(String s) {
        return TradeSide.LONG.name().equals(s) || TradeSide.SHORT.name().equals(s);
    }
}
