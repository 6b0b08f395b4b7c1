/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api.drawings;

/** Factory of chart objects; lives in package com.dukascopy.api.drawings. Kind only. */
public interface IChartObjectFactory {
}
