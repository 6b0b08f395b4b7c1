/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api;

/** A (partial) close of an order. */
public interface ICloseOrder extends IPartialOrder {

    @Override
    long getTime();

    @Override
    double getPrice();

    @Override
    double getAmount();
}
