/**
 * Reader of Binance spot websocket captures (one message per line, {@code <localNanos> <json>},
 * plain or gzip): {@link io.orderflow.data.binance.BinanceCaptureReader} recognises trade,
 * book-ticker and depth messages and pushes them, in file order, to a
 * {@link io.orderflow.data.binance.BinanceCaptureListener}. These captures are the project's source
 * of real trades with a true aggressor flag and of real depth updates, used as oracles for the
 * inference rules of {@code io.orderflow.flow} and by {@code io.orderflow.book.binance}.
 *
 * <p>Units: prices in integer points at the instrument's scale, sizes in base-asset units, exchange
 * times in ms UTC (local receive time in ns). Bad lines are reported with file and line number
 * through the {@code ProblemLog}. Threading: a reader is single-threaded.
 *
 * <p>Dependencies: {@code io.orderflow.data}, {@code io.orderflow.market} and Gson.
 */
package io.orderflow.data.binance;
