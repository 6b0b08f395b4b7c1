/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api;

/** Bid or ask side. */
public enum OfferSide {
    BID("Bid"),
    ASK("Ask");

    private final String text;

    OfferSide(String text) {
        this.text = text;
    }

    @Override
    public String toString() {
        return text;
    }

    /** Like valueOf, but null for a null argument (IllegalArgumentException for an unknown name). */
    public static OfferSide fromString(String stringValue) {
        return stringValue == null ? null : valueOf(stringValue);
    }
}
