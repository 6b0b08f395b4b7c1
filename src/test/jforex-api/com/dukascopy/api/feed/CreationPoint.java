/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api.feed;

/** Price of a session bar that line-break/renko/kagi bars are built from. */
public enum CreationPoint {
    OPEN, CLOSE, HIGH, LOW, H_L_2, O_C_2;

    public static RenkoCreationPoint convertToRenkoCreationPoint(CreationPoint creationPoint) {
        return creationPoint == null ? null : RenkoCreationPoint.valueOf(creationPoint.name());
    }
}
