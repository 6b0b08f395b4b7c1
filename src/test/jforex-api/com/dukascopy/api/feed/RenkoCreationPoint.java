/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api.feed;

/** Twin of CreationPoint used by the deprecated renko accessors of IFeedDescriptor. */
public enum RenkoCreationPoint {
    OPEN, CLOSE, HIGH, LOW, H_L_2, O_C_2;

    public static CreationPoint convertToCreationPoint(RenkoCreationPoint renkoCreationPoint) {
        return renkoCreationPoint == null ? null : CreationPoint.valueOf(renkoCreationPoint.name());
    }
}
