/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api;

import java.io.ObjectStreamException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Bar period. A final CLASS, not an enum (custom periods can be created): jforex-api.md 1 and 3.9.
 * Equality is by interval and time zone; TICK has interval -1 and no unit.
 */
public final class Period implements Comparable<Period>, Serializable {

    private static final long serialVersionUID = 1L;

    private static final List<Period> CUSTOM = new ArrayList<Period>();

    public static final Period TICK = new Period(0, "TICK", null, -1, JFTimeZone.UTC);
    public static final Period ONE_SEC = new Period(1, "ONE_SEC", Unit.Second, 1, JFTimeZone.UTC);
    public static final Period TWO_SECS = new Period(2, "TWO_SECS", Unit.Second, 2, JFTimeZone.UTC);
    public static final Period TEN_SECS = new Period(3, "TEN_SECS", Unit.Second, 10, JFTimeZone.UTC);
    public static final Period TWENTY_SECS = new Period(4, "TWENTY_SECS", Unit.Second, 20, JFTimeZone.UTC);
    public static final Period THIRTY_SECS = new Period(5, "THIRTY_SECS", Unit.Second, 30, JFTimeZone.UTC);
    public static final Period ONE_MIN = new Period(6, "ONE_MIN", Unit.Minute, 1, JFTimeZone.UTC);
    public static final Period FIVE_MINS = new Period(7, "FIVE_MINS", Unit.Minute, 5, JFTimeZone.UTC);
    public static final Period TEN_MINS = new Period(8, "TEN_MINS", Unit.Minute, 10, JFTimeZone.UTC);
    public static final Period FIFTEEN_MINS = new Period(9, "FIFTEEN_MINS", Unit.Minute, 15, JFTimeZone.UTC);
    public static final Period TWENTY_MINS = new Period(10, "TWENTY_MINS", Unit.Minute, 20, JFTimeZone.UTC);
    public static final Period THIRTY_MINS = new Period(11, "THIRTY_MINS", Unit.Minute, 30, JFTimeZone.UTC);
    public static final Period ONE_HOUR = new Period(12, "ONE_HOUR", Unit.Hour, 1, JFTimeZone.UTC);
    public static final Period FOUR_HOURS = new Period(13, "FOUR_HOURS", Unit.Hour, 4, JFTimeZone.UTC);
    public static final Period DAILY = new Period(14, "DAILY", Unit.Day, 1, JFTimeZone.UTC);
    @Deprecated
    public static final Period DAILY_SUNDAY_IN_MONDAY = new Period(14, "DAILY_SUNDAY_IN_MONDAY", Unit.Day, 1, JFTimeZone.UTC);
    @Deprecated
    public static final Period DAILY_SKIP_SUNDAY = new Period(14, "DAILY_SKIP_SUNDAY", Unit.Day, 1, JFTimeZone.UTC);
    public static final Period WEEKLY = new Period(15, "WEEKLY", Unit.Week, 1, JFTimeZone.UTC);
    public static final Period MONTHLY = new Period(16, "MONTHLY", Unit.Month, 1, JFTimeZone.UTC);
    @Deprecated
    public static final Period ONE_YEAR = new Period(17, "ONE_YEAR", Unit.Year, 1, JFTimeZone.UTC);
    /** Only a base period marker for price-aggregation feeds. */
    public static final Period INFINITY = new Period(19, "INFINITY", Unit.Year, Integer.MAX_VALUE, JFTimeZone.UTC);

    private static final Period[] PREDEFINED = {
        TICK, ONE_SEC, TWO_SECS, TEN_SECS, TWENTY_SECS, THIRTY_SECS, ONE_MIN, FIVE_MINS, TEN_MINS, FIFTEEN_MINS, TWENTY_MINS,
        THIRTY_MINS, ONE_HOUR, FOUR_HOURS, DAILY, WEEKLY, MONTHLY, ONE_YEAR
    };

    private static final Period[] BASIC = {TICK, ONE_MIN, ONE_HOUR, DAILY};

    /** @deprecated use {@link #getUnit()} */
    @Deprecated
    public final Unit unit;

    /** @deprecated use {@link #getNumOfUnits()} */
    @Deprecated
    public final int numOfUnits;

    /** @deprecated use {@link #getInterval()} */
    @Deprecated
    public final long interval;

    private final int ordinal;
    private final String name;
    private final JFTimeZone jfTimeZone;

    private Period(int ordinal, String name, Unit unit, int numOfUnits, JFTimeZone jfTimeZone) {
        this.ordinal = ordinal;
        this.name = name;
        this.unit = unit;
        this.numOfUnits = numOfUnits;
        this.jfTimeZone = jfTimeZone;
        if (unit == null) {
            this.interval = -1;
        } else if (unit == Unit.Year && numOfUnits == Integer.MAX_VALUE) {
            long day = Unit.Day.getInterval();
            this.interval = Long.MAX_VALUE - Long.MAX_VALUE % day;
        } else {
            this.interval = unit.getInterval() * numOfUnits;
        }
    }

