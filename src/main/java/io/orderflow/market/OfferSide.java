package io.orderflow.market;

/** Which side of the quote a bar or price refers to (as JForex's BID and ASK bars). */
public enum OfferSide {
    BID, ASK
}
