package io.orderflow.strategy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.orderflow.market.SessionAnchor;
import io.orderflow.market.Tick;
import io.orderflow.profile.ValueAreaMethod;
import io.orderflow.strategy.config.AggressorRule;
import io.orderflow.strategy.config.ParameterTable;
import io.orderflow.strategy.config.QuoteVolume;
import io.orderflow.strategy.config.StrategyConfig;
import io.orderflow.strategy.readings.OrderFlowSnapshot;
import io.orderflow.strategy.readings.ZoneKind;

/**
 * A slow, obviously-correct recomputation of every order-flow reading the engine's default source
 * ({@code ProjectOrderFlowSource} over {@code io.orderflow.flow}, {@code profile} and {@code book})
 * reports per bar, from the full tick list and the definitions in the calculators' documentation:
 * no state machines, no hashing, sessions straight from {@code java.time}, histograms in
 * {@code TreeMap}s, each tick's side by looking back for the last different mid, zones by checking
 * every later tick. It shares no code with {@code src/main} beyond the market types, the
 * configuration and the enums.
 *
 * <p>Definitions (the calculators' documented ones): sides — mid tick rule (mid up = buy, down =
 * sell, unchanged = the side of the last change; nothing before the first change), quote-change
 * rule, BVC per bar (Φ(ΔP/σ), σ the volume-weighted deviation of the last N bars' changes); volume —
 * tick count, change in quoted size, top-of-book size; price — ask for a buy, bid for a sell, floor
 * mid otherwise.
 */
public final class SlowReadings {
    /** One bar's expected readings, plus what the tests want to know about coverage. */
    public static final class Result {
        public final List<long[]> bars = new ArrayList<>();      // {start, end, firstTick, lastTick}
        public double[] delta, ofi, imbalance, deltaZ, ofiZ, cumDelta, slope;
        public long[] cdSession, poc, val, vah;
        public boolean[] ready;
        public long[][] hvnAbove, hvnBelow;
        public ZoneKind[] aboveKind, belowKind;
        public long[] aboveLow, aboveHigh, belowLow, belowHigh;
        public int[] absorption, exhaustion, divergence;
        /** Stacked zones dropped because the capacity was reached; naked POCs touched; zones broken. */
        public int zonesDropped, nakedTouched, zonesBroken, zonesFormed;

        public int size() { return bars.size(); }
    }

    private SlowReadings() {
    }

    // ------------------------------------------------------------------ sessions, from java.time

    /** Start (ms UTC) of the session of an anchor at {@code time} in {@code zone} containing {@code t}. */
    static long sessionStart(long t, ZoneId zone, LocalTime time) {
        ZonedDateTime z = Instant.ofEpochMilli(t).atZone(zone);
        ZonedDateTime c = z.toLocalDate().atTime(time).atZone(zone);
        if (c.toInstant().toEpochMilli() > t) c = z.toLocalDate().minusDays(1).atTime(time).atZone(zone);
        return c.toInstant().toEpochMilli();
    }

    /** End (exclusive, ms UTC) of the session starting at {@code start}: the next day's anchor time. */
    static long sessionEnd(long start, ZoneId zone, LocalTime time) {
        LocalDate d = Instant.ofEpochMilli(start).atZone(zone).toLocalDate();
        return d.plusDays(1).atTime(time).atZone(zone).toInstant().toEpochMilli();
    }

    // ------------------------------------------------------------------ per tick

    static int sign(double x) {
        return x > 0 ? 1 : x < 0 ? -1 : 0;
    }

    static int[] sides(List<Tick> q, AggressorRule rule) {
        int n = q.size();
        int[] s = new int[n];
        for (int i = 0; i < n; i++) {
            Tick b = q.get(i);
            switch (rule) {
                case MID_TICK_RULE -> {
                    for (int j = i - 1; j >= 0; j--) {
                        long m = q.get(j).midTimes2();
                        if (m != b.midTimes2()) {
                            s[i] = b.midTimes2() > m ? 1 : -1;
                            break;
                        }
                    }
                }
                case QUOTE_CHANGE -> {
                    if (i == 0) continue;
                    Tick a = q.get(i - 1);
                    if (a.ask() == b.ask() && a.bid() == b.bid()) {
                        s[i] = sign((b.bidVolume() - a.bidVolume()) - (b.askVolume() - a.askVolume()));
                    } else {
                        int up = (b.ask() > a.ask() ? 1 : 0) + (b.bid() > a.bid() ? 1 : 0);
                        int down = (b.ask() < a.ask() ? 1 : 0) + (b.bid() < a.bid() ? 1 : 0);
                        s[i] = up > down ? 1 : down > up ? -1 : Long.signum(b.midTimes2() - a.midTimes2());
                    }
                }
                default -> s[i] = 0; // BVC: nothing per tick
            }
        }
        return s;
    }