    /** Unit, null for TICK. */
    public final Unit getUnit() {
        return unit;
    }

    /** Number of units, -1 for TICK. */
    public final int getNumOfUnits() {
        return numOfUnits;
    }

    /** Length in milliseconds, -1 for TICK (MONTHLY counts 30 days). */
    public final long getInterval() {
        return isTickBasedPeriod() ? -1 : interval;
    }

    public boolean isTickBasedPeriod() {
        return unit == null;
    }

    public JFTimeZone getJFTimeZone() {
        return jfTimeZone;
    }

    /** @deprecated standard offset of the period's time zone */
    @Deprecated
    public long getShift() {
        return jfTimeZone.getStandardOffset();
    }

    public int ordinal() {
        return ordinal;
    }

    /** Constant name, null for custom periods. */
    public String name() {
        return name;
    }

    public boolean isSmallerThan(Period period) {
        return period != null && getInterval() < period.getInterval();
    }

    @Override
    public final boolean equals(Object other) {
        if (!(other instanceof Period)) {
            return false;
        }
        Period that = (Period) other;
        if (isInfinity(this) && isInfinity(that)) {
            return true;
        }
        return getInterval() == that.getInterval() && jfTimeZone == that.jfTimeZone;
    }

    @Override
    public final int hashCode() {
        return (int) (interval + jfTimeZone.getReversedStandardOffset() + jfTimeZone.getReversedDaylightOffset());
    }

    /** Orders by interval, like the real class (not by ordinal). */
    @Override
    public final int compareTo(Period another) {
        return Long.compare(interval, another.interval);
    }

    /** Periods cannot be cloned. */
    @Override
    public final Object clone() throws CloneNotSupportedException {
        throw new CloneNotSupportedException();
    }

    /** "Ticks", "Daily", "Hourly", ..., otherwise e.g. "5 Mins", "1 Min", "4 Hours". */
    @Override
    public final String toString() {
        if (isInfinity(this)) {
            return "INFINITY";
        }
        if (isTickBasedPeriod()) {
            return "Ticks";
        }
        if (numOfUnits == 1) {
            switch (unit) {
                case Millisecond:
                    return "Milliseconds";
                case Hour:
                    return "Hourly";
                case Day:
                    return "Daily";
                case Week:
                    return "Weekly";
                case Month:
                    return "Monthly";
                case Year:
                    return "Yearly";
                default:
                    break;
            }
        }
        return numOfUnits + " " + unit.getCompactDescription() + (numOfUnits > 1 ? "s" : "");
    }

    /** The predefined period with this constant name; IllegalArgumentException otherwise. */
    public static Period valueOf(String name) {
        if (name == null) {
            throw new NullPointerException("Name is null");
        }
        for (Period period : PREDEFINED) {
            if (period.name.equals(name)) {
                return period;
            }
        }
        if (DAILY_SKIP_SUNDAY.name.equals(name)) {
            return DAILY_SKIP_SUNDAY;
        }
        if (DAILY_SUNDAY_IN_MONDAY.name.equals(name)) {
            return DAILY_SUNDAY_IN_MONDAY;
        }
        if (INFINITY.name.equals(name)) {
            return INFINITY;
        }
        throw new IllegalArgumentException("No enum const Period." + name);
    }

    /** The predefined periods TICK .. ONE_YEAR (without the DAILY variants and INFINITY). */
    public static Period[] values() {
        return PREDEFINED.clone();
    }

    /** TICK, ONE_MIN, ONE_HOUR, DAILY. */
    public static Period[] valuesForIndicator() {
        return BASIC.clone();
    }

    public static Period createCustomPeriod(Unit unit, int unitsCount) {
        return createCustomPeriod(unit, unitsCount, JFTimeZone.UTC);
    }

    @Deprecated
    public static Period createCustomPeriod(String name, Unit unit, int unitsCount) {
        return createCustomPeriod(unit, unitsCount);
    }

