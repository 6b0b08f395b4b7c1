/**
 * Readers of market data files: Dukascopy {@code .bi5} tick and candle files, plus the error
 * handling every reader shares.
 *
 * <ul>
 *   <li><b>Decoding.</b> {@link io.orderflow.data.Bi5Decoder} (LZMA alone, one record at a time),
 *   {@link io.orderflow.data.Bi5TickReader} (20-byte tick records, checked one by one),
 *   {@link io.orderflow.data.Bi5CandleReader}, {@link io.orderflow.data.FloatDecimals} (the decimals
 *   behind float32 volumes), {@link io.orderflow.data.DecimalPoints} (decimal text to points, exactly).</li>
 *   <li><b>Files over a range.</b> {@link io.orderflow.data.DukascopyLayout} (datafeed paths),
 *   {@link io.orderflow.data.Bi5Source} / {@link io.orderflow.data.DirectoryBi5Source} (where the
 *   files come from) and {@link io.orderflow.data.DukascopyTickStream} (an instrument over
 *   {@code [from, to)}, hour by hour, as a {@code TickCursor}; missing hours inside trading hours are
 *   reported).</li>
 *   <li><b>Bad input.</b> {@link io.orderflow.data.DataFormatException} names the source and the
 *   record or line; {@link io.orderflow.data.ProblemLog} applies the
 *   {@link io.orderflow.data.InputPolicy} (FAIL, or SKIP and count per
 *   {@link io.orderflow.data.Problem}); {@link io.orderflow.data.PricePlausibility} rejects prices
 *   that cannot be market prices; {@link io.orderflow.data.NamedIOException} and
 *   {@link io.orderflow.data.JsonErrorText} make I/O and JSON errors name their file.</li>
 * </ul>
 *
 * <p>Sub-packages: {@code data.csv} (JForex and Dukascopy CSV exports), {@code data.feed} (the
 * Dukascopy datafeed client and its local cache), {@code data.binance} (Binance websocket captures and
 * the level-2 book rebuilt from them),
 * {@code data.depth} (recordings of live multi-level ticks, written and
 * read).
 *
 * <p>Units: prices in integer points, times in ms UTC, volumes in the file's unit (millions for
 * Dukascopy FX). Threading: readers, decoders and streams are single-threaded (one per thread);
 * {@code DirectoryBi5Source} is thread-safe. Reading is allocation-free per record.
 *
 * <p>Dependencies: {@code io.orderflow.market} only (and the xz library for LZMA); never on the
 * calculators, the strategy, the backtest or the CLI.
 */
package io.orderflow.data;
