/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api;

/** Client information of an account. Kind only; no members are used. */
public interface IClientInfo {
}
