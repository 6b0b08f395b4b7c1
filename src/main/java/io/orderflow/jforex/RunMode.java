package io.orderflow.jforex;

import java.util.Locale;

/** Where the strategy runs, as JForex's {@code IEngine.Type} says: the Historical Tester, a demo or a live account. */
public enum RunMode {
    /** The Historical Tester. */
    TEST,
    /** A demo account. */
    DEMO,
    /** A live (real money) account. */
    LIVE;

    /** The mode named {@code name} ({@code IEngine.Type.name()}); unknown names are treated as LIVE, the careful choice. */
    public static RunMode of(String name) {
        if (name == null) return LIVE;
        String n = name.trim().toUpperCase(Locale.ROOT);
        for (RunMode m : values()) {
            if (m.name().equals(n)) return m;
        }
        return LIVE;
    }

    /** True for DEMO and LIVE: real time, real connection, possibly real depth. */
    public boolean isRealTime() {
        return this != TEST;
    }
}