    static double volume(List<Tick> q, int i, QuoteVolume v) {
        Tick b = q.get(i);
        switch (v) {
            case TICK_COUNT:
                return 1;
            case TOP_OF_BOOK_SIZE:
                return b.askVolume() + b.bidVolume();
            default: {
                if (i == 0) return 0;
                Tick a = q.get(i - 1);
                double bidPart = b.bid() == a.bid() ? b.bidVolume() - a.bidVolume()
                        : b.bid() > a.bid() ? b.bidVolume() : -a.bidVolume();
                double askPart = b.ask() == a.ask() ? b.askVolume() - a.askVolume()
                        : b.ask() < a.ask() ? b.askVolume() : -a.askVolume();
                return Math.abs(bidPart) + Math.abs(askPart);
            }
        }
    }

    /** Cont–Kukanov–Stoikov contribution of tick {@code i} against tick {@code i − 1} (0 for the first). */
    static double ofi(List<Tick> q, int i) {
        if (i == 0) return 0;
        Tick a = q.get(i - 1);
        Tick b = q.get(i);
        double bid = (b.bid() >= a.bid() ? b.bidVolume() : 0) - (b.bid() <= a.bid() ? a.bidVolume() : 0);
        double ask = (a.ask() <= b.ask() ? a.askVolume() : 0) - (b.ask() <= a.ask() ? b.askVolume() : 0);
        return bid + ask;
    }

