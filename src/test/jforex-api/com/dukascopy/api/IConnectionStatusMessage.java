/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api;

/** A CONNECTION_STATUS message (API 2.13.63 {@code IConnectionStatusMessage}): tells a connect from a disconnect. */
public interface IConnectionStatusMessage extends IMessage {

    /** True when the connection is established. */
    boolean isConnected();
}
