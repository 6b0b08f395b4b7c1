package io.orderflow.data;

/**
 * One candle from a Dukascopy candle file (a mutable flyweight filled by
 * {@link Bi5CandleReader}). Times in ms UTC, prices in points, volume as stored (sum of the side's
 * quoted sizes, millions for FX). Not thread-safe.
 */
public final class Candle {
    private long timeMs;
    private long open, high, low, close;
    private double volume;

    public Candle set(long timeMs, long open, long high, long low, long close, double volume) {
        this.timeMs = timeMs;
        this.open = open;
        this.high = high;
        this.low = low;
        this.close = close;
        this.volume = volume;
        return this;
    }

    public long timeMs() { return timeMs; }

    public long open() { return open; }

    public long high() { return high; }

    public long low() { return low; }

    public long close() { return close; }

    public double volume() { return volume; }

    @Override
    public String toString() {
        return "Candle{" + timeMs + " O" + open + " H" + high + " L" + low + " C" + close + " V" + volume + "}";
    }
}
