package io.orderflow.jforex.harness;

import com.dukascopy.api.ITick;

/** An {@link ITick} with one or more depth levels (test double). Immutable. */
public final class FakeTick implements ITick {
    private final long time;
    private final double[] asks;
    private final double[] bids;
    private final double[] askVolumes;
    private final double[] bidVolumes;

    public FakeTick(long time, double ask, double bid, double askVolume, double bidVolume) {
        this(time, new double[] {ask}, new double[] {askVolume}, new double[] {bid}, new double[] {bidVolume});
    }

    public FakeTick(long time, double[] asks, double[] askVolumes, double[] bids, double[] bidVolumes) {
        this.time = time;
        this.asks = asks.clone();
        this.bids = bids.clone();
        this.askVolumes = askVolumes.clone();
        this.bidVolumes = bidVolumes.clone();
    }

    @Override
    public long getTime() { return time; }

    @Override
    public double getAsk() { return asks[0]; }

    @Override
    public double getBid() { return bids[0]; }

    @Override
    public double getAskVolume() { return askVolumes[0]; }

    @Override
    public double getBidVolume() { return bidVolumes[0]; }

    @Override
    public double[] getAsks() { return asks.clone(); }

    @Override
    public double[] getBids() { return bids.clone(); }

    @Override
    public double[] getAskVolumes() { return askVolumes.clone(); }

    @Override
    public double[] getBidVolumes() { return bidVolumes.clone(); }

    @Override
    public double getTotalAskVolume() {
        double s = 0;
        for (double v : askVolumes) s += v;
        return s;
    }

    @Override
    public double getTotalBidVolume() {
        double s = 0;
        for (double v : bidVolumes) s += v;
        return s;
    }

    @Override
    public String toString() {
        return time + " " + asks[0] + "/" + bids[0];
    }
}
