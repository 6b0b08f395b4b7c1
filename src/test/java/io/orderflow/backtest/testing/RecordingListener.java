package io.orderflow.backtest.testing;

import java.util.ArrayList;
import java.util.List;

import io.orderflow.execution.CloseReason;
import io.orderflow.execution.ExecutionListener;
import io.orderflow.execution.OrderIntent;

/** Records every broker outcome as a line of text, for assertions. */
public final class RecordingListener implements ExecutionListener {
    public final List<String> events = new ArrayList<>();
    public final List<String> rejections = new ArrayList<>();
    public double lastProfitLoss = Double.NaN;

    @Override
    public void onFilled(String label, long timeMs, long pricePoints, double amount) {
        events.add("FILL " + label + " " + timeMs + " " + pricePoints + " " + amount);
    }

    @Override
    public void onRejected(String label, long timeMs, OrderIntent.Kind kind, String reason) {
        events.add("REJECT " + label + " " + kind);
        rejections.add(reason);
    }

    @Override
    public void onModified(String label, long timeMs, long stopPoints, long targetPoints) {
        events.add("MODIFY " + label + " " + timeMs + " " + stopPoints + " " + targetPoints);
    }

    @Override
    public void onClosed(String label, long timeMs, long pricePoints, CloseReason reason, double profitLoss) {
        events.add("CLOSE " + label + " " + timeMs + " " + pricePoints + " " + reason);
        lastProfitLoss = profitLoss;
    }
}
