/**
 * Result files that are complete or absent, never half-written:
 * {@link io.orderflow.backtest.io.AtomicFiles} (one file through a hidden {@code .partial} file,
 * forced to disk and renamed atomically), {@link io.orderflow.backtest.io.FileSet} (a named set of
 * result files replaced as a whole under an OS lock, so a reader sees the old set or the new one) and
 * {@link io.orderflow.backtest.io.ResultFiles} (a run's journal CSV/JSON, statistics JSON and HTML
 * report).
 *
 * <p>Units: none beyond the written content (statistics JSON writes undefined figures as
 * {@code null}). Threading: stateless helpers, thread-safe for distinct targets; concurrent commits
 * of one set are serialised by the set's lock, across processes too.
 *
 * <p>Dependencies: {@code backtest}, {@code trades}, {@code backtest.stats},
 * {@code backtest.report}, {@code data} ({@code NamedIOException}), {@code market}, Gson.
 */
package io.orderflow.backtest.io;
