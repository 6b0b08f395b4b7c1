/**
 * Volume at price: {@link io.orderflow.profile.VolumeProfile} (rows of N points over a primitive
 * open-addressing map, {@link io.orderflow.profile.PriceRowIndex}) with the point of control, the
 * {@link io.orderflow.profile.ValueArea} under both growth conventions
 * ({@link io.orderflow.profile.ValueAreaMethod}) and high/low-volume nodes
 * ({@link io.orderflow.profile.VolumeNodes}); over a session
 * ({@link io.orderflow.profile.SessionVolumeProfile}, with {@link io.orderflow.profile.NakedPocs} of
 * earlier sessions), a rolling window ({@link io.orderflow.profile.RollingVolumeProfile}) or a fixed
 * range ({@link io.orderflow.profile.FixedRangeVolumeProfile}).
 *
 * <p>Units: prices in integer points (a row is reported by its low edge), times in ms UTC, volumes
 * in the caller's unit. Threading: stateful types are single-threaded by contract; results
 * ({@code ValueArea}, {@code VolumeNodes}, {@code SessionSummary}) are immutable. Adding volume is
 * O(1) and allocation-free; POC, value area and nodes are computed on demand in O(rows). No JForex
 * or ta4j types.
 */
package io.orderflow.profile;
