package io.orderflow.jforex.harness;

import com.dukascopy.api.IBar;

/** An {@link IBar} (test double). Immutable. */
public final class FakeBar implements IBar {
    private final long time;
    private final double open;
    private final double close;
    private final double low;
    private final double high;
    private final double volume;

    public FakeBar(long time, double open, double close, double low, double high, double volume) {
        this.time = time;
        this.open = open;
        this.close = close;
        this.low = low;
        this.high = high;
        this.volume = volume;
    }

    @Override
    public long getTime() { return time; }

    @Override
    public double getOpen() { return open; }

    @Override
    public double getClose() { return close; }

    @Override
    public double getLow() { return low; }

    @Override
    public double getHigh() { return high; }

    @Override
    public double getVolume() { return volume; }

    @Override
    public String toString() {
        return time + " O " + open + " H " + high + " L " + low + " C " + close + " V " + volume;
    }
}
