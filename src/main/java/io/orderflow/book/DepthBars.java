package io.orderflow.book;

import io.orderflow.market.OfferSide;
import io.orderflow.market.Tick;
import io.orderflow.market.TickSink;

/**
 * Depth and manipulation figures per time bar, from a stream of depth snapshots (a JForex live
 * recording or a rebuilt Binance book): the book imbalance over the best N levels, the size added,
 * pulled and consumed per side ({@link DepthEventTracker}), the multi-level order-flow imbalance
 * ({@link MultiLevelOfi}) summed over the bar, and the manipulation evidence of {@link SpoofScore}
 * (flashes per side, the bar's last flash with its price, level and size, the scores at the close).
 *
 * <p>Bars are {@code periodMs} long and aligned to the epoch in UTC ({@code start = floor(t /
 * period) × period}); a bar with no update is not emitted. A bar is handed to the {@link Sink}
 * when the first update of a later bar arrives, or at {@link #finish()}. The {@link DepthBar}
 * handed over is reused: copy what you keep.
 *
 * <p>Units: prices in points, sizes in the source's unit (millions for JForex FX, base asset for
 * Binance), times ms UTC. O(levels + candidates) per update, no allocation per update.
 * Single-threaded.
 */
public final class DepthBars implements TickSink {
    /** Receives each finished bar. */
    public interface Sink {
        /** {@code bar} is reused after this call returns. */
        void onBar(DepthBar bar);
    }

    private final long periodMs;
    private final DepthImbalance imbalance;
    private final MultiLevelOfi ofi;
    private final SpoofScore spoof;
    private final DepthEventTracker events;
    private final Sink sink;
    private final DepthBar bar;
    private long barStart = Long.MIN_VALUE;
    private long bars;

    /**
     * @param periodMs bar length, ms (&gt; 0)
     * @param levels   levels used by the imbalance and the OFI (1..settings.levels())
     * @param settings detector settings; its {@code levels} is the view depth of the source
     * @param sink     receives each finished bar
     */
    public DepthBars(long periodMs, int levels, SpoofSettings settings, Sink sink) {
        if (periodMs <= 0) throw new IllegalArgumentException("bar period must be > 0 ms, was " + periodMs);
        if (levels < 1 || levels > settings.levels()) {
            throw new IllegalArgumentException("levels must be 1.." + settings.levels() + ", was " + levels);
        }
        this.periodMs = periodMs;
        this.imbalance = new DepthImbalance(levels);
        this.ofi = new MultiLevelOfi(levels);
        this.bar = new DepthBar(levels);
        this.spoof = new SpoofScore(settings, new SpoofListener() {
            @Override
            public void onFlash(long timeMs, OfferSide side, long pricePoints, int level, long distancePoints,
                                double sizeMultiple, long lifeMs, double driftPoints, double sideScore) {
                bar.flash(timeMs, side, pricePoints, level, sizeMultiple, lifeMs, driftPoints);
            }
        });
        this.events = spoof.events();
        this.sink = sink;
    }

    @Override
    public void onTick(Tick tick) {
        long t = tick.timeMs();
        long start = Math.floorDiv(t, periodMs) * periodMs;
        if (start != barStart) {
            if (barStart != Long.MIN_VALUE && start > barStart) {
                emit();
                bar.begin(start);
                barStart = start;
            } else if (barStart == Long.MIN_VALUE) {
                bar.begin(start);
                barStart = start;
            }
            // a clock that goes back stays in the current bar
        }
        spoof.onTick(tick);
        imbalance.onTick(tick);
        ofi.onTick(tick);
        bar.update(imbalance.value(), spoof.robustImbalance(), ofi.lastTotal(),
                events.lastAdded(OfferSide.BID), events.lastAdded(OfferSide.ASK),
                events.lastPulled(OfferSide.BID), events.lastPulled(OfferSide.ASK),
                events.lastConsumed(OfferSide.BID), events.lastConsumed(OfferSide.ASK),
                spoof.score(OfferSide.BID), spoof.score(OfferSide.ASK));
    }

    private void emit() {
        bars++;
        sink.onBar(bar);
    }

    /** Hands over the bar in progress, if any; later updates start a new bar. */
    public void finish() {
        if (barStart != Long.MIN_VALUE && bar.updates() > 0) emit();
        barStart = Long.MIN_VALUE;
    }

    /** Bars handed over so far. */
    public long bars() { return bars; }

    /** Bar length, ms. */
    public long periodMs() { return periodMs; }

    /** The detector behind the evidence (for totals: candidates, reached, persisted, lost). */
    public SpoofScore spoofScore() { return spoof; }
}
