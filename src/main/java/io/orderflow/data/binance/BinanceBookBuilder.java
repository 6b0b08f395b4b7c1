package io.orderflow.data.binance;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.orderflow.data.DataFormatException;
import io.orderflow.data.InputPolicy;
import io.orderflow.data.Problem;
import io.orderflow.data.ProblemLog;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.market.Tick;
import io.orderflow.market.TickSink;

/**
 * Rebuilds the full Binance spot order book from a capture — REST depth snapshot plus
 * {@code @depth} diff events — following Binance's procedure, and pushes the best {@code levels}
 * levels per side as a multi-level {@link Tick} after every applied diff.
 *
 * <p>Procedure: diffs that arrive before the snapshot are buffered; once the snapshot (update id
 * {@code lastUpdateId}) is in, diffs whose final id {@code u ≤ lastUpdateId} are already contained
 * in it and are dropped; the first diff applied must span {@code lastUpdateId + 1}
 * ({@code U ≤ lastUpdateId + 1 ≤ u}), and each later one must start where the previous one ended
 * ({@code U == previous u + 1}). Anything else is a sequence gap: reported to the
 * {@link ProblemLog} as {@link Problem#SEQUENCE_GAP} naming the file and line (under
 * {@link InputPolicy#FAIL} reading stops with that error; under SKIP the book is discarded and
 * rebuilt from the next snapshot, and diffs until then are counted as dropped). A size of 0
 * deletes a level; deleting a level that is not there is normal on Binance and only counted.
 *
 * <p>Each pushed tick has time = the diff's event time {@code E} (ms UTC), prices in points of the
 * instrument, sizes in base-asset units, and {@code min(levels, bid levels, ask levels)} levels.
 * Every event is passed on to an optional delegate listener (depth diffs only once applied, after
 * the tick has been pushed). Pairs of capture files
 * (…0808 + …0809) are one capture: read them in order with one {@link #read} call. Use
 * {@link #read} rather than handing the builder to a reader yourself: it is what names the file and
 * line of a gap and stops on it under FAIL.
 *
 * <p>Not thread-safe. Allocates only while buffering before the snapshot and when a book side
 * outgrows its arrays.
 */
public final class BinanceBookBuilder implements BinanceCaptureListener {
    private final InstrumentSpec instrument;
    private final int levels;
    private final TickSink sink;
    private final BinanceCaptureListener delegate;
    private final ProblemLog log;
    private final PriceLevels bids = new PriceLevels(true, 4096);
    private final PriceLevels asks = new PriceLevels(false, 4096);
    private final Tick tick;
    private final long[] tAsk, tBid;
    private final double[] tAskSize, tBidSize;

    private boolean synced;
    private boolean firstAfterSnapshot;
    private long snapshotId = -1;
    private long lastUpdateId = -1;
    private final List<PendingDiff> buffered = new ArrayList<>();

    private BinanceCaptureReader reader;
    private String source = "capture";
    private long lineBase;

    private long snapshots;
    private long applied;
    private long dropped;
    private long gaps;
    private long crossed;
    private long missingDeletes;
    private long ticks;

    /**
     * @param instrument the captured symbol's price grid (e.g. BTCUSDT in cents)
     * @param levels     levels per side in the pushed ticks (10 = JForex live depth)
     * @param sink       receives a tick after every applied diff; may be null
     * @param delegate   receives the snapshot, applied diffs, trades and book tickers; may be null
     * @param log        where sequence gaps (and, in {@link #read}, malformed lines) are reported
     */
    public BinanceBookBuilder(InstrumentSpec instrument, int levels, TickSink sink, BinanceCaptureListener delegate,
                              ProblemLog log) {
        if (levels < 1) throw new IllegalArgumentException("levels must be >= 1, was " + levels);
        this.instrument = instrument;
        this.levels = levels;
        this.sink = sink;
        this.delegate = delegate;
        this.log = log;
        this.tick = new Tick(levels);
        tAsk = new long[levels];
        tBid = new long[levels];
        tAskSize = new double[levels];
        tBidSize = new double[levels];
    }

