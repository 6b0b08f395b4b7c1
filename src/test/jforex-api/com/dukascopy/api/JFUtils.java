/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api;

/** Utility methods (conversion, e-mail, ...). Kind only. */
public interface JFUtils {
}
