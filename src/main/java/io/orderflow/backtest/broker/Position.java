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
    final double amount;
    /** Units of base currency: amount × 1,000,000. */
    final double units;
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
        parseTags(reason, tags);
    }

    /** Updates MAE/MFE with the price the position would close at now. */
    void excursion(long closePrice) {
        long move = sign * (closePrice - entryPrice);
        if (move > mfePoints) mfePoints = move;
        if (-move > maePoints) maePoints = -move;
    }

    /** Tokens {@code #flag} and {@code #key=value} of {@code text} into {@code into}. */
    static void parseTags(String text, Map<String, String> into) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (text.charAt(i) == '#' && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
                int j = i + 1;
                while (j < n && !Character.isWhitespace(text.charAt(j))) j++;
                String token = text.substring(i + 1, j);
                int eq = token.indexOf('=');
                if (eq > 0) {
                    into.put(token.substring(0, eq), token.substring(eq + 1));
                } else if (!token.isEmpty()) {
                    into.put(token, "true");
                }
                i = j;
            } else {
                i++;
            }
        }
    }
}
