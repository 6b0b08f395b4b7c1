/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api;

/** A graphical object on a chart. Kind only: no member is declared (the real constants are inlined Strings). */
public interface IChartObject {
}
