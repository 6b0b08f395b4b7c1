package io.orderflow.jforex.indicator;

import java.io.File;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import io.orderflow.book.SpoofListener;
import io.orderflow.book.SpoofScore;
import io.orderflow.book.SpoofSettings;
import io.orderflow.data.depth.DepthRecordingReader;
import io.orderflow.data.ProblemLog;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.market.OfferSide;
import io.orderflow.market.Tick;

/**
 * Manipulation evidence for a chart (indicator {@code OF_MANIPULATION}), read from the strategy's
 * live depth recordings ({@code <files>/orderflow/depth/<SYMBOL>-<yyyy-MM-dd>.ofd}, written by
 * {@code DailyDepthRecorder}).
 *
 * <p>Why recordings and not the indicator's own data: an indicator receives bars, its context
 * offers no tick subscription ({@code IIndicatorContext} in API 2.13.63 has history, chart and
 * executor access only), ticks from {@code IHistory} carry one price level ({@code ITick} Javadoc),
 * and nothing documents how often {@code calculate} runs live; the evidence needs every depth
 * update in order. The strategy's {@code onTick} sees every live tick with up to ten levels, so the
 * strategy records them and this class analyses the record.
 *
 * <p>Each day's file is analysed from its start with {@link SpoofScore} (the same code and values
 * as the {@code depth} command on that file): every flash — large size added away from the touch
 * and pulled before the price reached it — with its time, side and price. A bar shows the price of
 * its last bid flash and of its last ask flash, NaN where it had none. Files are analysed on the
 * executor (the chart never waits); the file of the current day is analysed again when it has
 * grown, at most every {@code refreshMs}. Past days' results are kept while the file is unchanged.
 *
 * <p>Threading: {@link #calculate} and {@link #status} from the indicator's thread, analysis on the
 * executor; the cache is a concurrent map of immutable results. Units: times ms UTC, prices as
 * the chart's decimal prices.
 */
public final class ManipulationLogic {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private static final long DAY_MS = 86_400_000L;

    /** One analysed file: its flashes in time order. Immutable. */
    static final class Result {
        final long size;
        final long modified;
        final long updates;
        final int maxLevels;
        final long[] times;
        final long[] prices;
        final boolean[] bid;
        /** Decimal places of the recording's price points (its header's scale, not the chart's). */
        final int pointScale;

        Result(long size, long modified, long updates, int maxLevels, long[] times, long[] prices, boolean[] bid,
               int pointScale) {
            this.size = size;
            this.modified = modified;
            this.updates = updates;
            this.maxLevels = maxLevels;
            this.times = times;
            this.prices = prices;
            this.bid = bid;
            this.pointScale = pointScale;
        }
    }

    private final File folder;
    private final InstrumentSpec spec;
    private final SpoofSettings settings;
    private final AsyncBarResults.Executor executor;
    private final long refreshMs;
    private final Map<String, Result> cache = new ConcurrentHashMap<>();
    private final Map<String, Long> submittedAt = new ConcurrentHashMap<>();
    private final AtomicBoolean busy = new AtomicBoolean();
    private volatile boolean synchronous;
    private volatile String status = "";

    /**
     * @param folder    the recordings folder ({@code <files>/orderflow/depth})
     * @param spec      the chart's instrument (file names use {@link InstrumentSpec#symbol()})
     * @param settings  detector settings
     * @param executor  runs the analysis off the chart's thread
     * @param refreshMs least time between two analyses of a growing file, ms
     */
    public ManipulationLogic(File folder, InstrumentSpec spec, SpoofSettings settings, AsyncBarResults.Executor executor,
                             long refreshMs) {
        this.folder = folder;
        this.spec = spec;
        this.settings = settings;
        this.executor = executor;
        this.refreshMs = refreshMs;
    }

    /** Analyse inline (no chart: {@code IIndicators.calculateIndicator} must get values at once). */
    public void setSynchronous(boolean synchronous) { this.synchronous = synchronous; }

    /** The recording of {@code symbol} for the UTC day holding {@code timeMs}. */
    public static String fileName(String symbol, long timeMs) {
        return symbol + "-" + DAY.format(Instant.ofEpochMilli(timeMs - Math.floorMod(timeMs, DAY_MS))) + ".ofd";
    }

