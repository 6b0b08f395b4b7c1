/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api;

/** A (partial) fill of an order. */
public interface IFillOrder extends IPartialOrder {

    @Override
    long getTime();

    @Override
    double getPrice();

    @Override
    double getAmount();
}
