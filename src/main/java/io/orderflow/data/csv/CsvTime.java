package io.orderflow.data.csv;

/**
 * Parses the time column of Dukascopy CSV exports into ms UTC, straight from the line's bytes and
 * without allocation:
 * <ul>
 * <li>{@code yyyy.MM.dd HH:mm:ss[.SSS]} (JForex; {@code yyyy-MM-dd} also accepted);</li>
 * <li>{@code dd.MM.yyyy HH:mm:ss[.SSS]} (Dukascopy web export; {@code dd-MM-yyyy} also accepted);</li>
 * <li>either followed by {@code  GMT+hhmm}, {@code GMT-hh:mm} or {@code UTC...}: the time is local
 * at that offset and converted to UTC.</li>
 * </ul>
 * The year has four digits, so the two date orders cannot be confused. Fractions of a second have
 * one to three digits (more are accepted only when they are zeros). Not thread-safe (keeps the
 * last parse's offset flag).
 */
final class CsvTime {
    /** Returned for text that is not a valid time. */
    static final long INVALID = Long.MIN_VALUE;

    private boolean hadOffset;
    private int pos;

    /** True when the last successfully parsed time carried a GMT/UTC offset suffix. */
    boolean hadOffset() { return hadOffset; }

    /** Parses {@code b[from, to)}; returns ms UTC or {@link #INVALID}. */
    long parse(byte[] b, int from, int to) {
        hadOffset = false;
        pos = from;
        int n1Start = pos;
        int n1 = digits(b, to, 4);
        int len1 = pos - n1Start;
        if (len1 == 0 || pos >= to) return INVALID;
        byte dateSep = b[pos];
        if (dateSep != '.' && dateSep != '-') return INVALID;
        pos++;
        int month = digits(b, to, 2);
        if (month < 0 || pos >= to || b[pos] != dateSep) return INVALID;
        pos++;
        int n3Start = pos;
        int n3 = digits(b, to, 4);
        int len3 = pos - n3Start;
        int year;
        int day;
        if (len1 == 4 && len3 >= 1 && len3 <= 2) {
            year = n1;
            day = n3;
        } else if (len1 <= 2 && len3 == 4) {
            year = n3;
            day = n1;
        } else {
            return INVALID;
        }
        if (pos >= to || (b[pos] != ' ' && b[pos] != 'T')) return INVALID;
        pos++;
        int hour = digits(b, to, 2);
        if (hour < 0 || pos >= to || b[pos] != ':') return INVALID;
        pos++;
        int minute = digits(b, to, 2);
        if (minute < 0 || pos >= to || b[pos] != ':') return INVALID;
        pos++;
        int second = digits(b, to, 2);
        if (second < 0) return INVALID;
        int millis = 0;
        if (pos < to && b[pos] == '.') {
            pos++;
            int start = pos;
            while (pos < to && isDigit(b[pos])) {
                int k = pos - start;
                int d = b[pos] - '0';
                if (k < 3) {
                    millis = millis * 10 + d;
                } else if (d != 0) {
                    return INVALID;
                }
                pos++;
            }
            int k = pos - start;
            if (k == 0 || k > 9) return INVALID;
            for (; k < 3; k++) millis *= 10;
        }
        if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59
                || second > 59 || year < 1) {
            return INVALID;
        }
        long ms = ((daysFromCivil(year, month, day) * 24 + hour) * 60 + minute) * 60_000L + second * 1000L + millis;
        if (pos == to) return ms;
        // Optional zone suffix: " GMT+0200", " GMT-05:00", " UTC", "GMT" alone.
        while (pos < to && b[pos] == ' ') pos++;
        if (to - pos < 3) return INVALID;
        boolean gmt = (b[pos] == 'G' && b[pos + 1] == 'M' && b[pos + 2] == 'T')
                || (b[pos] == 'U' && b[pos + 1] == 'T' && b[pos + 2] == 'C');
        if (!gmt) return INVALID;
        pos += 3;
        hadOffset = true;
        if (pos == to) return ms;
        byte sign = b[pos];
        if (sign != '+' && sign != '-') return INVALID;
        pos++;
        int start = pos;
        int hh = digits(b, to, 2);
        if (hh < 0 || pos - start != 2) return INVALID;
        if (pos < to && b[pos] == ':') pos++;
        start = pos;
        int mm = digits(b, to, 2);
        if (mm < 0 || pos - start != 2 || pos != to || hh > 18 || mm > 59) return INVALID;
        long offsetMs = (hh * 60L + mm) * 60_000L;
        return sign == '+' ? ms - offsetMs : ms + offsetMs;
    }

    /** Reads 1..max digits at {@code pos}; returns the value or -1 when there is none. */
    private int digits(byte[] b, int to, int max) {
        int v = 0;
        int start = pos;
        while (pos < to && pos - start < max && isDigit(b[pos])) {
            v = v * 10 + (b[pos] - '0');
            pos++;
        }
        return pos == start ? -1 : v;
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }

    private static int daysInMonth(int year, int month) {
        switch (month) {
            case 2: return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4: case 6: case 9: case 11: return 30;
            default: return 31;
        }
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm). */
    static long daysFromCivil(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = (y >= 0 ? y : y - 399) / 400;
        int yoe = y - era * 400;
        int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097L + doe - 719468;
    }
}
