/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api;

import java.util.TimeZone;

/** Time zone of custom periods and of bar aggregation (enum; constants with their Java zone ids). */
public enum JFTimeZone {
    LINT("Pacific/Kiritimati"),
    PHOT("Pacific/Enderbury"),
    MIT("MIT"),
    MHT("Pacific/Majuro"),
    NZ("NZ"),
    VLAT("Asia/Vladivostok"),
    AEST("Australia/Queensland"),
    AEDT("AET"),
    JST("JST"),
    CTT("CTT"),
    KRAT("Asia/Krasnoyarsk"),
    OMST("Asia/Omsk"),
    KGT("Asia/Bishkek"),
    IST("IST"),
    YEKT("Asia/Yekaterinburg"),
    AZT("Asia/Baku"),
    MSK("Europe/Moscow"),
    EAT("EAT"),
    EET("EET"),
    CAT("Africa/Maputo"),
    CET("CET"),
    WAT("Africa/Bangui"),
    WET("WET"),
    UTC("UTC"),
    EGT("America/Scoresbysund"),
    AZOT("Atlantic/Azores"),
    FNT("America/Noronha"),
    ART("AGT"),
    BRT("BET"),
    AST("PRT"),
    ADT("Canada/Atlantic"),
    EDT("EST5EDT"),
    EST("EST"),
    CDT("CST"),
    CST("America/Guatemala"),
    MDT("MST7MDT"),
    MST("MST"),
    PST("Pacific/Pitcairn"),
    PAST("PST"),
    AKST("US/Alaska"),
    GAMT("Pacific/Gambier"),
    HST("US/Hawaii"),
    HAST("US/Aleutian"),
    SST("Pacific/Samoa"),
    PACIFIC12("Etc/GMT+12");

    private final String tzJavaName;
    private final TimeZone timeZone;
    private final long standardOffset;
    private final long daylightOffset;

    JFTimeZone(String tzJavaName) {
        this.tzJavaName = tzJavaName;
        this.timeZone = TimeZone.getTimeZone(tzJavaName);
        this.standardOffset = timeZone.getRawOffset();
        this.daylightOffset = standardOffset + timeZone.getDSTSavings();
    }

    /** The zone with this Java id, UTC when there is none. */
    public static JFTimeZone getByJavaName(String tzJavaName) {
        if (tzJavaName != null) {
            for (JFTimeZone zone : values()) {
                if (zone.tzJavaName.equals(tzJavaName)) {
                    return zone;
                }
            }
        }
        return UTC;
    }

    public long getReversedStandardOffset() {
        return -standardOffset;
    }

    public long getReversedDaylightOffset() {
        return -daylightOffset;
    }

    public long getStandardOffset() {
        return standardOffset;
    }

    public long getDaylightOffset() {
        return daylightOffset;
    }

    public String getTzJavaName() {
        return tzJavaName;
    }

    public TimeZone getTimeZone() {
        return (TimeZone) timeZone.clone();
    }

    public String getName() {
        return timeZone.getDisplayName();
    }
}
