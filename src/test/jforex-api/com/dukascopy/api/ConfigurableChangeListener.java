/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api;

import java.util.Map;

/** Listener to @Configurable changes during a run. Complete (a strategy may implement it). */
public interface ConfigurableChangeListener {

    /** Throw JFException to reject the new values. */
    void onConfigurableChange(Map<Configurable, Object> newValueMap) throws JFException;
}
