package io.orderflow.book;

/**
 * Parameters of {@link SpoofScore}. Immutable; {@code with…} methods return modified copies.
 * Thread-safe.
 *
 * <p>Defaults (chosen for an aggregated 10-level book such as JForex live FX, where liquidity
 * providers refresh quotes constantly, so only anomalies relative to each level's own history
 * count):
 * <table summary="defaults">
 * <tr><td>levels</td><td>10</td><td>levels per side watched (the view depth)</td></tr>
 * <tr><td>sizeMultiple k</td><td>4</td><td>a candidate's size is at least k × its level's baseline</td></tr>
 * <tr><td>zScore z</td><td>3</td><td>… and at least baseline + z standard deviations of the level's size</td></tr>
 * <tr><td>minLevelsFromTouch d</td><td>2</td><td>a candidate sits at level ≥ d (0 = touch)</td></tr>
 * <tr><td>maxLifeMs</td><td>5 000</td><td>pulled within this time to count as short-lived</td></tr>
 * <tr><td>pulledFraction</td><td>0.5</td><td>share of the jump that must disappear to count as pulled</td></tr>
 * <tr><td>baselineHalfLifeUpdates</td><td>100</td><td>half-life of the per-level size baseline (EWMA), in updates</td></tr>
 * <tr><td>warmupUpdates</td><td>50</td><td>updates before any candidate is considered</td></tr>
 * <tr><td>scoreHalfLifeMs</td><td>60 000</td><td>half-life of the evidence behind the score</td></tr>
 * <tr><td>repeats</td><td>3</td><td>pulled candidates on one side (decayed count) for a full score</td></tr>
 * <tr><td>candidatesPerSide</td><td>16</td><td>candidates followed at once per side</td></tr>
 * </table>
 */
public final class SpoofSettings {
    private final int levels;
    private final double sizeMultiple;
    private final double zScore;
    private final int minLevelsFromTouch;
    private final long maxLifeMs;
    private final double pulledFraction;
    private final double baselineHalfLifeUpdates;
    private final int warmupUpdates;
    private final long scoreHalfLifeMs;
    private final double repeats;
    private final int candidatesPerSide;

    private SpoofSettings(int levels, double sizeMultiple, double zScore, int minLevelsFromTouch, long maxLifeMs,
                          double pulledFraction,
                          double baselineHalfLifeUpdates, int warmupUpdates, long scoreHalfLifeMs, double repeats,
                          int candidatesPerSide) {
        if (levels < 1) throw new IllegalArgumentException("levels must be >= 1, was " + levels);
        if (!(sizeMultiple > 1)) throw new IllegalArgumentException("sizeMultiple must be > 1, was " + sizeMultiple);
        if (!(zScore >= 0) || Double.isInfinite(zScore)) {
            throw new IllegalArgumentException("zScore must be finite and >= 0, was " + zScore);
        }
        if (minLevelsFromTouch < 0) {
            throw new IllegalArgumentException("minLevelsFromTouch must be >= 0, was " + minLevelsFromTouch);
        }
        if (maxLifeMs <= 0) throw new IllegalArgumentException("maxLifeMs must be > 0, was " + maxLifeMs);
        if (!(pulledFraction > 0 && pulledFraction <= 1)) {
            throw new IllegalArgumentException("pulledFraction must be in (0, 1], was " + pulledFraction);
        }
        if (!(baselineHalfLifeUpdates >= 1)) {
            throw new IllegalArgumentException("baselineHalfLifeUpdates must be >= 1, was " + baselineHalfLifeUpdates);
        }
        if (warmupUpdates < 0) throw new IllegalArgumentException("warmupUpdates must be >= 0, was " + warmupUpdates);
        if (scoreHalfLifeMs <= 0) throw new IllegalArgumentException("scoreHalfLifeMs must be > 0, was " + scoreHalfLifeMs);
        if (!(repeats >= 1)) throw new IllegalArgumentException("repeats must be >= 1, was " + repeats);
        if (candidatesPerSide < 1) throw new IllegalArgumentException("candidatesPerSide must be >= 1, was " + candidatesPerSide);
        this.levels = levels;
        this.sizeMultiple = sizeMultiple;
        this.zScore = zScore;
        this.minLevelsFromTouch = minLevelsFromTouch;
        this.maxLifeMs = maxLifeMs;
        this.pulledFraction = pulledFraction;
        this.baselineHalfLifeUpdates = baselineHalfLifeUpdates;
        this.warmupUpdates = warmupUpdates;
        this.scoreHalfLifeMs = scoreHalfLifeMs;
        this.repeats = repeats;
        this.candidatesPerSide = candidatesPerSide;
    }

