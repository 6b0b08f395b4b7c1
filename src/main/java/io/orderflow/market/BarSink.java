package io.orderflow.market;

/** Receives completed bars, in time order, on the aggregating thread. */
public interface BarSink {
    void onBar(Bar bar);
}
