/**
 * Trade flow: who initiated the volume, and what that adds up to.
 *
 * <ul>
 *   <li><b>Aggressor inference with provenance.</b> {@link io.orderflow.flow.AggressorMethod} names the
 *   rule (mid tick rule and quote-change rule for quote-only FX ticks; tick rule, quote rule,
 *   Lee–Ready, EMO and the venue's flag for trades; BVC per bar) and
 *   {@link io.orderflow.flow.VolumeProxy} what counts as volume (traded size, tick count, change in
 *   quoted size, top-of-book size). Every {@link io.orderflow.flow.DeltaBar} carries both and its
 *   unclassified volume.</li>
 *   <li><b>Delta.</b> {@link io.orderflow.flow.DeltaBarCalculator} (per-bar buy/sell/delta, intrabar
 *   extremes), {@link io.orderflow.flow.CumulativeDelta} with a {@link io.orderflow.flow.DeltaReset}
 *   (FX day, UTC day, custom, never), {@link io.orderflow.flow.DeltaDivergence}.</li>
 *   <li><b>Footprint.</b> {@link io.orderflow.flow.Footprint} / {@link io.orderflow.flow.FootprintBar}
 *   (diagonal imbalances, stacked zones, absorption, exhaustion; rules in
 *   {@link io.orderflow.flow.FootprintSettings}), live zones in
 *   {@link io.orderflow.flow.ImbalanceZones}.</li>
 *   <li><b>Bar-level toxicity.</b> {@link io.orderflow.flow.BulkVolumeClassifier}
 *   (VPIN, which no command or strategy used, now lives with its tests in {@code src/test}).</li>
 *   <li><b>Everything at once.</b> {@link io.orderflow.flow.TradeFlow}: quote ticks or trades in,
 *   {@link io.orderflow.flow.FlowBar}s out — streaming (time bars or caller-defined bars) or batch
 *   over a bar range, one arithmetic.</li>
 * </ul>
 *
 * <p>Units: prices in integer points of the instrument, times in ms UTC, volumes in the proxy's
 * unit (millions of base currency for Dukascopy quoted sizes). Threading: every stateful type is
 * single-threaded by contract (JForex calls strategies and indicators on one thread); result
 * objects ({@code DeltaBar}, {@code FootprintBar}, {@code FlowBar}) are immutable. Per-event work
 * is O(1) and allocation-free. No JForex or ta4j types.
 */
package io.orderflow.flow;
