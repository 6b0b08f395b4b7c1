package io.orderflow.backtest.broker;

import java.util.Map;
import java.util.TreeMap;

import io.orderflow.execution.OrderIntent;
import io.orderflow.execution.TradeSide;

/** Mutable state of one order/position inside the broker. Not thread-safe. */
final class Position {
    enum State { PENDING, OPEN, CLOSED, REJECTED }

    final String label;
    final TradeSide side;
    final int sign;
    /** Open amount, JForex units; a partial close ({@link SimulatedBroker#reduce}) lowers it. */
    double amount;
    /** Units of base currency: amount × 1,000,000. */
    double units;
    final String reason;
    final Map<String, String> tags = new TreeMap<>();
    State state = State.PENDING;
    long stop;
    long target;
    long initialStop;
    long initialTarget;
    long entryTimeMs;
    long entryPrice;
    double entryCommission;
    double riskAtEntry;
    long maePoints;
    long mfePoints;
    boolean exitPending;
    String closedBy;

    Position(OrderIntent enter) {
        this.label = enter.label();
        this.side = enter.side();
        this.sign = side.sign();
        this.amount = enter.amount();
        this.units = enter.amount() * 1_000_000d;
        this.reason = enter.reason();
        this.stop = enter.stopPoints();
        this.target = enter.targetPoints();
        this.tags.putAll(enter.tags().asMap());
    }

    /** Updates MAE/MFE with the price the position would close at now. */
    void excursion(long closePrice) {
        long move = sign * (closePrice - entryPrice);
        if (move > mfePoints) mfePoints = move;
        if (-move > maePoints) maePoints = -move;
    }
}
