/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api;

/**
 * Time units of periods (enum). Month is 30 days; Year is (long) (365.24 days), as the Period javadoc
 * of the real API states for MONTHLY and ONE_YEAR.
 */
public enum Unit {
    Millisecond(1L, "MilliSec"),
    Second(1000L, "Sec"),
    Minute(60L * 1000L, "Min"),
    Hour(60L * 60L * 1000L, "Hour"),
    Day(24L * 60L * 60L * 1000L, "Day"),
    Week(7L * 24L * 60L * 60L * 1000L, "Week"),
    Month(30L * 24L * 60L * 60L * 1000L, "Month"),
    Year((long) (365.24 * 24 * 60 * 60 * 1000L), "Year");

    private final long interval;
    private final String compactDescription;

    Unit(long interval, String compactDescription) {
        this.interval = interval;
        this.compactDescription = compactDescription;
    }

    /** Length of the unit in milliseconds. */
    public final long getInterval() {
        return interval;
    }

    /** Short name used in period names such as "5 Mins". */
    public String getCompactDescription() {
        return compactDescription;
    }
}