    /** Standard normal CDF by its Taylor series. */
    static double phi(double x) {
        if (x > 12) return 1;
        if (x < -12) return 0;
        double term = x;
        double sum = x;
        for (int n = 1; n < 3000; n++) {
            term *= x * x / (2 * n + 1);
            sum += term;
            if (Math.abs(term) < 1e-17 * Math.abs(sum)) break;
        }
        return 0.5 + Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI) * sum;
    }

    // ------------------------------------------------------------------ the readings

    /** Every reading of every non-empty time bar of {@code ticks}, as the engine's source defines it. */
    public static Result compute(List<Tick> ticks, StrategyConfig c) {
        AggressorRule rule = c.enumValue(ParameterTable.OF_AGGRESSOR_RULE, AggressorRule.class);
        QuoteVolume proxy = c.enumValue(ParameterTable.OF_VOLUME_PROXY, QuoteVolume.class);
        boolean bvc = rule == AggressorRule.BVC;
        int bvcWindow = c.intValue(ParameterTable.OF_BVC_WINDOW_BARS);
        SessionAnchor cdAnchor = c.cumulativeDeltaReset().anchor();
        SessionAnchor pAnchor = c.sessionAnchor();
        long period = c.barPeriodMs();
        int zw = c.intValue(ParameterTable.OF_Z_WINDOW);
        int slopeBars = c.intValue(ParameterTable.OF_CUM_DELTA_SLOPE_BARS);
        long rp = Math.round(c.doubleValue(ParameterTable.OF_PROFILE_ROW_PIPS) * c.instrument().pointsPerPip());
        int fpSetting = c.intValue(ParameterTable.OF_FOOTPRINT_ROW_POINTS);
        long frp = fpSetting > 0 ? fpSetting : rp;
        double share = c.doubleValue(ParameterTable.OF_VALUE_AREA_PERCENT) / 100.0;
        ValueAreaMethod vaMethod = c.enumValue(ParameterTable.OF_VALUE_AREA_METHOD, ValueAreaMethod.class);
        int smoothing = c.intValue(ParameterTable.OF_HVN_SMOOTHING_ROWS);
        int radius = c.intValue(ParameterTable.OF_HVN_RADIUS_ROWS);
        double hvnFactor = c.doubleValue(ParameterTable.OF_HVN_MEAN_FACTOR);
        long maxAgeMs = c.intValue(ParameterTable.OF_ZONE_MAX_AGE_BARS) * period;
        int capacity = c.intValue(ParameterTable.OF_MAX_ZONES);
        int divBars = c.intValue(ParameterTable.OF_DIVERGENCE_BARS);
        Footprints.Rules fpRules = new Footprints.Rules(frp, c.doubleValue(ParameterTable.OF_IMBALANCE_RATIO),
                c.doubleValue(ParameterTable.OF_IMBALANCE_MIN_VOLUME), c.booleanValue(ParameterTable.OF_IGNORE_ZERO),
                c.intValue(ParameterTable.OF_STACKED_COUNT), c.intValue(ParameterTable.OF_ABSORPTION_EXTREME_ROWS),
                c.doubleValue(ParameterTable.OF_ABSORPTION_FACTOR), c.doubleValue(ParameterTable.OF_EXHAUSTION_FACTOR));

        int n = ticks.size();
        int[] side = sides(ticks, rule);
        double[] vol = new double[n];
        long[] price = new long[n];
        for (int i = 0; i < n; i++) {
            Tick t = ticks.get(i);
            vol[i] = volume(ticks, i, proxy);
            price[i] = side[i] > 0 ? t.ask() : side[i] < 0 ? t.bid() : Math.floorDiv(t.midTimes2(), 2);
        }

        Result r = new Result();
        for (int i = 0; i < n; i++) {
            long start = Math.floorDiv(ticks.get(i).timeMs(), period) * period;
            if (r.bars.isEmpty() || r.bars.get(r.bars.size() - 1)[0] != start) {
                r.bars.add(new long[] {start, start + period, i, i});
            } else {
                r.bars.get(r.bars.size() - 1)[3] = i;
            }
        }
        int nb = r.size();
        r.delta = new double[nb];
        r.ofi = new double[nb];
        r.imbalance = new double[nb];
        r.deltaZ = new double[nb];
        r.ofiZ = new double[nb];
        r.cumDelta = new double[nb];
        r.slope = new double[nb];
        r.cdSession = new long[nb];
        r.poc = new long[nb];
        r.val = new long[nb];
        r.vah = new long[nb];
        r.ready = new boolean[nb];
        r.hvnAbove = new long[nb][];
        r.hvnBelow = new long[nb][];
        r.aboveKind = new ZoneKind[nb];
        r.belowKind = new ZoneKind[nb];
        r.aboveLow = new long[nb];
        r.aboveHigh = new long[nb];
        r.belowLow = new long[nb];
        r.belowHigh = new long[nb];
        r.absorption = new int[nb];
        r.exhaustion = new int[nb];
        r.divergence = new int[nb];

        // ---- delta per bar (BVC: split at the close), OFI, queue imbalance
        List<double[]> bvcWindowBars = new ArrayList<>(); // {change, volume}
        long[] barHigh = new long[nb];
        long[] barLow = new long[nb];
        for (int b = 0; b < nb; b++) {
            int a = (int) r.bars.get(b)[2];
            int z = (int) r.bars.get(b)[3];
            double buy = 0, sell = 0, uncl = 0, e = 0, imb = 0;
            int depthTicks = 0;
            long hi = Long.MIN_VALUE, lo = Long.MAX_VALUE;
            for (int i = a; i <= z; i++) {
                if (side[i] > 0) buy += vol[i];
                else if (side[i] < 0) sell += vol[i];
                else uncl += vol[i];
                e += ofi(ticks, i);
                Tick t = ticks.get(i);
                if (t.bidVolume() + t.askVolume() > 0) {
                    imb += (t.bidVolume() - t.askVolume()) / (t.bidVolume() + t.askVolume());
                    depthTicks++;
                }
                hi = Math.max(hi, price[i]);
                lo = Math.min(lo, price[i]);
            }
            barHigh[b] = hi;
            barLow[b] = lo;
            if (bvc) {
                double change = price[z] - (b > 0 ? price[(int) r.bars.get(b - 1)[3]] : price[a]);
                if (uncl > 0) {
                    bvcWindowBars.add(new double[] {change, uncl});
                    if (bvcWindowBars.size() > bvcWindow) bvcWindowBars.remove(0);
                }
                double w = 0, m = 0;
                for (double[] x : bvcWindowBars) {
                    w += x[1];
                    m += x[1] * x[0];
                }
                m /= w;
                double var = 0;
                for (double[] x : bvcWindowBars) var += x[1] * (x[0] - m) * (x[0] - m);
                double sigma = Math.sqrt(var / w);
                if (sigma > 0) {
                    buy = uncl * phi(change / sigma);
                    sell = uncl - buy;
                } else {
                    buy = 0;
                    sell = 0;
                }
            }
            r.delta[b] = buy - sell;
            r.ofi[b] = e;
            r.imbalance[b] = depthTicks == 0 ? 0 : imb / depthTicks;
        }

        // ---- cumulative delta: the signed volumes (BVC: bar deltas) since the last reset
        long[] cdSessionOfTick = new long[n];
        for (int i = 0; i < n; i++) {
            cdSessionOfTick[i] = cdAnchor == null ? 0
                    : sessionStart(ticks.get(i).timeMs(), cdAnchor.zone(), cdAnchor.time());
        }
        // after each tick: the sum of the signed volumes of the earlier ticks of its session, and its own
        double[] cdAfter = new double[n];
        for (int i = 0; i < n; i++) {
            double before = i > 0 && cdSessionOfTick[i - 1] == cdSessionOfTick[i] ? cdAfter[i - 1] : 0;
            cdAfter[i] = before + side[i] * vol[i];
        }
        for (int b = 0; b < nb; b++) {
            int z = (int) r.bars.get(b)[3];
            long sess = cdSessionOfTick[z];
            double cd = cdAfter[z];
            if (bvc) {
                // a BVC bar's delta counts at its close, in the session of its last tick
                cd = 0;
                for (int k = 0; k <= b; k++) {
                    if (cdSessionOfTick[(int) r.bars.get(k)[3]] == sess) cd += r.delta[k];
                }
            }
            r.cumDelta[b] = cd;
            r.cdSession[b] = cdAnchor == null ? Long.MIN_VALUE : sess;
        }
        for (int b = 0; b < nb; b++) {
            r.deltaZ[b] = SlowReference.z(r.delta, b, zw);
            r.ofiZ[b] = SlowReference.z(r.ofi, b, zw);
            r.ready[b] = b >= zw;
            r.slope[b] = SlowReference.slope(r.cumDelta, r.cdSession, b, slopeBars, r.delta[b]);
        }

        // ---- divergence over the bar list: S = running sum of bar deltas
        double[] sums = new double[nb];
        double s = 0;
        for (int b = 0; b < nb; b++) {
            s += r.delta[b];
            sums[b] = s;
        }
        for (int b = divBars; b < nb; b++) {
            long maxHigh = Long.MIN_VALUE, minLow = Long.MAX_VALUE;
            double maxSum = Double.NEGATIVE_INFINITY, minSum = Double.POSITIVE_INFINITY;
            for (int k = b - divBars; k < b; k++) {
                maxHigh = Math.max(maxHigh, barHigh[k]);
                minLow = Math.min(minLow, barLow[k]);
                maxSum = Math.max(maxSum, sums[k]);
                minSum = Math.min(minSum, sums[k]);
            }
            if (barHigh[b] > maxHigh && sums[b] < maxSum) r.divergence[b] = -1;
            else if (barLow[b] < minLow && sums[b] > minSum) r.divergence[b] = 1;
        }

        // ---- walk the ticks: session profile, naked POCs, last session, stacked zones
        TreeMap<Long, double[]> profile = new TreeMap<>(); // row -> {sell, unclassified, buy}
        long profileSession = Long.MIN_VALUE;
        List<long[]> naked = new ArrayList<>();             // {row, sessionEnd}, oldest first
        boolean continuous = false;
        long previousRow = 0;
        long[] lastSession = null;                          // {vahRow, valRow, sessionEnd}
        List<long[]> zones = new ArrayList<>();             // {kind, low, highEdge, created}, oldest first
        for (int b = 0; b < nb; b++) {
            int a = (int) r.bars.get(b)[2];
            int z = (int) r.bars.get(b)[3];
            long end = r.bars.get(b)[1];
            for (int i = a; i <= z; i++) {
                long t = ticks.get(i).timeMs();
                long sess = sessionStart(t, pAnchor.zone(), pAnchor.time());
                if (sess != profileSession) {
                    if (!profile.isEmpty()) {
                        long[] va = valueArea(totals(profile), share, vaMethod);
                        long sessionEnd = sessionEnd(profileSession, pAnchor.zone(), pAnchor.time());
                        lastSession = new long[] {va[2], va[1], sessionEnd};
                        if (naked.size() == 64) naked.remove(0);
                        naked.add(new long[] {va[0], sessionEnd});
                        continuous = false;
                    }
                    profile.clear();
                    profileSession = sess;
                }
                long row = Math.floorDiv(price[i], rp);
                profile.computeIfAbsent(row, k -> new double[3])[side[i] + 1] += vol[i];
                // naked POCs: the first price after a level was added touches it only by landing in its row
                for (int k = naked.size() - 1; k >= 0; k--) {
                    long level = naked.get(k)[0];
                    boolean touched = continuous
                            ? Math.min(previousRow, row) <= level && level <= Math.max(previousRow, row)
                            : level == row;
                    if (touched) {
                        naked.remove(k);
                        r.nakedTouched++;
                    }
                }
                continuous = true;
                previousRow = row;
                // stacked zones die when price trades through them
                for (int k = zones.size() - 1; k >= 0; k--) {
                    long[] zn = zones.get(k);
                    if (zn[0] > 0 ? price[i] < zn[1] : price[i] >= zn[2]) {
                        zones.remove(k);
                        r.zonesBroken++;
                    }
                }
            }
            // the bar's footprint: imbalances, stacks, absorption, exhaustion
            Footprints.Bar fp = Footprints.of(price, vol, side, a, z, fpRules);
            for (long[] zn : fp.zones()) {
                if (zones.size() == capacity) {
                    zones.remove(0);
                    r.zonesDropped++;
                }
                zones.add(new long[] {zn[0], zn[1], zn[2], end});
                r.zonesFormed++;
            }
            r.absorption[b] = fp.absLow() == fp.absHigh() ? 0 : fp.absLow() ? 1 : -1;
            r.exhaustion[b] = fp.exLow() == fp.exHigh() ? 0 : fp.exLow() ? 1 : -1;

            // profile readings at the close
            TreeMap<Long, Double> tot = totals(profile);
            long[] va = valueArea(tot, share, vaMethod);
            long half = rp / 2;
            r.poc[b] = va[0] * rp + half;
            r.val[b] = va[1] * rp + half;
            r.vah[b] = va[2] * rp + half;
            Tick last = ticks.get(z);
            long close = Math.floorDiv(last.bid() + last.ask(), 2);
            List<Long> nodes = highVolumeNodes(tot, smoothing, radius, hvnFactor);
            List<Long> up = new ArrayList<>();
            List<Long> down = new ArrayList<>();
            for (long node : nodes) {
                if (node * rp > close && up.size() < OrderFlowSnapshot.MAX_LEVELS) up.add(node * rp + half);
            }
            for (int k = nodes.size() - 1; k >= 0; k--) {
                long node = nodes.get(k);
                if ((node + 1) * rp <= close && down.size() < OrderFlowSnapshot.MAX_LEVELS) down.add(node * rp + half);
            }
            r.hvnAbove[b] = up.stream().mapToLong(Long::longValue).toArray();
            r.hvnBelow[b] = down.stream().mapToLong(Long::longValue).toArray();

            // nearest levels: stacked zones, naked POCs, the last session's value-area edges
            long oldest = end - maxAgeMs;
            List<Object[]> levels = new ArrayList<>(); // {kind, low, high}, in tie order
            for (long[] zn : zones) {
                if (zn[3] >= oldest) {
                    levels.add(new Object[] {zn[0] > 0 ? ZoneKind.STACKED_BUY_IMBALANCE : ZoneKind.STACKED_SELL_IMBALANCE,
                            zn[1], zn[2]});
                }
            }
            for (long[] lv : naked) {
                if (lv[1] >= oldest) levels.add(new Object[] {ZoneKind.NAKED_POC, lv[0] * rp, (lv[0] + 1) * rp});
            }
            if (lastSession != null && lastSession[2] >= oldest) {
                levels.add(new Object[] {ZoneKind.PRIOR_VALUE_HIGH, lastSession[0] * rp, (lastSession[0] + 1) * rp});
                levels.add(new Object[] {ZoneKind.PRIOR_VALUE_LOW, lastSession[1] * rp, (lastSession[1] + 1) * rp});
            }
            r.aboveKind[b] = ZoneKind.NONE;
            r.belowKind[b] = ZoneKind.NONE;
            for (Object[] lv : levels) {
                long low = (Long) lv[1];
                long high = (Long) lv[2];
                if ((low + high) / 2.0 > close) {
                    if (r.aboveKind[b] == ZoneKind.NONE || low < r.aboveLow[b]) {
                        r.aboveKind[b] = (ZoneKind) lv[0];
                        r.aboveLow[b] = low;
                        r.aboveHigh[b] = high;
                    }
                } else if (r.belowKind[b] == ZoneKind.NONE || high > r.belowHigh[b]) {
                    r.belowKind[b] = (ZoneKind) lv[0];
                    r.belowLow[b] = low;
                    r.belowHigh[b] = high;
                }
            }
        }
        return r;
    }

    /** Row totals: per row sell + unclassified + buy. */
    static TreeMap<Long, Double> totals(TreeMap<Long, double[]> rows) {
        TreeMap<Long, Double> t = new TreeMap<>();
        for (Map.Entry<Long, double[]> en : rows.entrySet()) {
            double[] x = en.getValue();
            t.put(en.getKey(), x[0] + x[1] + x[2]);
        }
        return t;
    }

    /**
     * {POC row, VAL row, VAH row} over the rows from the lowest to the highest occupied one (empty rows
     * count 0): POC the most volume, ties to the row nearest the middle, then the lower; grown one row
     * (ties up) or two rows (ties down) at a time toward the larger side until it holds the share.
     */
    static long[] valueArea(TreeMap<Long, Double> hist, double share, ValueAreaMethod method) {
        long lo = hist.firstKey();
        long hi = hist.lastKey();
        double total = 0;
        for (long r = lo; r <= hi; r++) total += hist.getOrDefault(r, 0.0);
        long poc = lo;
        for (long r = lo; r <= hi; r++) {
            double v = hist.getOrDefault(r, 0.0);
            double best = hist.getOrDefault(poc, 0.0);
            if (v > best || (v == best && Math.abs(2 * r - (lo + hi)) < Math.abs(2 * poc - (lo + hi)))) poc = r;
        }
        boolean two = method == ValueAreaMethod.TWO_ROWS;
        int step = two ? 2 : 1;
        long val = poc;
        long vah = poc;
        double inside = hist.getOrDefault(poc, 0.0);
        while (inside < share * total && (val > lo || vah < hi)) {
            long upTo = Math.min(hi, vah + step);
            long downTo = Math.max(lo, val - step);
            double up = 0;
            for (long r = vah + 1; r <= upTo; r++) up += hist.getOrDefault(r, 0.0);
            double down = 0;
            for (long r = val - 1; r >= downTo; r--) down += hist.getOrDefault(r, 0.0);
            boolean goUp = val == lo || (vah < hi && (up > down || (up == down && !two)));
            if (goUp) {
                vah = upTo;
                inside += up;
            } else {
                val = downTo;
                inside += down;
            }
        }
        return new long[] {poc, val, vah};
    }

    /**
     * High-volume node rows, ascending: over the rows from the lowest to the highest occupied one,
     * smoothed by a centred mean of {@code smoothing} rows (cut at the edges), a row whose smoothed
     * value is the largest within {@code radius} rows, strictly above the row below it, positive and
     * at least {@code factor} times the mean smoothed value.
     */
    static List<Long> highVolumeNodes(TreeMap<Long, Double> hist, int smoothing, int radius, double factor) {
        long lo = hist.firstKey();
        int rows = (int) (hist.lastKey() - lo + 1);
        double[] v = new double[rows];
        for (int i = 0; i < rows; i++) v[i] = hist.getOrDefault(lo + i, 0.0);
        double[] sm = new double[rows];
        int half = smoothing / 2;
        double mean = 0;
        for (int i = 0; i < rows; i++) {
            int a = Math.max(0, i - half);
            int b = Math.min(rows - 1, i + half);
            double sum = 0;
            for (int j = a; j <= b; j++) sum += v[j];
            sm[i] = sum / (b - a + 1);
            mean += sm[i];
        }
        mean /= rows;
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            boolean largest = true;
            for (int j = Math.max(0, i - radius); j <= Math.min(rows - 1, i + radius); j++) {
                if (sm[j] > sm[i]) largest = false;
            }
            if (largest && (i == 0 || sm[i] > sm[i - 1]) && sm[i] > 0 && sm[i] >= factor * mean) out.add(lo + i);
        }
        return out;
    }

    /** One bar's footprint by its definition (rows in a TreeMap, neighbours by lookup). */
    static final class Footprints {
        record Rules(long rowPoints, double ratio, double minVolume, boolean ignoreZeros, int stacked, int extremeRows,
                     double absorptionFactor, double exhaustionFactor) {
        }

        /** zones: {kind (+1 support, −1 resistance), low, highEdge}, supports first, each ascending. */
        record Bar(List<long[]> zones, boolean absHigh, boolean absLow, boolean exHigh, boolean exLow) {
        }

        static boolean imbalance(double dominant, double opposite, Rules s) {
            if (!(dominant > 0) || dominant < s.minVolume()) return false;
            if (opposite <= 0) return !s.ignoreZeros();
            return dominant >= s.ratio() * opposite;
        }

        static Bar of(long[] price, double[] vol, int[] side, int a, int z, Rules s) {
            long rp = s.rowPoints();
            TreeMap<Long, double[]> rows = new TreeMap<>(); // {sell, unclassified, buy}
            for (int i = a; i <= z; i++) {
                rows.computeIfAbsent(Math.floorDiv(price[i], rp), k -> new double[3])[side[i] + 1] += vol[i];
            }
            List<Long> keys = new ArrayList<>(rows.keySet());
            int m = keys.size();
            List<long[]> zones = new ArrayList<>();
            for (int kind : new int[] {1, -1}) {
                boolean[] flag = new boolean[m];
                for (int i = 0; i < m; i++) {
                    double[] cell = rows.get(keys.get(i));
                    if (kind > 0) {
                        double[] below = rows.get(keys.get(i) - 1);
                        flag[i] = imbalance(cell[2], below == null ? 0 : below[0], s);
                    } else {
                        double[] above = rows.get(keys.get(i) + 1);
                        flag[i] = imbalance(cell[0], above == null ? 0 : above[2], s);
                    }
                }
                int i = 0;
                while (i < m) {
                    if (!flag[i]) {
                        i++;
                        continue;
                    }
                    int j = i;
                    while (j + 1 < m && flag[j + 1] && keys.get(j + 1) == keys.get(j) + 1) j++;
                    if (j - i + 1 >= s.stacked()) zones.add(new long[] {kind, keys.get(i) * rp, (keys.get(j) + 1) * rp});
                    i = j + 1;
                }
            }
            double total = 0;
            for (double[] x : rows.values()) total += x[0] + x[1] + x[2];
            double mean = total / m;
            long lowKey = keys.get(0);
            long highKey = keys.get(m - 1);
            long closeKey = Math.floorDiv(price[z], rp);
            int e = s.extremeRows();
            boolean absHigh = false, absLow = false;
            if (highKey - lowKey + 1 > e) {
                double topBuy = 0, bottomSell = 0;
                for (Map.Entry<Long, double[]> en : rows.entrySet()) {
                    if (en.getKey() > highKey - e) topBuy += en.getValue()[2];
                    if (en.getKey() < lowKey + e) bottomSell += en.getValue()[0];
                }
                double heavy = s.absorptionFactor() * e * mean;
                absHigh = topBuy > 0 && topBuy >= heavy && closeKey <= highKey - e;
                absLow = bottomSell > 0 && bottomSell >= heavy && closeKey >= lowKey + e;
            }
            boolean exHigh = false, exLow = false;
            if (highKey - lowKey + 1 >= 3) {
                double thin = s.exhaustionFactor() * mean;
                double[] top = rows.get(highKey);
                double[] belowTop = rows.get(highKey - 1);
                exHigh = top[2] <= thin && top[2] < (belowTop == null ? 0 : belowTop[2]);
                double[] bottom = rows.get(lowKey);
                double[] aboveBottom = rows.get(lowKey + 1);
                exLow = bottom[0] <= thin && bottom[0] < (aboveBottom == null ? 0 : aboveBottom[0]);
            }
            return new Bar(zones, absHigh, absLow, exHigh, exLow);
        }
    }
}
