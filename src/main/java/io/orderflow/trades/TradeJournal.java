package io.orderflow.trades;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects closed trades in the order they closed. Single-threaded while collecting. */
public final class TradeJournal implements ClosedTradeSink {
    private final List<ClosedTrade> trades = new ArrayList<>();

    @Override
    public void onTradeClosed(ClosedTrade trade) {
        trades.add(trade);
    }

    /** The trades so far, in closing order (unmodifiable view). */
    public List<ClosedTrade> trades() { return Collections.unmodifiableList(trades); }

    public int size() { return trades.size(); }
}
