/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api;

import javax.swing.JFrame;
import javax.swing.JPanel;

/** Tabs and frame of the desktop platform. Complete. */
public interface IUserInterface {

    JPanel getBottomTab(String key);

    void removeBottomTab(String key);

    JPanel getMainTab(String key);

    void removeMainTab(String key);

    JPanel getLeftTab(String key);

    void removeLeftTab(String key);

    JFrame getMainFrame();
}
