/**
 * Order-flow readings as the strategy engine sees them: an
 * {@link io.orderflow.strategy.readings.OrderFlowSource} is fed every tick and, once per closed bar,
 * fills an {@link io.orderflow.strategy.readings.OrderFlowSnapshot} (delta, cumulative delta, OFI,
 * their z-scores, value area, POC, imbalance and volume zones ...). The default source,
 * {@link io.orderflow.strategy.readings.ProjectOrderFlowSource}, combines {@code flow.TradeFlow}
 * (side inference, delta, footprint, session profile) and {@code book.OrderFlowImbalance} /
 * {@code book.QueueImbalance}; {@link io.orderflow.strategy.readings.RollingZScore} normalises.
 *
 * <p>Units: prices and distances in integer points, volumes in the configured proxy's unit, times in
 * ms UTC. Threading: single-threaded (the strategy thread); the snapshot is a mutable flyweight owned
 * by the engine. Per tick O(1), allocation-free.
 *
 * <p>Dependencies: {@code market}, {@code flow}, {@code profile}, {@code book},
 * {@code strategy.config}. This is the one place where the strategy reaches into the calculators.
 */
package io.orderflow.strategy.readings;
