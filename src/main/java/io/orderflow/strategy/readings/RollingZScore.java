package io.orderflow.strategy.readings;

/**
 * z-score of each new value against the previous {@code window} values:
 * {@code z = (x − mean) / sd}, mean and population standard deviation of the window <em>before</em>
 * x is added (so an outlier does not dilute its own score). z is 0 while fewer than two values are
 * known or when the window has no spread.
 *
 * <p>Running sums give O(1) per value; they are recomputed from the ring every time it wraps, so
 * rounding cannot drift. Allocation-free after construction; not thread-safe.
 */
public final class RollingZScore {
    private final double[] ring;
    private int next;
    private int count;
    private double sum;
    private double sumSq;

    public RollingZScore(int window) {
        if (window < 2) throw new IllegalArgumentException("window must be >= 2, was " + window);
        ring = new double[window];
    }

    /** Scores {@code x} against the window, then adds it. */
    public double scoreAndAdd(double x) {
        double z = score(x);
        add(x);
        return z;
    }

    /** z of {@code x} against the current window, without adding it. */
    public double score(double x) {
        if (count < 2) return 0;
        double mean = sum / count;
        double var = sumSq / count - mean * mean;
        if (!(var > 1e-12 * (1 + mean * mean))) return 0;
        return (x - mean) / Math.sqrt(var);
    }

    /** Adds {@code x}, evicting the oldest value when the window is full. */
    public void add(double x) {
        if (count == ring.length) {
            double old = ring[next];
            sum -= old;
            sumSq -= old * old;
        } else {
            count++;
        }
        ring[next] = x;
        sum += x;
        sumSq += x * x;
        next++;
        if (next == ring.length) {
            next = 0;
            recompute();
        }
    }

    private void recompute() {
        double s = 0;
        double s2 = 0;
        for (int i = 0; i < count; i++) {
            s += ring[i];
            s2 += ring[i] * ring[i];
        }
        sum = s;
        sumSq = s2;
    }

    /** True when the window holds {@code window} values. */
    public boolean isFull() { return count == ring.length; }

    public int count() { return count; }

    public void reset() {
        next = 0;
        count = 0;
        sum = 0;
        sumSq = 0;
    }
}
