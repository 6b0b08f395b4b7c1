package io.orderflow.backtest.broker;

import io.orderflow.execution.OrderIntent;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.trades.OpenTrade;

/**
 * One order of the simulated broker from ENTER to close: the broker's own state (where the order is,
 * whether an exit waits, what closed it) around the shared position bookkeeping {@link OpenTrade}
 * (entry, amount, stop, target, risk, excursions, commission, tags). Not thread-safe: the replay thread.
 */
final class SimulatedOrder {
    enum State { PENDING, OPEN, CLOSED, REJECTED }

    final OpenTrade trade;
    State state = State.PENDING;
    boolean exitPending;
    String closedBy;

    SimulatedOrder(OrderIntent enter, InstrumentSpec spec) {
        this.trade = OpenTrade.entering(enter, spec);
    }

    String label() { return trade.label(); }
}
