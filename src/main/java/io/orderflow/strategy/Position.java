package io.orderflow.strategy;

import io.orderflow.execution.TradeSide;
import io.orderflow.strategy.stats.SignalRecord;

/**
 * One position of the engine, from the ENTER intent until the broker reports it closed (or the
 * entry rejected). Mutable, reused slot of a {@link PositionBook}; prices in points, amounts in
 * JForex units, risk in the account currency. Not thread-safe.
 */
public final class Position {
    /** Life cycle as the engine knows it. */
    public enum State {
        /** Slot unused. */
        FREE,
        /** ENTER sent, no fill or rejection yet. */
        PENDING_ENTRY,
        /** Filled; stop and target working at the broker. */
        OPEN,
        /** EXIT sent, no close yet. */
        PENDING_EXIT
    }

    State state = State.FREE;
    String label;
    SignalRecord record;
    TradeSide side;
    int sign;
    double amount;
    /** Planned initial risk, account currency (counts against the total budget until closed). */
    double riskAccount;
    long entryRef;
    long fill;
    /** Stop confirmed by the broker (initially the intent's), points. */
    long stop;
    long initialStop;
    long target;
    long riskPoints;
    /** Stop requested by a MODIFY not yet answered, or 0. */
    long requestedStop;
    /** Worst bid (long) / ask (short) since the fill. */
    long worst;
    int barsHeld;
    long sentMs;
    /** Earliest time another EXIT may be sent after a rejected one, ms UTC. */
    long exitRetryMs;
    /** Why the engine wants out (null: it does not). */
    String exitWanted;

    void clear() {
        state = State.FREE;
        label = null;
        record = null;
        side = null;
        exitWanted = null;
        requestedStop = 0;
        barsHeld = 0;
        exitRetryMs = 0;
    }

    public State state() { return state; }

    public String label() { return label; }

    public TradeSide side() { return side; }

    public double amount() { return amount; }

    /** Fill price, points (0 before the fill). */
    public long fillPoints() { return fill; }

    /** Current stop, points. */
    public long stopPoints() { return stop; }

    public long targetPoints() { return target; }

    /** Planned initial risk, account currency. */
    public double riskAccount() { return riskAccount; }

    /** Signal behind the position. */
    public SignalRecord record() { return record; }

    @Override
    public String toString() {
        return state + " " + label + " " + side + " " + amount + " fill " + fill + " SL " + stop + " TP " + target;
    }
}
