package io.orderflow.strategy.ta4j;

import org.ta4j.core.Indicator;
import org.ta4j.core.indicators.AbstractIndicator;
import org.ta4j.core.num.Num;

/**
 * Remembers the last few values of an indicator by index. ta4j 0.15 never caches the value at the
 * series' last index, so an EMA read by two crossing rules (and again by its readers) would be
 * recomputed each time; closed bars never change, so a value once computed for an index stays valid.
 * Holds {@value #SLOTS} entries, no allocation after construction. Not thread-safe.
 */
public final class MemoIndicator extends AbstractIndicator<Num> {
    private static final int SLOTS = 4;
    private final Indicator<Num> inner;
    private final int[] index = new int[SLOTS];
    private final Num[] value = new Num[SLOTS];

    public MemoIndicator(Indicator<Num> inner) {
        super(inner.getBarSeries());
        this.inner = inner;
        java.util.Arrays.fill(index, Integer.MIN_VALUE);
    }

    @Override
    public Num getValue(int i) {
        int slot = i & (SLOTS - 1);
        if (index[slot] == i) return value[slot];
        Num v = inner.getValue(i);
        index[slot] = i;
        value[slot] = v;
        return v;
    }

    @Override
    public String toString() { return "Memo(" + inner + ")"; }
}
