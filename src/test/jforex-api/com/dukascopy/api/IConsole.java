/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api;

import java.io.PrintStream;

/** The platform's Messages table. Complete (jforex-api.md 3.8). */
public interface IConsole {

    PrintStream getOut();

    PrintStream getErr();

    PrintStream getWarn();

    PrintStream getInfo();

    PrintStream getNotif();

    void setMaxMessages(int maxNumber);
}
