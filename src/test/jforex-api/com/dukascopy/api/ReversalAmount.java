/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api;

/** P&F reversal amount (a final class). Kind and the accessor only. */
public final class ReversalAmount implements Comparable<ReversalAmount> {

    private final int amount;

    private ReversalAmount(int amount) {
        this.amount = amount;
    }

    public int getAmount() {
        return amount;
    }

    @Override
    public int compareTo(ReversalAmount other) {
        return Integer.compare(amount, other.amount);
    }
}
