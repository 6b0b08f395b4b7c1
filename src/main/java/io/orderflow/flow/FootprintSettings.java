package io.orderflow.flow;

/**
 * Parameters of a {@link Footprint}: row height, imbalance rule, stacked-imbalance zones, and the
 * absorption and exhaustion flags. Immutable (the {@code with…} methods return copies),
 * thread-safe.
 *
 * <p><b>Diagonal imbalance</b> (reference §a.3; NinjaTrader, the ATAS source, TradingView "300%"):
 * a <em>buy imbalance</em> at row p when {@code A ≥ r · B} with A the buy (ask-side) volume at p and
 * B the sell (bid-side) volume one row below; a <em>sell imbalance</em> at p when the sell volume at
 * p is at least r times the buy volume one row above. The dominant volume A must be positive and
 * at least {@code minImbalanceVolume}. With {@code ignoreZeros} (default), a comparison against
 * an empty cell (B = 0) is not an imbalance; without it, any A ≥ the minimum against 0 is.
 * Defaults: r = 3.0, minimum 0, ignore zeros.
 *
 * <p><b>Stacked imbalances</b>: at least {@code stackedRows} (default 3) consecutive rows with a buy
 * imbalance form a support zone, with a sell imbalance a resistance zone ({@link ImbalanceZone}).
 *
 * <p><b>Absorption</b> (heavy aggressive volume at an extreme without price progress): over the
 * {@code extremeRows} (default 2) top rows of the bar, buy volume at least {@code absorptionFactor}
 * (default 2.0) times {@code extremeRows} times the bar's mean volume per occupied row, while the bar
 * closes below those rows — buyers were absorbed at the high (bearish). Mirror image at the low
 * with sell volume (bullish). The bar must span more than {@code extremeRows} rows.
 *
 * <p><b>Exhaustion</b> (aggression dries up into the extreme): the top row's buy volume is at most
 * {@code exhaustionFactor} (default 0.25) times the mean volume per occupied row and below the buy
 * volume of the row beneath it; mirror image at the low with sell volume. The bar must span at
 * least three rows.
 */
public final class FootprintSettings {
    /** Default imbalance ratio r (A ≥ r·B). */
    public static final double DEFAULT_IMBALANCE_RATIO = 3.0;
    /** Default stacked rows. */
    public static final int DEFAULT_STACKED_ROWS = 3;
    /** Default extreme rows for absorption. */
    public static final int DEFAULT_EXTREME_ROWS = 2;
    /** Default absorption factor. */
    public static final double DEFAULT_ABSORPTION_FACTOR = 2.0;
    /** Default exhaustion factor. */
    public static final double DEFAULT_EXHAUSTION_FACTOR = 0.25;

    private final long rowPoints;
    private final double imbalanceRatio;
    private final double minImbalanceVolume;
    private final boolean ignoreZeros;
    private final int stackedRows;
    private final int extremeRows;
    private final double absorptionFactor;
    private final double exhaustionFactor;

    private FootprintSettings(long rowPoints, double imbalanceRatio, double minImbalanceVolume, boolean ignoreZeros,
                              int stackedRows, int extremeRows, double absorptionFactor, double exhaustionFactor) {
        if (rowPoints < 1) throw new IllegalArgumentException("rowPoints must be >= 1, was " + rowPoints);
        if (!(imbalanceRatio >= 1) || Double.isInfinite(imbalanceRatio)) {
            throw new IllegalArgumentException("imbalanceRatio must be a finite number >= 1, was " + imbalanceRatio);
        }
        if (!(minImbalanceVolume >= 0)) {
            throw new IllegalArgumentException("minImbalanceVolume must be >= 0, was " + minImbalanceVolume);
        }
        if (stackedRows < 2) throw new IllegalArgumentException("stackedRows must be >= 2, was " + stackedRows);
        if (extremeRows < 1) throw new IllegalArgumentException("extremeRows must be >= 1, was " + extremeRows);
        if (!(absorptionFactor > 0)) {
            throw new IllegalArgumentException("absorptionFactor must be > 0, was " + absorptionFactor);
        }
        if (!(exhaustionFactor >= 0)) {
            throw new IllegalArgumentException("exhaustionFactor must be >= 0, was " + exhaustionFactor);
        }
        this.rowPoints = rowPoints;
        this.imbalanceRatio = imbalanceRatio;
        this.minImbalanceVolume = minImbalanceVolume;
        this.ignoreZeros = ignoreZeros;
        this.stackedRows = stackedRows;
        this.extremeRows = extremeRows;
        this.absorptionFactor = absorptionFactor;
        this.exhaustionFactor = exhaustionFactor;
    }

