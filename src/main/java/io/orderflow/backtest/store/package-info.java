/**
 * Ticks held in memory for sweeps: {@link io.orderflow.backtest.store.TickStore} decodes a range
 * once into chunked primitive columns (28 bytes per tick, lossless for Dukascopy data) and hands out
 * any number of independent {@code TickCursor}s, so every configuration of a sweep replays the same
 * ticks without decompressing LZMA again.
 *
 * <p>Units: prices in integer points, times in ms UTC, volumes as the doubles the stream gave.
 * Threading: building is single-threaded; once built the store is immutable and its cursors may run
 * on several threads at once (one cursor per thread).
 *
 * <p>Dependencies: {@code market} only.
 */
package io.orderflow.backtest.store;
