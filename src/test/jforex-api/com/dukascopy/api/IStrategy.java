/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api;

/** A strategy. Implemented by us: declared complete (jforex-api.md 3.1). */
public interface IStrategy extends IJFRunnable<IContext> {

    @Override
    void onStart(IContext context) throws JFException;

    void onTick(Instrument instrument, ITick tick) throws JFException;

    void onBar(Instrument instrument, Period period, IBar askBar, IBar bidBar) throws JFException;

    void onMessage(IMessage message) throws JFException;

    void onAccount(IAccount account) throws JFException;

    @Override
    void onStop() throws JFException;
}
