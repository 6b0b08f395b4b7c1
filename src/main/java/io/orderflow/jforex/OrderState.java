package io.orderflow.jforex;

/**
 * The life cycle of a platform order, by the names of JForex's {@code IOrder.State}: a market
 * order goes CREATED, OPENED (accepted), FILLED, then CLOSED; an entry that never filled ends
 * CANCELED.
 */
public enum OrderState {
    CREATED, OPENED, FILLED, CLOSED, CANCELED;

    /** The state named {@code name} ({@code IOrder.State.name()}), or null for a name this version does not know. */
    public static OrderState of(String name) {
        if (name == null) return null;
        for (OrderState s : values()) {
            if (s.name().equals(name)) return s;
        }
        return null;
    }

    /** CREATED or OPENED: sent, not filled yet. */
    public boolean isPending() {
        return this == CREATED || this == OPENED;
    }

    /** CLOSED or CANCELED: nothing more will happen to it. */
    public boolean isDone() {
        return this == CLOSED || this == CANCELED;
    }
}
