/**
 * Trades, shared by both hosts of the strategy: the bookkeeping of one open position
 * ({@link io.orderflow.trades.OpenTrade}: entry, amount, stop and target, risk at entry, excursions,
 * commission, the entry's typed {@link io.orderflow.execution.EntryTags}), which the simulated broker
 * and the JForex host both use and which alone builds the journal's
 * {@link io.orderflow.trades.ClosedTrade} (immutable; it carries the {@code EntryTags}, and its string
 * tag map is only the journal's {@code tags} column); the trades are collected by
 * {@link io.orderflow.trades.TradeJournal} through the {@link io.orderflow.trades.ClosedTradeSink}
 * the broker calls, and written as CSV (RFC 4180) or JSON by {@link io.orderflow.trades.JournalWriter}.
 * The JForex strategy writes the same format for its live and tester trades
 * ({@code io.orderflow.jforex.TradeJournalFile}).
 *
 * <p>Units: prices in integer points (written as exact decimals), amounts in JForex units, times ms
 * UTC (written ISO-8601 with ms), money in the account currency, excursions in points. Threading:
 * an open trade belongs to one thread (replay or strategy thread); closed trades are immutable; the
 * journal collects on one thread; the writer is stateless.
 *
 * <p>Dependencies: {@code market} (the instrument's point size), {@code execution} and Gson only,
 * which is why the backtest and the JForex adapter can share it.
 */
package io.orderflow.trades;
