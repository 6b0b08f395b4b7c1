package io.orderflow.trades;

/** Receives each position as it closes, on the replay thread. */
public interface ClosedTradeSink {
    void onTradeClosed(ClosedTrade trade);
}
