/**
 * Full level-2 book reconstruction from Binance spot websocket captures (REST snapshot plus
 * {@code @depth} diffs with sequence checks), producing multi-level {@link io.orderflow.market.Tick}s
 * for the book calculators. Research and test input: real L2 data with which the depth measures
 * can be checked before JForex live depth has been recorded.
 */
package io.orderflow.book.binance;
