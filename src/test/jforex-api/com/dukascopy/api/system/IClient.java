/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api.system;

/** The SDK client (implementation in DDS2-jClient-JForex). Kind only: no member is declared. */
public interface IClient {
}
