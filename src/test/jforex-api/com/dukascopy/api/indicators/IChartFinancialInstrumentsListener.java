/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api.indicators;

import com.dukascopy.api.instrument.IFinancialInstrument;

/** Deprecated chart instrument listener. Complete. */
@Deprecated
public interface IChartFinancialInstrumentsListener {

    void onInstrumentsChanged(IFinancialInstrument[] chartInstruments);
}
