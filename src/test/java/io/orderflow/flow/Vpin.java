package io.orderflow.flow;

/**
 * Research code (moved out of the main source set: no command, indicator or strategy used it).
 * VPIN, volume-synchronised probability of informed trading (Easley, López de Prado, O'Hara 2012):
 * classified volume is poured into buckets of equal volume V; over the last n full buckets,
 * {@code VPIN = Σ |V_sell − V_buy| / (n · V)}, in [0, 1].
 *
 * <p>Feed it each bar's buy and sell volume (from {@link BulkVolumeClassifier}, as in the paper, or
 * from any per-event classification). A bar that overflows a bucket is split across buckets in
 * proportion, keeping its buy share. Unclassified volume is not fed.
 *
 * <p><b>Experimental on FX</b>: spot FX has no traded volume, so the volume is a named proxy
 * ({@link VolumeProxy}); and Andersen &amp; Bondarenko (2014, 2015) found BVC-based VPIN without
 * forecasting power once volume and volatility are controlled.
 *
 * <p>O(buckets spanned) per bar, allocation-free. Not thread-safe.
 */
public final class Vpin {
    private final double bucketVolume;
    private final double[] imbalances;
    private int next;
    private int full;
    private double bucketBuy;
    private double bucketSell;
    private long bucketsCompleted;

    /**
     * @param bucketVolume V, the volume per bucket (in the input's unit)
     * @param buckets      n, buckets averaged (the paper uses 50)
     */
    public Vpin(double bucketVolume, int buckets) {
        if (!(bucketVolume > 0) || Double.isInfinite(bucketVolume)) {
            throw new IllegalArgumentException("bucketVolume must be positive and finite, was " + bucketVolume);
        }
        if (buckets < 1) throw new IllegalArgumentException("buckets must be >= 1, was " + buckets);
        this.bucketVolume = bucketVolume;
        this.imbalances = new double[buckets];
    }

    /** Adds a bar's (or event's) buy and sell volume. */
    public void add(double buyVolume, double sellVolume) {
        if (buyVolume < 0 || sellVolume < 0) throw new IllegalArgumentException("volumes must be >= 0");
        double remaining = buyVolume + sellVolume;
        if (!(remaining > 0)) return;
        double buyShare = buyVolume / remaining;
        while (remaining > 0) {
            double room = bucketVolume - (bucketBuy + bucketSell);
            double take = Math.min(room, remaining);
            bucketBuy += take * buyShare;
            bucketSell += take * (1 - buyShare);
            remaining -= take;
            if (bucketBuy + bucketSell >= bucketVolume * (1 - 1e-12)) completeBucket();
        }
    }

    private void completeBucket() {
        double imb = Math.abs(bucketSell - bucketBuy);
        if (full < imbalances.length) full++;
        imbalances[next] = imb;
        next = (next + 1) % imbalances.length;
        bucketBuy = 0;
        bucketSell = 0;
        bucketsCompleted++;
    }

    /** VPIN over the last n full buckets, NaN until n buckets are full. */
    public double value() {
        if (full < imbalances.length) return Double.NaN;
        double sum = 0;
        for (double v : imbalances) sum += v;
        return sum / (imbalances.length * bucketVolume);
    }

    /** Buckets completed since construction or {@link #reset()}. */
    public long bucketsCompleted() { return bucketsCompleted; }

    /** Volume in the bucket being filled. */
    public double pendingVolume() { return bucketBuy + bucketSell; }

    /** V, the volume per bucket. */
    public double bucketVolume() { return bucketVolume; }

    /** n, the buckets averaged. */
    public int buckets() { return imbalances.length; }

    /** Empties every bucket. */
    public void reset() {
        next = 0;
        full = 0;
        bucketBuy = 0;
        bucketSell = 0;
        bucketsCompleted = 0;
    }
}
