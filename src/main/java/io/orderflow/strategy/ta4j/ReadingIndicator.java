package io.orderflow.strategy.ta4j;

import org.ta4j.core.BarSeries;
import org.ta4j.core.indicators.AbstractIndicator;
import org.ta4j.core.num.NaN;
import org.ta4j.core.num.Num;

/**
 * One {@link Reading} as a ta4j indicator: reads the primitive history, converts to {@code Num}
 * ({@code DoubleNum} via the series) only on request. Not cached — the history is the cache.
 * Unknown values are ta4j's {@code NaN}. Not thread-safe.
 */
public final class ReadingIndicator extends AbstractIndicator<Num> {
    private final OrderFlowHistory history;
    private final Reading reading;

    ReadingIndicator(BarSeries series, OrderFlowHistory history, Reading reading) {
        super(series);
        this.history = history;
        this.reading = reading;
    }

    @Override
    public Num getValue(int index) {
        double v = history.value(reading, index);
        return Double.isNaN(v) ? NaN.NaN : numOf(v);
    }

    public Reading reading() { return reading; }

    @Override
    public String toString() { return "OrderFlow " + reading; }
}
