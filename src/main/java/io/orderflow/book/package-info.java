/**
 * Order-book analytics: level-1 queue imbalance and size-weighted mid, Cont–Kukanov–Stoikov
 * order-flow imbalance (OFI) per tick, per interval and per bar, its rolling price-impact
 * regression, multi-level OFI, N-level depth imbalance, depth events (added, pulled, consumed) and
 * an ID-free manipulation (spoofing/layering) score with a spoof-robust imbalance.
 *
 * <p>Every calculator is a push-based state machine: {@code onTick(Tick)}, getters of primitives,
 * {@code reset()}. Work per tick is O(1) for level-1 measures and O(levels) for depth measures,
 * with no allocation per tick. All are <strong>single-threaded</strong>: call them from one thread
 * (the JForex strategy thread) or guard them yourself.
 *
 * <p>Units: prices in integer points of the instrument ({@code InstrumentSpec.toPrice}), mid
 * changes in points (fractional: a mid moves in half points), sizes in the source's unit (millions
 * of base currency for Dukascopy/JForex FX, base asset for Binance), times in ms UTC.
 *
 * <p>Level-1 measures run on Dukascopy history and in the JForex Historical Tester. Measures that
 * need more than one level (depth imbalance, multi-level OFI, depth events, spoof score) need live
 * JForex depth, or a recording of it ({@code io.orderflow.data.depth}) replayed later.
 *
 * <p>Batch use (JForex indicators): fill a {@link io.orderflow.market.TickColumns} with a bar
 * range's ticks and call the calculators' static {@code perBar} methods, which push the same ticks
 * through the same streaming code.
 */
package io.orderflow.book;
