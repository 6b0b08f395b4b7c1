/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api.indicators;

import java.io.File;
import java.util.Collection;

import com.dukascopy.api.JFException;

/** The indicator registry seen from indicators. Complete (jforex-api.md 2.5). */
public interface IIndicatorsProvider {

    Collection<String> getGroups();

    Collection<String> getNames(String groupName);

    Collection<String> getAllNames();

    IIndicator getIndicator(String name, IIndicatorContext context);

    IIndicator getIndicator(String name);

    boolean isEnabledOnCharts(String indicatorName);

    String getTitle(String name);

    String registerUserIndicator(File compiledCustomIndicatorFile) throws JFException;

    void addIndicatorStopListener(IIndicator indicator, IStopListener stopListener);
}
