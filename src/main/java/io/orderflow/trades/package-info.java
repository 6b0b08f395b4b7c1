/**
 * The trade journal: one {@link io.orderflow.trades.ClosedTrade} per closed position
 * (immutable), collected by {@link io.orderflow.trades.TradeJournal} through the
 * {@link io.orderflow.trades.ClosedTradeSink} the broker calls, and written as CSV (RFC
 * 4180) or JSON by {@link io.orderflow.trades.JournalWriter}. The JForex strategy writes
 * the same format for its live and tester trades ({@code io.orderflow.jforex.TradeJournalFile}).
 *
 * <p>Units: prices in integer points (written as exact decimals), amounts in JForex units, times ms
 * UTC (written ISO-8601 with ms), money in the account currency, excursions in points. Threading:
 * trades are immutable; the journal collects on one thread; the writer is stateless.
 *
 * <p>Dependencies: {@code execution} and Gson only, which is why the JForex adapter can share it.
 */
package io.orderflow.trades;