    /** The defaults listed above. */
    public static SpoofSettings defaults() {
        return new SpoofSettings(10, 4.0, 3.0, 2, 5_000, 0.5, 100, 50, 60_000, 3, 16);
    }

    public SpoofSettings withLevels(int v) {
        return new SpoofSettings(v, sizeMultiple, zScore, minLevelsFromTouch, maxLifeMs, pulledFraction,
                baselineHalfLifeUpdates, warmupUpdates, scoreHalfLifeMs, repeats, candidatesPerSide);
    }

    public SpoofSettings withSizeMultiple(double v) {
        return new SpoofSettings(levels, v, zScore, minLevelsFromTouch, maxLifeMs, pulledFraction,
                baselineHalfLifeUpdates, warmupUpdates, scoreHalfLifeMs, repeats, candidatesPerSide);
    }

    public SpoofSettings withZScore(double v) {
        return new SpoofSettings(levels, sizeMultiple, v, minLevelsFromTouch, maxLifeMs, pulledFraction,
                baselineHalfLifeUpdates, warmupUpdates, scoreHalfLifeMs, repeats, candidatesPerSide);
    }

    public SpoofSettings withMinLevelsFromTouch(int v) {
        return new SpoofSettings(levels, sizeMultiple, zScore, v, maxLifeMs, pulledFraction,
                baselineHalfLifeUpdates, warmupUpdates, scoreHalfLifeMs, repeats, candidatesPerSide);
    }

    public SpoofSettings withMaxLifeMs(long v) {
        return new SpoofSettings(levels, sizeMultiple, zScore, minLevelsFromTouch, v, pulledFraction,
                baselineHalfLifeUpdates, warmupUpdates, scoreHalfLifeMs, repeats, candidatesPerSide);
    }

    public SpoofSettings withPulledFraction(double v) {
        return new SpoofSettings(levels, sizeMultiple, zScore, minLevelsFromTouch, maxLifeMs, v,
                baselineHalfLifeUpdates, warmupUpdates, scoreHalfLifeMs, repeats, candidatesPerSide);
    }

    public SpoofSettings withBaselineHalfLifeUpdates(double v) {
        return new SpoofSettings(levels, sizeMultiple, zScore, minLevelsFromTouch, maxLifeMs, pulledFraction,
                v, warmupUpdates, scoreHalfLifeMs, repeats, candidatesPerSide);
    }

    public SpoofSettings withWarmupUpdates(int v) {
        return new SpoofSettings(levels, sizeMultiple, zScore, minLevelsFromTouch, maxLifeMs, pulledFraction,
                baselineHalfLifeUpdates, v, scoreHalfLifeMs, repeats, candidatesPerSide);
    }

    public SpoofSettings withScoreHalfLifeMs(long v) {
        return new SpoofSettings(levels, sizeMultiple, zScore, minLevelsFromTouch, maxLifeMs, pulledFraction,
                baselineHalfLifeUpdates, warmupUpdates, v, repeats, candidatesPerSide);
    }

    public SpoofSettings withRepeats(double v) {
        return new SpoofSettings(levels, sizeMultiple, zScore, minLevelsFromTouch, maxLifeMs, pulledFraction,
                baselineHalfLifeUpdates, warmupUpdates, scoreHalfLifeMs, v, candidatesPerSide);
    }

    public SpoofSettings withCandidatesPerSide(int v) {
        return new SpoofSettings(levels, sizeMultiple, zScore, minLevelsFromTouch, maxLifeMs, pulledFraction,
                baselineHalfLifeUpdates, warmupUpdates, scoreHalfLifeMs, repeats, v);
    }

    public int levels() { return levels; }

    public double sizeMultiple() { return sizeMultiple; }

    public double zScore() { return zScore; }

    public int minLevelsFromTouch() { return minLevelsFromTouch; }

    public long maxLifeMs() { return maxLifeMs; }

    public double pulledFraction() { return pulledFraction; }

    public double baselineHalfLifeUpdates() { return baselineHalfLifeUpdates; }

    public int warmupUpdates() { return warmupUpdates; }

    public long scoreHalfLifeMs() { return scoreHalfLifeMs; }

    public double repeats() { return repeats; }

    public int candidatesPerSide() { return candidatesPerSide; }

    @Override
    public String toString() {
        return "SpoofSettings{levels=" + levels + ", k=" + sizeMultiple + ", z=" + zScore + ", d=" + minLevelsFromTouch
                + ", maxLifeMs=" + maxLifeMs + ", pulledFraction=" + pulledFraction + ", baselineHalfLifeUpdates=" + baselineHalfLifeUpdates
                + ", warmupUpdates=" + warmupUpdates + ", scoreHalfLifeMs=" + scoreHalfLifeMs + ", repeats=" + repeats
                + ", candidatesPerSide=" + candidatesPerSide + "}";
    }
}
