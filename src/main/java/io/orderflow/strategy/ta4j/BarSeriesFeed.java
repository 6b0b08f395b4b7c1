package io.orderflow.strategy.ta4j;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBar;
import org.ta4j.core.BaseBarSeries;
import org.ta4j.core.num.DoubleNum;

import io.orderflow.market.Bar;
import io.orderflow.strategy.config.PriceSide;

/**
 * Feeds closed {@link Bar}s into a bounded ta4j {@link BaseBarSeries} of {@code DoubleNum}.
 *
 * <p>Prices enter ta4j <em>in points</em> (e.g. 113456 for EURUSD 1.13456), so ATR, channel levels
 * and distances come back in points with no conversion. The side is BID, ASK or the mean of both
 * (MID; may be a half point). Volume is the side's summed quoted size (both sides' mean for MID),
 * trades the tick count. Bar end times are UTC. Not thread-safe.
 */
public final class BarSeriesFeed {
    private final BaseBarSeries series;
    private final PriceSide side;
    private Duration lastDuration = Duration.ZERO;
    private long lastDurationMs;

    public BarSeriesFeed(String name, PriceSide side, int maximumBarCount) {
        this.side = side;
        this.series = new BaseBarSeries(name, DoubleNum::valueOf);
        this.series.setMaximumBarCount(maximumBarCount);
    }

    /** Appends {@code bar}; returns its ta4j index. */
    public int add(Bar bar) {
        long len = bar.endMs() - bar.startMs();
        if (len != lastDurationMs) {
            lastDuration = Duration.ofMillis(len);
            lastDurationMs = len;
        }
        ZonedDateTime end = ZonedDateTime.ofInstant(Instant.ofEpochMilli(bar.endMs()), ZoneOffset.UTC);
        double o, h, l, c, v;
        switch (side) {
            case BID:
                o = bar.bidOpen(); h = bar.bidHigh(); l = bar.bidLow(); c = bar.bidClose(); v = bar.bidVolume();
                break;
            case ASK:
                o = bar.askOpen(); h = bar.askHigh(); l = bar.askLow(); c = bar.askClose(); v = bar.askVolume();
                break;
            default:
                o = (bar.bidOpen() + bar.askOpen()) / 2.0;
                h = (bar.bidHigh() + bar.askHigh()) / 2.0;
                l = (bar.bidLow() + bar.askLow()) / 2.0;
                c = (bar.bidClose() + bar.askClose()) / 2.0;
                v = (bar.bidVolume() + bar.askVolume()) / 2.0;
                break;
        }
        series.addBar(new BaseBar(lastDuration, end, o, h, l, c, v, 0, bar.tickCount(), DoubleNum::valueOf));
        return series.getEndIndex();
    }

    /** Close of {@code bar} on this feed's side, points (may be a half point for MID). */
    public double close(Bar bar) {
        switch (side) {
            case BID: return bar.bidClose();
            case ASK: return bar.askClose();
            default: return (bar.bidClose() + bar.askClose()) / 2.0;
        }
    }

    /** High of {@code bar} on this feed's side, points. */
    public double high(Bar bar) {
        switch (side) {
            case BID: return bar.bidHigh();
            case ASK: return bar.askHigh();
            default: return (bar.bidHigh() + bar.askHigh()) / 2.0;
        }
    }

    /** Low of {@code bar} on this feed's side, points. */
    public double low(Bar bar) {
        switch (side) {
            case BID: return bar.bidLow();
            case ASK: return bar.askLow();
            default: return (bar.bidLow() + bar.askLow()) / 2.0;
        }
    }

    public BarSeries series() { return series; }

    public PriceSide side() { return side; }
}