    /** Reads capture files in order as one capture (gzip if named {@code .gz}). */
    public void read(List<Path> files) throws IOException {
        reader = new BinanceCaptureReader(instrument, log);
        try {
            for (Path f : files) {
                source = f.toString();
                lineBase = reader.lines();
                try {
                    reader.read(f, this);
                } catch (DataFormatException e) {
                    if (e.getCause() instanceof GapSignal) throw ((GapSignal) e.getCause()).problem;
                    throw e;
                }
            }
        } finally {
            reader = null;
            source = "capture";
        }
    }

    /** A diff received before the first snapshot, kept until the snapshot arrives. */
    private static final class PendingDiff {
        final long eventTimeMs, firstUpdateId, finalUpdateId, localNanos;
        final long[] bidPrices, askPrices;
        final double[] bidSizes, askSizes;

        PendingDiff(long eventTimeMs, long firstUpdateId, long finalUpdateId, long[] bidPrices, double[] bidSizes,
                    long[] askPrices, double[] askSizes, long localNanos) {
            this.eventTimeMs = eventTimeMs;
            this.firstUpdateId = firstUpdateId;
            this.finalUpdateId = finalUpdateId;
            this.bidPrices = bidPrices;
            this.bidSizes = bidSizes;
            this.askPrices = askPrices;
            this.askSizes = askSizes;
            this.localNanos = localNanos;
        }
    }

    /** Carries a sequence gap through the capture reader under the FAIL policy. */
    private static final class GapSignal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final DataFormatException problem;