    /** Defaults with rows of {@code rowPoints} points (e.g. 10 = one pip on EURUSD). */
    public static FootprintSettings rows(long rowPoints) {
        return new FootprintSettings(rowPoints, DEFAULT_IMBALANCE_RATIO, 0, true, DEFAULT_STACKED_ROWS,
                DEFAULT_EXTREME_ROWS, DEFAULT_ABSORPTION_FACTOR, DEFAULT_EXHAUSTION_FACTOR);
    }

    /** A copy with rows of {@code v} (&gt;= 1) points. */
    public FootprintSettings withRowPoints(long v) {
        return new FootprintSettings(v, imbalanceRatio, minImbalanceVolume, ignoreZeros, stackedRows, extremeRows,
                absorptionFactor, exhaustionFactor);
    }

    /** A copy with the imbalance ratio r = {@code v} (&gt;= 1; 3.0 means 300%). */
    public FootprintSettings withImbalanceRatio(double v) {
        return new FootprintSettings(rowPoints, v, minImbalanceVolume, ignoreZeros, stackedRows, extremeRows,
                absorptionFactor, exhaustionFactor);
    }

    /** A copy with the minimum dominant volume {@code v} (&gt;= 0, proxy units). */
    public FootprintSettings withMinImbalanceVolume(double v) {
        return new FootprintSettings(rowPoints, imbalanceRatio, v, ignoreZeros, stackedRows, extremeRows,
                absorptionFactor, exhaustionFactor);
    }

    /** A copy with the ignore-zeros flag {@code v}. */
    public FootprintSettings withIgnoreZeros(boolean v) {
        return new FootprintSettings(rowPoints, imbalanceRatio, minImbalanceVolume, v, stackedRows, extremeRows,
                absorptionFactor, exhaustionFactor);
    }

    /** A copy needing {@code v} (&gt;= 2) consecutive imbalance rows for a zone. */
    public FootprintSettings withStackedRows(int v) {
        return new FootprintSettings(rowPoints, imbalanceRatio, minImbalanceVolume, ignoreZeros, v, extremeRows,
                absorptionFactor, exhaustionFactor);
    }

    /** A copy examining {@code v} (&gt;= 1) rows at each end for absorption. */
    public FootprintSettings withExtremeRows(int v) {
        return new FootprintSettings(rowPoints, imbalanceRatio, minImbalanceVolume, ignoreZeros, stackedRows, v,
                absorptionFactor, exhaustionFactor);
    }

    /** A copy with the absorption factor {@code v} (&gt; 0). */
    public FootprintSettings withAbsorptionFactor(double v) {
        return new FootprintSettings(rowPoints, imbalanceRatio, minImbalanceVolume, ignoreZeros, stackedRows,
                extremeRows, v, exhaustionFactor);
    }

    /** A copy with the exhaustion factor {@code v} (&gt;= 0). */
    public FootprintSettings withExhaustionFactor(double v) {
        return new FootprintSettings(rowPoints, imbalanceRatio, minImbalanceVolume, ignoreZeros, stackedRows,
                extremeRows, absorptionFactor, v);
    }

    /**
     * The imbalance test: is {@code dominant} at least r times {@code opposite}, given the minimum
     * volume and the zero rule?
     */
    public boolean isImbalance(double dominant, double opposite) {
        if (!(dominant > 0) || dominant < minImbalanceVolume) return false;
        if (opposite <= 0) return !ignoreZeros;
        return dominant >= imbalanceRatio * opposite;
    }

    /** Row height in points. */
    public long rowPoints() { return rowPoints; }

    /** r in {@code A ≥ r·B}. */
    public double imbalanceRatio() { return imbalanceRatio; }

    /** Smallest dominant volume that can be an imbalance. */
    public double minImbalanceVolume() { return minImbalanceVolume; }

    /** True when a comparison against an empty cell is not an imbalance. */
    public boolean ignoreZeros() { return ignoreZeros; }

    /** Consecutive imbalance rows that make a zone. */
    public int stackedRows() { return stackedRows; }

    /** Rows at each end of a bar examined for absorption. */
    public int extremeRows() { return extremeRows; }

    /** Absorption threshold, multiple of the mean volume per row. */
    public double absorptionFactor() { return absorptionFactor; }

    /** Exhaustion threshold, multiple of the mean volume per row. */
    public double exhaustionFactor() { return exhaustionFactor; }

    @Override
    public String toString() {
        return "FootprintSettings{rows " + rowPoints + " pts, imbalance A >= " + imbalanceRatio + " B, min "
                + minImbalanceVolume + (ignoreZeros ? ", ignore zeros" : ", zeros count") + ", stacked " + stackedRows
                + ", extreme rows " + extremeRows + ", absorption x" + absorptionFactor + ", exhaustion x"
                + exhaustionFactor + "}";
    }
}