    /**
     * Fills {@code bidFlash[j]} / {@code askFlash[j]} for bars {@code from..to} with the price of the
     * bar's last bid / ask flash, NaN where none (or not analysed yet).
     *
     * @param starts   bar start times, ms UTC, ascending; bar j is {@code [starts[j], starts[j] + periodMs)}
     * @param nowMs    wall-clock time, ms (for the refresh interval)
     */
    public void calculate(long[] starts, int n, long periodMs, int from, int to, double[] bidFlash, double[] askFlash,
                          long nowMs) {
        for (int j = from; j <= to; j++) {
            bidFlash[j] = Double.NaN;
            askFlash[j] = Double.NaN;
        }
        if (n == 0 || from > to) return;
        long first = starts[from];
        long end = starts[to] + periodMs;
        int files = 0, deep = 0;
        long updates = 0;
        for (long day = first - Math.floorMod(first, DAY_MS); day < end; day += DAY_MS) {
            String name = fileName(spec.symbol(), day);
            File f = new File(folder, name);
            if (!f.isFile()) continue;
            files++;
            Result r = cache.get(name);
            boolean stale = r == null || r.size != f.length() || r.modified != f.lastModified();
            if (stale) refresh(f, name, r == null, nowMs);
            r = cache.get(name);
            if (r == null) continue;
            updates += r.updates;
            if (r.maxLevels > 1) deep++;
            place(r, starts, from, to, periodMs, bidFlash, askFlash);
        }
        if (files == 0) {
            status = "no live depth recording of " + spec.symbol() + " in " + folder
                    + " for these bars: history and the Historical Tester carry one price level, so the evidence "
                    + "exists only for time OrderFlowStrategy recorded live ('record live depth' on)";
        } else if (deep == 0 && updates > 0) {
            status = "the recordings of " + spec.symbol() + " for these bars hold one price level per tick: no "
                    + "depth, no evidence (record live, not in the Historical Tester)";
        } else {
            status = "";
        }
    }

    /** Why nothing is drawn, or "" when the recordings cover the bars. */
    public String status() { return status; }

    private void refresh(final File f, final String name, boolean firstTime, long nowMs) {
        Long last = submittedAt.get(name);
        if (!firstTime && last != null && nowMs - last < refreshMs) return;
        if (synchronous) {
            submittedAt.put(name, nowMs);
            cache.put(name, analyse(f, settings));
            return;
        }
        if (!busy.compareAndSet(false, true)) return;
        submittedAt.put(name, nowMs);
        executor.submit(new Callable<Void>() {
            @Override
            public Void call() {
                try {
                    cache.put(name, analyse(f, settings));
                } finally {
                    busy.set(false);
                }
                return null;
            }
        });
    }

    static void place(Result r, long[] starts, int from, int to, long periodMs, double[] bidFlash,
                              double[] askFlash, InstrumentSpec spec) {
        for (int i = 0; i < r.times.length; i++) {
            long t = r.times[i];
            int j = Arrays.binarySearch(starts, from, to + 1, t);
            if (j < 0) j = -j - 2; // the bar that starts before t
            if (j < from || j > to || t >= starts[j] + periodMs) continue;
            // the recording's own scale: a recording made at another scale still lands at its prices
            double price = r.prices[i] / Math.pow(10, r.pointScale);
            if (r.bid[i]) bidFlash[j] = price;
            else askFlash[j] = price;
        }
    }

    private void place(Result r, long[] starts, int from, int to, long periodMs, double[] bidFlash, double[] askFlash) {
        place(r, starts, from, to, periodMs, bidFlash, askFlash, spec);
    }

    /**
     * Every flash in one recording, analysed from its start. Damaged records are skipped (the
     * recorder's own crash recovery can leave an incomplete last record while it writes).
     */
    static Result analyse(File f, SpoofSettings settings) {
        long size = f.length();
        long modified = f.lastModified();
        final long[][] times = {new long[64]};
        final long[][] prices = {new long[64]};
        final boolean[][] bid = {new boolean[64]};
        final int[] count = {0};
        SpoofScore score = new SpoofScore(settings, new SpoofListener() {
            @Override
            public void onFlash(long timeMs, OfferSide side, long pricePoints, int level, long distancePoints,
                                double sizeMultiple, long lifeMs, double driftPoints, double sideScore) {
                int c = count[0];
                if (c == times[0].length) {
                    times[0] = Arrays.copyOf(times[0], c * 2);
                    prices[0] = Arrays.copyOf(prices[0], c * 2);
                    bid[0] = Arrays.copyOf(bid[0], c * 2);
                }
                times[0][c] = timeMs;
                prices[0][c] = pricePoints;
                bid[0][c] = side == OfferSide.BID;
                count[0] = c + 1;
            }
        });
        int maxLevels = 0;
        int scale;
        try (DepthRecordingReader in = DepthRecordingReader.open(f.toPath(), ProblemLog.skipping())) {
            Tick t = new Tick(settings.levels());
            while (in.next(t)) {
                score.onTick(t);
                if (t.levels() > maxLevels) maxLevels = t.levels();
            }
            scale = in.pointScale(); // read from the header, known once a record was read
        } catch (Exception e) {
            // an unreadable file shows no evidence; the next refresh tries again
            return new Result(-1, -1, 0, 0, new long[0], new long[0], new boolean[0], 0);
        }
        int c = count[0];
        return new Result(size, modified, score.updates(), maxLevels, Arrays.copyOf(times[0], c),
                Arrays.copyOf(prices[0], c), Arrays.copyOf(bid[0], c), scale);
    }

    /** Flashes found in the cached analysis of {@code fileName}, or −1 if not analysed. */
    public int flashes(String fileName) {
        Result r = cache.get(fileName);
        return r == null ? -1 : r.times.length;
    }

    /** Forgets the analyses (the indicator was removed); a running analysis finishes on its own. */
    public void cancel() {
        cache.clear();
    }
}
