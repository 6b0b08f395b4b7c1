package io.orderflow.market;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * When an instrument is expected to quote, used to tell a data gap from a market closure.
 *
 * <p>FX, metals and index CFDs: the FX week (Sunday 17:00 to Friday 17:00 New York) except
 * holidays given as UTC month-days (default 25 December and 1 January, when Dukascopy's feed is
 * thin or absent). Crypto: always. Thread-safe (immutable).
 */
public final class MarketHours {
    /** The FX week with the default holidays. */
    public static final MarketHours FX = new MarketHours(false, defaultHolidays());
    /** Always open (crypto). */
    public static final MarketHours ALWAYS = new MarketHours(true, Collections.<MonthDay>emptySet());

    private final boolean always;
    private final Set<MonthDay> holidays;

    public MarketHours(boolean always, Set<MonthDay> holidays) {
        this.always = always;
        this.holidays = Collections.unmodifiableSet(new HashSet<>(holidays));
    }

    private static Set<MonthDay> defaultHolidays() {
        Set<MonthDay> s = new HashSet<>();
        s.add(MonthDay.of(12, 25));
        s.add(MonthDay.of(1, 1));
        return s;
    }

    /** Hours for an asset class. */
    public static MarketHours of(AssetClass assetClass) {
        return assetClass == AssetClass.CRYPTO ? ALWAYS : FX;
    }

    /** True when quotes are expected at {@code timeMs}. */
    public boolean isOpen(long timeMs) {
        if (always) return true;
        if (!SessionAnchor.FX_NEW_YORK.isWeekdaySession(timeMs)) return false;
        LocalDate utcDate = Instant.ofEpochMilli(timeMs).atZone(ZoneOffset.UTC).toLocalDate();
        return !holidays.contains(MonthDay.from(utcDate));
    }

    /** True when quotes are expected during the whole of {@code [fromMs, toMs)}. */
    public boolean isOpenThroughout(long fromMs, long toMs) {
        return isOpen(fromMs) && isOpen(toMs - 1);
    }
}
