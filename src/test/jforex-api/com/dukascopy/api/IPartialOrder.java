/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api;

/** A partial fill or close of an order. */
public interface IPartialOrder extends Comparable<IPartialOrder> {

    long getTime();

    double getPrice();

    double getAmount();
}
