package io.orderflow.flow;

/** Receives each bar {@link TradeFlow} closes on its own (time bars), on the thread feeding it. */
public interface FlowBarListener {
    /** A bar has closed. */
    void onBar(FlowBar bar);
}
