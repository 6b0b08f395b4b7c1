package io.orderflow.jforex;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.orderflow.execution.CloseReason;
import io.orderflow.trades.OpenTrade;

/**
 * The host's book of its own orders: one {@link Order} per label while the order is pending (sent,
 * not filled) or open (filled), the open ones also in a list for the per-tick work, and the labels
 * of the last {@value #FINISHED_MEMORY} finished orders (closed or refused) so that a late or
 * repeated message about them is recognised. An order's state only moves forward
 * (PENDING → OPEN → DONE, or PENDING → DONE). Also reads the close reason of a platform message or of
 * a reconciled close price.
 *
 * <p>Prices are integer points of the instrument, amounts millions, times ms UTC. Threading: the
 * strategy thread only; not thread-safe. {@link #openCount} and {@link #open(int)} are O(1) and
 * allocation-free for the tick path.
 */
final class OrderTracker {
    /** Finished labels remembered to ignore late duplicates. */
    static final int FINISHED_MEMORY = 512;

    /** Where an order is in its life; it only moves forward. */
    enum State { PENDING, OPEN, DONE }

    /**
     * What the host knows about one of its orders: the position bookkeeping shared with the simulated
     * broker ({@link OpenTrade}: entry, amount, stop, target, risk, excursions, commission, tags) and the
     * host's own working state around it (strategy thread).
     */
    static final class Order {
        final OpenTrade trade;
        /** {@code trade.label()}, the key the platform and the engine know the order by. */
        final String label;
        /** Adopted from the platform after a restart, not entered by this run. */
        final boolean adopted;
        State state = State.PENDING;
        boolean exitRequested;
        String orderId;
        /** Since when (host clock, ms) a reconciliation has not found the order; MIN_VALUE = found. */
        long missingSinceMs = Long.MIN_VALUE;
        /** Last stop or target change sent to the platform, ms (host clock). */
        long lastChangeMs = Long.MIN_VALUE;
        /** A change waiting for the once-per-second rule: the wanted stop and target (points, 0 = none). */
        boolean changeQueued;
        long wantStop;
        long wantTarget;
        /** Stop and target last sent (not yet confirmed), so that a queued change is not sent twice. */
        long sentStop;
        long sentTarget;
        String changeReason = "";

        Order(OpenTrade trade, boolean adopted) {
            this.trade = trade;
            this.label = trade.label();
            this.sentStop = trade.stop();
            this.sentTarget = trade.target();
            this.adopted = adopted;
        }
    }

    private final Map<String, Order> tracked = new LinkedHashMap<>();
    private final List<Order> open = new ArrayList<>();
    private final Map<String, Boolean> finished = new LinkedHashMap<String, Boolean>(64, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > FINISHED_MEMORY;
        }
    };

    /** Starts following {@code o} (pending, or open when it already is). */
    void track(Order o) {
        tracked.put(o.label, o);
        if (o.state == State.OPEN) open.add(o);
    }

    /** The followed order of {@code label}, or null (not ours, or finished). */
    Order get(String label) { return tracked.get(label); }

    /** True while {@code label} is followed (pending or open). */
    boolean isTracked(String label) { return tracked.containsKey(label); }

    /** A pending order was filled: it becomes open. Does nothing unless it was pending. */
    void opened(Order o) {
        if (o.state != State.PENDING) return;
        o.state = State.OPEN;
        open.add(o);
    }

    /** {@code o} was closed or refused: no longer followed, its label remembered as finished. */
    void finish(Order o) {
        o.state = State.DONE;
        tracked.remove(o.label);
        open.remove(o);
        finished.put(o.label, Boolean.TRUE);
    }

    /** True once {@code label} was finished (remembered for the last {@value #FINISHED_MEMORY} orders). */
    boolean isFinished(String label) { return finished.containsKey(label); }

    /** Open orders now. O(1). */
    int openCount() { return open.size(); }

    /** The {@code i}-th open order (in fill order). O(1), no allocation. */
    Order open(int i) { return open.get(i); }

    /** A copy of the followed orders (pending and open), in tracking order: safe to finish orders while walking it. */
    List<Order> snapshot() { return new ArrayList<>(tracked.values()); }

    /** Labels of the followed orders, in tracking order (a copy). */
    List<String> labels() { return new ArrayList<>(tracked.keySet()); }

    /** True while some followed order is missing from the platform's view ({@link Order#missingSinceMs} set). */
    boolean anyMissing() {
        for (Order o : tracked.values()) {
            if (o.missingSinceMs != Long.MIN_VALUE) return true;
        }
        return false;
    }

    /**
     * The reason of a close reported by an ORDER_CLOSE_OK message: ORDER_CLOSED_BY_SL → STOP_LOSS,
     * ORDER_CLOSED_BY_TP → TAKE_PROFIT, ORDER_CLOSED_BY_MERGE → EXTERNAL, else REQUESTED when the
     * strategy asked for the close and EXTERNAL when it did not.
     */
    static CloseReason closeReason(Order o, Collection<String> reasons) {
        if (reasons != null) {
            if (reasons.contains("ORDER_CLOSED_BY_SL")) return CloseReason.STOP_LOSS;
            if (reasons.contains("ORDER_CLOSED_BY_TP")) return CloseReason.TAKE_PROFIT;
            if (reasons.contains("ORDER_CLOSED_BY_MERGE")) return CloseReason.EXTERNAL;
        }
        return o.exitRequested ? CloseReason.REQUESTED : CloseReason.EXTERNAL;
    }

    /**
     * The reason of a close seen only by a reconciliation, from its close price (points): at or beyond
     * the stop → STOP_LOSS, else at or beyond the target → TAKE_PROFIT, else REQUESTED when the
     * strategy asked and EXTERNAL when it did not. A stop or target of 0 (none) never matches.
     */
    static CloseReason inferredReason(Order o, long closePoints) {
        long stop = o.trade.stop();
        long target = o.trade.target();
        if (stop != 0 && (o.trade.sign() > 0 ? closePoints <= stop : closePoints >= stop)) return CloseReason.STOP_LOSS;
        if (target != 0 && (o.trade.sign() > 0 ? closePoints >= target : closePoints <= target)) {
            return CloseReason.TAKE_PROFIT;
        }
        return o.exitRequested ? CloseReason.REQUESTED : CloseReason.EXTERNAL;
    }
}