    /**
     * A custom period; a predefined one when it matches. IllegalArgumentException for a non-zero zone offset with
     * periods up to one hour, for a count below 1 and for periods not compliant with DAILY.
     */
    public static Period createCustomPeriod(Unit unit, int unitsCount, JFTimeZone jfTimeZone) {
        JFTimeZone zone = jfTimeZone == null || unit == null ? JFTimeZone.UTC : jfTimeZone;
        if (unit == null && unitsCount == -1) {
            return TICK;
        }
        if (unit == null) {
            throw new IllegalArgumentException("Unsupported Unit - null");
        }
        if (!isTimeZoneValid(unit, unitsCount, zone)) {
            throw new IllegalArgumentException("JFTimeZone " + zone + " is not appropriate for " + unitsCount + " " + unit);
        }
        if (unitsCount <= 0) {
            throw new IllegalArgumentException("Number of units should be greater than 0");
        }
        if (unit == Unit.Year && unitsCount == Integer.MAX_VALUE) {
            return INFINITY;
        }
        long newInterval = unit.getInterval() * unitsCount;
        for (Period period : PREDEFINED) {
            if (period.unit == unit && period.interval == newInterval && period.jfTimeZone == zone) {
                return period;
            }
        }
        synchronized (CUSTOM) {
            for (Period period : CUSTOM) {
                if (period.unit == unit && period.interval == newInterval && period.jfTimeZone == zone) {
                    return period;
                }
            }
            Period period = new Period(-1, null, unit, unitsCount, zone);
            if (!isPeriodCompliant(period)) {
                throw new IllegalArgumentException("Period " + unitsCount + " " + unit + " is not compliant to " + getCompliancyPeriod());
            }
            CUSTOM.add(period);
            return period;
        }
    }

    /** True when the period divides, or is a multiple of, DAILY (every Year period is compliant). */
    public static boolean isPeriodCompliant(Period period) {
        if (period.getUnit() == Unit.Year) {
            return true;
        }
        long etalon = getCompliancyPeriod().getInterval();
        long length = period.getInterval();
        return etalon > length ? etalon % length == 0 : length % etalon == 0;
    }

    public static Period getCompliancyPeriod() {
        return DAILY;
    }

    /** The basic period (TICK, ONE_MIN, ONE_HOUR, DAILY) equal to this one, or null. */
    public static Period isPeriodBasic(Period period) {
        return isPeriodBasic(period, false);
    }

    public static Period isPeriodBasic(Period period, boolean ignoreTimeZone) {
        for (Period basic : BASIC) {
            if (basic.unit == period.unit && basic.numOfUnits == period.numOfUnits
                    && (ignoreTimeZone || basic.jfTimeZone == period.jfTimeZone)) {
                return basic;
            }
        }
        return null;
    }

    /** The largest basic period that divides the given one. */
    public static Period getBasicPeriodForCustom(Period period) {
        if (period == null) {
            return null;
        }
        if (TICK.equals(period)) {
            return period;
        }
        Period result = TICK;
        for (Period basic : BASIC) {
            if (!basic.isTickBasedPeriod() && basic.getInterval() <= period.getInterval()
                    && period.getInterval() % basic.getInterval() == 0 && basic.getInterval() > result.getInterval()) {
                result = basic;
            }
        }
        return result;
    }

    /** False when a non-UTC zone is used with a period of one hour or less. */
    public static boolean isTimeZoneValid(Unit unit, int numOfUnits, JFTimeZone timeZone) {
        if (timeZone.getReversedStandardOffset() != 0 || timeZone.getReversedDaylightOffset() != 0) {
            if (unit == null) {
                return false;
            }
            return Unit.Hour.getInterval() < unit.getInterval() * numOfUnits;
        }
        return true;
    }

    public static boolean canHaveNonZeroOffset(Period period) {
        return period != null && period.compareTo(ONE_HOUR) > 0;
    }

    public static boolean isInfinity(Period period) {
        return period != null && "INFINITY".equalsIgnoreCase(period.name) && period.unit == Unit.Year
                && period.numOfUnits >= Integer.MAX_VALUE / 2;
    }

    public static Period noDailyFilterPeriod(Period period) {
        return period == DAILY_SKIP_SUNDAY || period == DAILY_SUNDAY_IN_MONDAY ? DAILY : period;
    }

    public static Period dailyFilterPeriod(Period period) {
        return period == DAILY || period == DAILY_SKIP_SUNDAY || period == DAILY_SUNDAY_IN_MONDAY ? period : null;
    }

    public static List<Period> generateCompliantPeriods(Unit unit, int maxUnitCount) {
        return generateCompliantPeriods(unit, 1, maxUnitCount);
    }

    public static List<Period> generateCompliantPeriods(Unit unit, int startUnitCount, int maxUnitCount) {
        List<Period> periods = new ArrayList<Period>();
        for (int i = startUnitCount; i <= maxUnitCount; i++) {
            try {
                periods.add(createCustomPeriod(unit, i));
            } catch (IllegalArgumentException notCompliant) {
                // skipped, like the real method
            }
        }
        return periods;
    }

    private Object readResolve() throws ObjectStreamException {
        for (Period period : PREDEFINED) {
            if (period.equals(this)) {
                return period;
            }
        }
        if (isInfinity(this)) {
            return INFINITY;
        }
        return unit == null ? TICK : createCustomPeriod(unit, numOfUnits, jfTimeZone);
    }
}
