package io.orderflow.market;

import java.util.Objects;

/**
 * Immutable description of an instrument's price grid.
 *
 * <p>Prices are held as integer <em>points</em>: {@code price = points / 10^pointScale}. A point is
 * the smallest price step Dukascopy stores (JForex calls its exponent the "tick scale"); a pip is
 * {@code 10^-pipScale}. For EURUSD the point is 0.00001 and the pip 0.0001, for USDJPY 0.001 and
 * 0.01. Converting through an exact power of ten (rather than multiplying by 0.00001) gives the
 * double nearest to the decimal price, so a round trip through text is exact.
 *
 * <p>Thread-safe (immutable).
 */
public final class InstrumentSpec {
    private static final double[] POW10 = new double[19];
    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    private final String symbol;
    private final String base;
    private final String quote;
    private final AssetClass assetClass;
    private final int pointScale;
    private final int pipScale;
    private final double minTradeAmount;
    private final double amountIncrement;

    /** One unit of the base currency in JForex amounts (millions): the smallest amount step Dukascopy documents. */
    public static final double ONE_UNIT = 0.000001;

    /**
     * As {@link #InstrumentSpec(String, String, String, AssetClass, int, int, double, double)} with an
     * amount increment of one unit ({@link #ONE_UNIT}), the step the Dukascopy wiki ("Order Amounts")
     * documents for the predefined instruments.
     */
    public InstrumentSpec(String symbol, String base, String quote, AssetClass assetClass,
                          int pointScale, int pipScale, double minTradeAmount) {
        this(symbol, base, quote, assetClass, pointScale, pipScale, minTradeAmount, ONE_UNIT);
    }

    /**
     * @param symbol         symbol without separator, upper case, e.g. {@code EURUSD}
     * @param base           base currency or asset, e.g. {@code EUR}
     * @param quote          quote currency, e.g. {@code USD}
     * @param assetClass     kind of instrument
     * @param pointScale     decimals of one point (EURUSD 5, USDJPY 3); 0..18
     * @param pipScale       decimals of one pip (EURUSD 4, USDJPY 2); 0..pointScale
     * @param minTradeAmount smallest order amount in JForex units (millions of base for FX)
     * @param amountIncrement step of order amounts in JForex units (millions); an amount must be a
     *                        whole multiple of it (JForex {@code Instrument.getTradeAmountIncrement()})
     */
    public InstrumentSpec(String symbol, String base, String quote, AssetClass assetClass,
                          int pointScale, int pipScale, double minTradeAmount, double amountIncrement) {
        this.symbol = Objects.requireNonNull(symbol, "symbol");
        this.base = Objects.requireNonNull(base, "base");
        this.quote = Objects.requireNonNull(quote, "quote");
        this.assetClass = Objects.requireNonNull(assetClass, "assetClass");
        if (pointScale < 0 || pointScale > 18) {
            throw new IllegalArgumentException(symbol + ": pointScale must be 0..18, was " + pointScale);
        }
        if (pipScale < 0 || pipScale > pointScale) {
            throw new IllegalArgumentException(symbol + ": pipScale must be 0.." + pointScale + ", was " + pipScale);
        }
        if (!(minTradeAmount > 0)) {
            throw new IllegalArgumentException(symbol + ": minTradeAmount must be > 0");
        }
        this.pointScale = pointScale;
        this.pipScale = pipScale;
        if (!(amountIncrement > 0)) {
            throw new IllegalArgumentException(symbol + ": amountIncrement must be > 0");
        }
        this.minTradeAmount = minTradeAmount;
        this.amountIncrement = amountIncrement;
    }

    /** Symbol without separator, e.g. {@code EURUSD} (the Dukascopy datafeed folder name). */
    public String symbol() { return symbol; }

    /** JForex-style name with a slash, e.g. {@code EUR/USD}. */
    public String slashName() { return base + "/" + quote; }

    public String base() { return base; }

    public String quote() { return quote; }

    public AssetClass assetClass() { return assetClass; }

    /** Decimals of one point: {@code price = points / 10^pointScale}. JForex "tick scale". */
    public int pointScale() { return pointScale; }

    /** Decimals of one pip. JForex "pip scale". */
    public int pipScale() { return pipScale; }

    /** One point as a price, e.g. 0.00001 for EURUSD. */
    public double pointSize() { return 1.0 / POW10[pointScale]; }

    /** One pip as a price, e.g. 0.0001 for EURUSD. */
    public double pipSize() { return 1.0 / POW10[pipScale]; }

    /** Points per pip, e.g. 10 for EURUSD. */
    public long pointsPerPip() { return (long) POW10[pointScale - pipScale]; }

    /** Smallest order amount in JForex units (millions of base for FX, e.g. 0.001). */
    public double minTradeAmount() { return minTradeAmount; }

    /** Step of order amounts in JForex units (millions): amounts are whole multiples of it. */
    public double amountIncrement() { return amountIncrement; }

    /**
     * {@code amount} rounded down to a whole multiple of {@link #amountIncrement()} (a hair of binary
     * noise below a step counts as the step), or 0 when that is below {@link #minTradeAmount()}.
     */
    public double orderAmount(double amount) {
        if (!(amount > 0)) return 0;
        double steps = Math.floor(amount / amountIncrement + 1e-7);
        double rounded = Math.round(steps * amountIncrement * 1e9) / 1e9;
        return rounded < minTradeAmount * (1 - 1e-9) ? 0 : rounded;
    }

    /**
     * Points per tenth of a pip: JForex wants stop-loss and take-profit prices "divisible by 0.1
     * pips" ({@code IEngine.submitOrder}). 1 when a point is already a tenth of a pip or larger.
     */
    public long pointsPerTenthPip() {
        return pointScale - pipScale >= 1 ? (long) POW10[pointScale - pipScale - 1] : 1;
    }

    /** {@code points} rounded to the nearest whole tenth of a pip (half away from zero). */
    public long roundToTenthPip(long points) {
        long q = pointsPerTenthPip();
        if (q == 1) return points;
        long r = Math.floorMod(points, q);
        return r * 2 >= q ? points - r + q : points - r;
    }

    /** Price of {@code points}, the double nearest to the decimal value. */
    public double toPrice(long points) { return points / POW10[pointScale]; }

    /** Price of a fractional number of points (e.g. a mid of 1.5 points). */
    public double toPrice(double points) { return points / POW10[pointScale]; }

    /** Nearest whole number of points for {@code price}. */
    public long toPoints(double price) { return Math.round(price * POW10[pointScale]); }

    /** Points to pips (fractional). */
    public double pointsToPips(double points) { return points / POW10[pointScale - pipScale]; }

    /** Pips to points (fractional). */
    public double pipsToPoints(double pips) { return pips * POW10[pointScale - pipScale]; }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof InstrumentSpec)) return false;
        InstrumentSpec that = (InstrumentSpec) o;
        return symbol.equals(that.symbol) && pointScale == that.pointScale && pipScale == that.pipScale
                && assetClass == that.assetClass;
    }

    @Override
    public int hashCode() { return symbol.hashCode(); }

    @Override
    public String toString() { return symbol; }
}
