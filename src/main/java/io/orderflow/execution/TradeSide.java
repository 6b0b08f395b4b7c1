package io.orderflow.execution;

/** Direction of a position: LONG buys at the ask and sells back at the bid; SHORT the reverse. */
public enum TradeSide {
    LONG, SHORT;

    /** +1 for LONG, −1 for SHORT. */
    public int sign() {
        return this == LONG ? 1 : -1;
    }
}
