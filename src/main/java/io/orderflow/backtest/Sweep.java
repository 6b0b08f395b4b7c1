package io.orderflow.backtest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import io.orderflow.backtest.stats.ConfirmationRow;
import io.orderflow.backtest.stats.ConfirmationTable;
import io.orderflow.backtest.store.TickStore;

/**
 * Runs one backtest per parameter point over the same ticks, on a pool of threads, and ranks the
 * runs by a statistic.
 *
 * <p><b>Deterministic.</b> Every run replays the whole {@link TickStore} from the start through its
 * own strategy, broker and journal; nothing is shared between runs but the immutable store. The
 * results therefore do not depend on the thread count or on scheduling; they are returned in grid
 * order, and the ranking breaks ties by grid index.
 *
 * <p>Series are not collected ({@code collectSeries} is forced off) so memory stays at the store plus
 * one journal per run. {@link Listener} callbacks come from the worker threads.
 */
public final class Sweep {
    /** Progress callback, called from worker threads after each run. */
    public interface Listener {
        void runFinished(int index, int done, int total);
    }

    private Sweep() {
    }

    /** One run of a sweep. */
    public static final class Entry<P> {
        private final int index;
        private final P parameters;
        private final BacktestResult result;

        Entry(int index, P parameters, BacktestResult result) {
            this.index = index;
            this.parameters = parameters;
            this.result = result;
        }

        /** Position in the grid, from 0. */
        public int index() { return index; }

        public P parameters() { return parameters; }

        public BacktestResult result() { return result; }

        /** This run's confirmed-vs-unconfirmed table (by the trades' typed order-flow verdict). */
        public List<ConfirmationRow> confirmation() {
            return ConfirmationTable.fromTrades(result.trades());
        }
    }

    /** All runs, in grid order and ranked. */
    public static final class Result<P> {
        private final List<Entry<P>> inGridOrder;
        private final List<Entry<P>> ranked;
        private final Ranking ranking;

        Result(List<Entry<P>> inGridOrder, Ranking ranking) {
            this.inGridOrder = Collections.unmodifiableList(inGridOrder);
            this.ranking = ranking;
            List<Entry<P>> r = new ArrayList<>(inGridOrder);
            Collections.sort(r, new Comparator<Entry<P>>() {
                @Override
                public int compare(Entry<P> a, Entry<P> b) {
                    int c = ranking.compare(a.result.statistics(), b.result.statistics());
                    return c != 0 ? c : Integer.compare(a.index, b.index);
                }
            });
            this.ranked = Collections.unmodifiableList(r);
        }

        public List<Entry<P>> inGridOrder() { return inGridOrder; }

        /** Best first. */
        public List<Entry<P>> ranked() { return ranked; }

        public Ranking ranking() { return ranking; }
    }

    /** Runs every point with {@code threads} worker threads (1 = on a single worker). */
    public static <P> Result<P> run(TickStore store, BacktestConfig config, List<P> points,
                                    StrategyFactory<P> factory, Ranking ranking, int threads) throws IOException {
        return run(store, config, points, factory, ranking, threads, null);
    }

    public static <P> Result<P> run(final TickStore store, BacktestConfig config, final List<P> points,
                                    final StrategyFactory<P> factory, Ranking ranking, int threads,
                                    final Listener listener) throws IOException {
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        if (points.isEmpty()) throw new IllegalArgumentException("the parameter grid is empty");
        final BacktestConfig runConfig = config.toBuilder().collectSeries(false).build();
        final TickSource source = TickSource.of(store);
        final AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, points.size()), new ThreadFactory() {
            private final AtomicInteger n = new AtomicInteger();

            @Override
            public Thread newThread(Runnable r) {
                Thread t = new Thread(r, "sweep-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            }
        });
        try {
            List<Future<BacktestResult>> futures = new ArrayList<>(points.size());
            for (int i = 0; i < points.size(); i++) {
                final int index = i;
                futures.add(pool.submit(() -> {
                    BacktestResult r = BacktestRun.run(runConfig, source, factory, points.get(index));
                    if (listener != null) listener.runFinished(index, done.incrementAndGet(), points.size());
                    return r;
                }));
            }
            List<Entry<P>> entries = new ArrayList<>(points.size());
            for (int i = 0; i < points.size(); i++) {
                try {
                    entries.add(new Entry<>(i, points.get(i), futures.get(i).get()));
                } catch (ExecutionException e) {
                    Throwable c = e.getCause();
                    if (c instanceof IOException) throw (IOException) c;
                    if (c instanceof RuntimeException) throw (RuntimeException) c;
                    if (c instanceof Error) throw (Error) c;
                    throw new IllegalStateException("run " + i + " " + points.get(i) + " failed", c);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("sweep interrupted", e);
                }
            }
            return new Result<>(entries, ranking);
        } finally {
            pool.shutdownNow();
        }
    }
}
