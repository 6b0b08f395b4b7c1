package io.orderflow.jforex.indicator;

import io.orderflow.market.AssetClass;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.market.Instruments;

/** Small conversions the indicator sources share (they cannot share classes among themselves). Stateless. */
public final class IndicatorSupport {
    /** Days of history the indicators compute by default. */
    public static final int DEFAULT_HISTORY_DAYS = 5;
    /** Most days of history an indicator may be asked to compute. */
    public static final int MAX_HISTORY_DAYS = 60;
    /** The option group all indicators appear in. */
    public static final String GROUP = "Order flow";

    private IndicatorSupport() {
    }

    /**
     * The instrument as the core knows it: the project's definition when it has one, else one made
     * from the platform's (JForex {@code Instrument.name()}, {@code toString()} "AAA/BBB",
     * {@code getTickScale()}, {@code getPipScale()}).
     */
    public static InstrumentSpec spec(String name, String slashName, int tickScale, int pipScale) {
        InstrumentSpec known = Instruments.find(name);
        if (known != null && known.pointScale() == tickScale) return known;
        int slash = slashName.indexOf('/');
        String base = slash > 0 ? slashName.substring(0, slash) : name;
        String quote = slash > 0 ? slashName.substring(slash + 1) : "";
        return new InstrumentSpec(Instruments.normalise(name), base, quote, AssetClass.FX, tickScale,
                Math.min(pipScale, tickScale), 0.001);
    }

    /** Days → milliseconds, clamped to 1..{@link #MAX_HISTORY_DAYS}. */
    public static long historyMs(int days) {
        return Math.max(1, Math.min(MAX_HISTORY_DAYS, days)) * 86_400_000L;
    }

    /** A row height in whole points (at least one) for {@code pips}. */
    public static long rowPoints(InstrumentSpec spec, double pips) {
        return Math.max(1, Math.round(spec.pipsToPoints(pips)));
    }
}
