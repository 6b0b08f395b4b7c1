package io.orderflow.strategy.ta4j;

import org.ta4j.core.Indicator;
import org.ta4j.core.TradingRecord;
import org.ta4j.core.num.Num;
import org.ta4j.core.rules.AbstractRule;

/**
 * A ta4j rule comparing an indicator with a fixed threshold by {@code >=}, {@code <=}, {@code >} or
 * {@code <} (ta4j 0.15 has only strict over/under rules). A NaN value never satisfies it.
 * Stateless; as thread-safe as the indicator.
 */
public final class ThresholdRule extends AbstractRule {
    /** The comparison. */
    public enum Op {
        AT_LEAST, AT_MOST, ABOVE, BELOW
    }

    private final Indicator<Num> indicator;
    private final Op op;
    private final double threshold;

    public ThresholdRule(Indicator<Num> indicator, Op op, double threshold) {
        this.indicator = indicator;
        this.op = op;
        this.threshold = threshold;
    }

    @Override
    public boolean isSatisfied(int index, TradingRecord tradingRecord) {
        Num n = indicator.getValue(index);
        boolean ok;
        if (n.isNaN()) {
            ok = false;
        } else {
            double v = n.doubleValue();
            switch (op) {
                case AT_LEAST: ok = v >= threshold; break;
                case AT_MOST: ok = v <= threshold; break;
                case ABOVE: ok = v > threshold; break;
                default: ok = v < threshold; break;
            }
        }
        traceIsSatisfied(index, ok);
        return ok;
    }

    @Override
    public String toString() { return indicator + " " + op + " " + threshold; }
}
