/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api.indicators;

import com.dukascopy.api.Instrument;

/** Chart instrument changes. Complete. */
public interface IChartInstrumentsListener {

    void onInstrumentsChanged(Instrument[] chartInstruments);
}
