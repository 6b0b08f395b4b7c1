/**
 * Readers of Binance spot websocket captures (one message per line, {@code <localNanos> <json>},
 * plain or gzip): {@link io.orderflow.data.binance.BinanceCaptureReader} recognises trade,
 * book-ticker and depth messages and pushes them, in file order, to a
 * {@link io.orderflow.data.binance.BinanceCaptureListener}. These captures are the project's source
 * of real trades with a true aggressor flag and of real depth updates, used as oracles for the
 * inference rules of {@code io.orderflow.flow} and of the depth measures of {@code io.orderflow.book}.
 *
 * <p>{@link io.orderflow.data.binance.BinanceBookBuilder} is the venue adapter over those captures:
 * it rebuilds the full level-2 book (REST snapshot plus {@code @depth} diffs with sequence checks,
 * levels kept in {@link io.orderflow.data.binance.PriceLevels}) and pushes multi-level
 * {@link io.orderflow.market.Tick}s, so the book calculators can be checked on real depth before
 * JForex live depth has been recorded. It lives here, not beside the calculators, so that
 * {@code io.orderflow.book} depends on {@code io.orderflow.market} only.
 *
 * <p>Units: prices in integer points at the instrument's scale, sizes in base-asset units, exchange
 * times in ms UTC (local receive time in ns). Bad lines are reported with file and line number
 * through the {@code ProblemLog}. Threading: a reader and a book builder are
 * single-threaded.
 *
 * <p>Dependencies: {@code io.orderflow.data}, {@code io.orderflow.market} and Gson.
 */
package io.orderflow.data.binance;