        GapSignal(DataFormatException problem) {
            super(problem.getMessage(), null, false, false);
            this.problem = problem;
        }
    }

    private long line() {
        return reader != null ? reader.lines() - lineBase : 0;
    }

    @Override
    public void onSnapshot(long lastUpdateId, int nBids, long[] bidPrices, double[] bidSizes, int nAsks, long[] askPrices,
                           double[] askSizes, long localNanos) {
        bids.clear();
        asks.clear();
        for (int i = 0; i < nBids; i++) bids.set(bidPrices[i], bidSizes[i]);
        for (int i = 0; i < nAsks; i++) asks.set(askPrices[i], askSizes[i]);
        snapshotId = lastUpdateId;
        this.lastUpdateId = lastUpdateId;
        synced = true;
        firstAfterSnapshot = true;
        snapshots++;
        List<PendingDiff> pending = new ArrayList<>(buffered);
        buffered.clear();
        for (PendingDiff d : pending) {
            onDepthUpdate(d.eventTimeMs, d.firstUpdateId, d.finalUpdateId, d.bidPrices.length, d.bidPrices, d.bidSizes,
                    d.askPrices.length, d.askPrices, d.askSizes, d.localNanos);
        }
        if (delegate != null) {
            delegate.onSnapshot(lastUpdateId, nBids, bidPrices, bidSizes, nAsks, askPrices, askSizes, localNanos);
        }
    }

    @Override
    public void onDepthUpdate(long eventTimeMs, long firstUpdateId, long finalUpdateId, int nBids, long[] bidPrices,
                              double[] bidSizes, int nAsks, long[] askPrices, double[] askSizes, long localNanos) {
        if (!synced) {
            if (snapshots == 0) {
                buffered.add(new PendingDiff(eventTimeMs, firstUpdateId, finalUpdateId, Arrays.copyOf(bidPrices, nBids),
                        Arrays.copyOf(bidSizes, nBids), Arrays.copyOf(askPrices, nAsks), Arrays.copyOf(askSizes, nAsks),
                        localNanos));
            } else {
                dropped++;
            }
            return;
        }
        if (finalUpdateId <= lastUpdateId && firstAfterSnapshot) {
            dropped++;
            return;
        }
        boolean inSequence = firstAfterSnapshot
                ? firstUpdateId <= lastUpdateId + 1 && finalUpdateId >= lastUpdateId + 1
                : firstUpdateId == lastUpdateId + 1;
        if (!inSequence) {
            gap(firstUpdateId, finalUpdateId);
            return;
        }
        firstAfterSnapshot = false;
        for (int i = 0; i < nBids; i++) {
            if (!bids.set(bidPrices[i], bidSizes[i])) missingDeletes++;
        }
        for (int i = 0; i < nAsks; i++) {
            if (!asks.set(askPrices[i], askSizes[i])) missingDeletes++;
        }
        lastUpdateId = finalUpdateId;
        applied++;
        if (bids.size() > 0 && asks.size() > 0 && bids.price(0) >= asks.price(0)) crossed++;
        emit(eventTimeMs);
        if (delegate != null) {
            delegate.onDepthUpdate(eventTimeMs, firstUpdateId, finalUpdateId, nBids, bidPrices, bidSizes, nAsks, askPrices,
                    askSizes, localNanos);
        }
    }

    private void gap(long firstUpdateId, long finalUpdateId) {
        gaps++;
        String expected = firstAfterSnapshot
                ? "a diff spanning update id " + (lastUpdateId + 1) + " (snapshot lastUpdateId " + snapshotId + ")"
                : "U = " + (lastUpdateId + 1);
        DataFormatException e = new DataFormatException(source, line(), Problem.SEQUENCE_GAP,
                "depth diff U=" + firstUpdateId + " u=" + finalUpdateId + " after update id " + lastUpdateId + "; expected "
                        + expected + "; the book is discarded until the next snapshot");
        synced = false;
        bids.clear();
        asks.clear();
        if (log.policy() == InputPolicy.FAIL) throw new GapSignal(e);
        try {
            log.report(e);
        } catch (DataFormatException unexpected) {
            throw new GapSignal(unexpected);
        }
    }

    private void emit(long timeMs) {
        int n = Math.min(levels, Math.min(bids.size(), asks.size()));
        if (n == 0 || sink == null) return;
        for (int i = 0; i < n; i++) {
            tBid[i] = bids.price(i);
            tBidSize[i] = bids.sizeAt(i);
            tAsk[i] = asks.price(i);
            tAskSize[i] = asks.sizeAt(i);
        }
        tick.setDepth(timeMs, n, tAsk, tAskSize, tBid, tBidSize);
        ticks++;
        sink.onTick(tick);
    }

    @Override
    public void onBookTicker(long updateId, long bidPrice, double bidSize, long askPrice, double askSize, long localNanos) {
        if (delegate != null) delegate.onBookTicker(updateId, bidPrice, bidSize, askPrice, askSize, localNanos);
    }

    @Override
    public void onTrade(long tradeTimeMs, long eventTimeMs, long tradeId, long price, double quantity, boolean buyerIsMaker,
                        long localNanos) {
        if (delegate != null) delegate.onTrade(tradeTimeMs, eventTimeMs, tradeId, price, quantity, buyerIsMaker, localNanos);
    }

    /** The bid side of the book. */
    public PriceLevels bids() { return bids; }

    /** The ask side of the book. */
    public PriceLevels asks() { return asks; }

    /** True while the book is in sequence (after a snapshot, before any gap). */
    public boolean isSynced() { return synced; }

    /** Update id the book is at (the last applied diff's {@code u}, or the snapshot's id). */
    public long lastUpdateId() { return lastUpdateId; }

    /** Snapshots loaded. */
    public long snapshots() { return snapshots; }

    /** Diffs applied. */
    public long applied() { return applied; }

    /** Diffs dropped: contained in the snapshot, or arriving while out of sync. */
    public long dropped() { return dropped; }

    /** Sequence gaps found. */
    public long gaps() { return gaps; }

    /** Applied diffs after which the best bid was at or above the best ask. */
    public long crossed() { return crossed; }

    /** Deletions of levels that were not in the book (normal on Binance). */
    public long missingDeletes() { return missingDeletes; }

    /** Ticks pushed. */
    public long ticks() { return ticks; }
}
