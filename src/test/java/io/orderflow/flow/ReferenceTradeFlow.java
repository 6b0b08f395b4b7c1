package io.orderflow.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.orderflow.market.SessionAnchor;
import io.orderflow.profile.ValueAreaMethod;

/**
 * A slow, obviously correct recomputation of everything {@link TradeFlow} produces, from the full
 * list of events: no state machines, no hashing, no incremental updates. Each quantity is computed
 * from its definition (reference §b.4, §a.3, §b.9 and the Javadoc of the main classes) by looking
 * at the whole list again. Used by the differential tests.
 */
final class ReferenceTradeFlow {
    private ReferenceTradeFlow() {
    }

    /** A quote tick. */
    record Quote(long t, long ask, long bid, double askSize, double bidSize) {
    }

    /** A trade with the quote prevailing when it printed ({@link TradeClassifier#NO_QUOTE} if none). */
    record Print(long t, long price, double size, int trueSide, long bid, long ask) {
    }

    /** A classified flow event. */
    record Event(long t, long price, double volume, int side) {
    }

    /** What to compute. */
    record Config(AggressorMethod method, VolumeProxy proxy, QuotePrice quotePrice, SessionAnchor cdAnchor,
                  FootprintSettings footprint, SessionAnchor profileAnchor, long profileRowPoints, double vaShare,
                  ValueAreaMethod vaMethod, int divergenceLookback, int bvcWindow, long barMs) {
    }

    record Zone(int kind, long low, long highEdge, int rows, long createdMs) {
    }

    record Footprint(long[] rows, double[] buy, double[] sell, double[] total, boolean[] buyImb, boolean[] sellImb,
                     List<Zone> zones, long poc, boolean absHigh, boolean absLow, boolean exHigh, boolean exLow) {
    }

    record ValueArea(long poc, long val, long vah, double volume, double total) {
    }

    record Bar(long start, long end, long open, long high, long low, long close, double buy, double sell,
               double unclassified, double maxDelta, double minDelta, int events, double cd, double cdHigh,
               double cdLow, boolean anchored, Footprint footprint, ValueArea va, int divergence, int firstEvent,
               int lastEvent) {
        double delta() { return buy - sell; }
    }

    record Result(List<Event> events, List<Bar> bars, List<Zone> aliveZones, List<long[]> nakedPocs) {
    }

    // ------------------------------------------------------------------ classification

    static int sign(double x) {
        return x > 0 ? 1 : x < 0 ? -1 : 0;
    }

    /** Tick rule by its definition: the sign against the last earlier value different from this one. */
    static int tickRule(long[] values, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (values[j] != values[i]) return values[i] > values[j] ? 1 : -1;
        }
        return 0;
    }

    static int[] classifyQuotes(List<Quote> q, AggressorMethod m) {
        int n = q.size();
        int[] sides = new int[n];
        if (m == AggressorMethod.BVC) return sides;
        long[] mids2 = new long[n];
        for (int i = 0; i < n; i++) mids2[i] = q.get(i).ask() + q.get(i).bid();
        for (int i = 0; i < n; i++) {
            if (m == AggressorMethod.MID_TICK_RULE) {
                sides[i] = tickRule(mids2, i);
            } else if (m == AggressorMethod.QUOTE_CHANGE) {
                if (i == 0) continue;
                Quote a = q.get(i - 1);
                Quote b = q.get(i);
                boolean askSame = a.ask() == b.ask();
                boolean bidSame = a.bid() == b.bid();
                if (askSame && bidSame) {
                    // ask queue shrinking or bid queue growing = buying pressure
                    sides[i] = sign((b.bidSize() - a.bidSize()) - (b.askSize() - a.askSize()));
                } else {
                    int up = (b.ask() > a.ask() ? 1 : 0) + (b.bid() > a.bid() ? 1 : 0);
                    int down = (b.ask() < a.ask() ? 1 : 0) + (b.bid() < a.bid() ? 1 : 0);
                    if (up > down) sides[i] = 1;
                    else if (down > up) sides[i] = -1;
                    else sides[i] = Long.signum(mids2[i] - mids2[i - 1]);
                }
            } else {
                throw new IllegalArgumentException(m.toString());
            }
        }
        return sides;
    }

    static int[] classifyTrades(List<Print> p, AggressorMethod m) {
        int n = p.size();
        int[] sides = new int[n];
        long[] prices = new long[n];
        for (int i = 0; i < n; i++) prices[i] = p.get(i).price();
        for (int i = 0; i < n; i++) {
            Print t = p.get(i);
            boolean quoted = t.bid() != TradeClassifier.NO_QUOTE && t.ask() != TradeClassifier.NO_QUOTE
                    && t.ask() > t.bid();
            int quote = 0;
            if (quoted) {
                double mid = (t.bid() + t.ask()) / 2.0;
                quote = t.price() > mid ? 1 : t.price() < mid ? -1 : 0;
            }
            switch (m) {
                case TICK_RULE -> sides[i] = tickRule(prices, i);
                case QUOTE_RULE -> sides[i] = quote;
                case LEE_READY -> sides[i] = quote != 0 ? quote : tickRule(prices, i);
                case EMO -> {
                    if (quoted && t.price() == t.ask()) sides[i] = 1;
                    else if (quoted && t.price() == t.bid()) sides[i] = -1;
                    else sides[i] = tickRule(prices, i);
                }
                case TRUE_SIDE -> sides[i] = t.trueSide();
                case BVC -> sides[i] = 0;
                default -> throw new IllegalArgumentException(m.toString());
            }
        }
        return sides;
    }

    static double quoteVolume(List<Quote> q, int i, VolumeProxy proxy) {
        Quote b = q.get(i);
        switch (proxy) {
            case TICK_COUNT:
                return 1;
            case TOP_OF_BOOK_SIZE:
                return b.askSize() + b.bidSize();
            case QUOTED_SIZE_CHANGE: {
                if (i == 0) return 0;
                Quote a = q.get(i - 1);
                double bidPart;
                if (b.bid() == a.bid()) bidPart = b.bidSize() - a.bidSize();
                else if (b.bid() > a.bid()) bidPart = b.bidSize();
                else bidPart = -a.bidSize();
                double askPart;
                if (b.ask() == a.ask()) askPart = a.askSize() - b.askSize();
                else if (b.ask() < a.ask()) askPart = -b.askSize();
                else askPart = a.askSize();
                return Math.abs(bidPart) + Math.abs(askPart);
            }
            default:
                throw new IllegalArgumentException(proxy.toString());
        }
    }

    static long quotePrice(QuotePrice qp, int side, Quote q) {
        long mid = Math.floorDiv(q.ask() + q.bid(), 2);
        return switch (qp) {
            case AGGRESSOR_SIDE -> side > 0 ? q.ask() : side < 0 ? q.bid() : mid;
            case BID -> q.bid();
            case ASK -> q.ask();
            case MID -> mid;
        };
    }

    static List<Event> quoteEvents(List<Quote> q, Config c) {
        int[] sides = classifyQuotes(q, c.method());
        List<Event> out = new ArrayList<>(q.size());
        for (int i = 0; i < q.size(); i++) {
            out.add(new Event(q.get(i).t(), quotePrice(c.quotePrice(), sides[i], q.get(i)),
                    quoteVolume(q, i, c.proxy()), sides[i]));
        }
        return out;
    }

    static List<Event> tradeEvents(List<Print> p, Config c) {
        int[] sides = classifyTrades(p, c.method());
        List<Event> out = new ArrayList<>(p.size());
        for (int i = 0; i < p.size(); i++) {
            double v = c.proxy() == VolumeProxy.TICK_COUNT ? 1 : p.get(i).size();
            out.add(new Event(p.get(i).t(), p.get(i).price(), v, sides[i]));
        }
        return out;
    }

    // ------------------------------------------------------------------ bars

    static long session(SessionAnchor a, long t) {
        return a == null ? 0 : a.sessionStart(t);
    }

    /** Standard normal CDF by its Taylor series (independent of the rational approximation in main). */
    static double phi(double x) {
        if (x > 12) return 1;
        if (x < -12) return 0;
        double term = x;
        double sum = x;
        for (int n = 1; n < 2000; n++) {
            term *= x * x / (2 * n + 1);
            sum += term;
            if (Math.abs(term) < 1e-17 * Math.abs(sum)) break;
        }
        return 0.5 + Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI) * sum;
    }

    static Result compute(List<Event> ev, Config c) {
        int n = ev.size();
        // group events into time bars (bars without events do not exist)
        List<int[]> groups = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long start = Math.floorDiv(ev.get(i).t(), c.barMs()) * c.barMs();
            if (groups.isEmpty() || start != Math.floorDiv(ev.get(groups.get(groups.size() - 1)[0]).t(), c.barMs())
                    * c.barMs()) {
                groups.add(new int[] {i, i});
            } else {
                groups.get(groups.size() - 1)[1] = i;
            }
        }
        boolean bvc = c.method() == AggressorMethod.BVC;
        long firstSession = n == 0 ? 0 : session(c.cdAnchor(), ev.get(0).t());

        // per-bar split for BVC: shares from the bar list itself
        double[] barBuy = new double[groups.size()];
        double[] barSell = new double[groups.size()];
        double[] barUncl = new double[groups.size()];
        boolean[] bvcClassified = new boolean[groups.size()];
        List<double[]> window = new ArrayList<>(); // {change, volume}
        long prevClose = 0;
        boolean hasPrevClose = false;
        for (int g = 0; g < groups.size(); g++) {
            int a = groups.get(g)[0];
            int b = groups.get(g)[1];
            for (int i = a; i <= b; i++) {
                Event e = ev.get(i);
                if (e.side() > 0) barBuy[g] += e.volume();
                else if (e.side() < 0) barSell[g] += e.volume();
                else barUncl[g] += e.volume();
            }
            if (bvc) {
                double v = barUncl[g];
                long close = ev.get(b).price();
                double change = close - (hasPrevClose ? prevClose : ev.get(a).price());
                if (v > 0) {
                    window.add(new double[] {change, v});
                    if (window.size() > c.bvcWindow()) window.remove(0);
                }
                double w = 0;
                double mean = 0;
                for (double[] x : window) {
                    w += x[1];
                    mean += x[1] * x[0];
                }
                mean /= w;
                double var = 0;
                for (double[] x : window) var += x[1] * (x[0] - mean) * (x[0] - mean);
                double sigma = Math.sqrt(var / w);
                if (sigma > 0) {
                    double share = phi(change / sigma);
                    barBuy[g] = v * share;
                    barSell[g] = v - barBuy[g];
                    barUncl[g] = 0;
                    bvcClassified[g] = true;
                }
                prevClose = close;
                hasPrevClose = true;
            }
        }

        // session of every event, straight from the anchor (no tracker)
        long[] cdSession = new long[n];
        long[] profileSession = new long[n];
        for (int i = 0; i < n; i++) {
            cdSession[i] = session(c.cdAnchor(), ev.get(i).t());
            profileSession[i] = c.profileAnchor() == null ? 0 : c.profileAnchor().sessionStart(ev.get(i).t());
        }
        // cumulative delta after each event = sum of the signed volumes so far in the event's session
        double[] cdAt = new double[n];
        boolean[] anchoredAt = new boolean[n];
        Map<Long, Double> sumBySession = new java.util.HashMap<>();
        int barOfEvent = 0;
        for (int i = 0; i < n; i++) {
            anchoredAt[i] = cdSession[i] != firstSession;
            if (!bvc) {
                sumBySession.merge(cdSession[i], (double) ev.get(i).side() * ev.get(i).volume(), Double::sum);
            } else {
                // a BVC bar's delta lands in the session of its last event when the bar closes
                while (groups.get(barOfEvent)[1] < i) {
                    int done = barOfEvent++;
                    int last = groups.get(done)[1];
                    if (bvcClassified[done]) {
                        sumBySession.merge(cdSession[last], barBuy[done] - barSell[done], Double::sum);
                    }
                }
            }
            cdAt[i] = sumBySession.getOrDefault(cdSession[i], 0.0);
        }
        Map<Long, Double> bvcSums = new java.util.HashMap<>();

        TreeMap<Long, double[]> profileSides = new TreeMap<>();
        long profileHistSession = Long.MIN_VALUE;
        List<Bar> bars = new ArrayList<>();
        List<Zone> allZones = new ArrayList<>();
        List<Integer> zoneFrom = new ArrayList<>();
        double divSum = 0;
        for (int g = 0; g < groups.size(); g++) {
            int a = groups.get(g)[0];
            int b = groups.get(g)[1];
            long start = Math.floorDiv(ev.get(a).t(), c.barMs()) * c.barMs();
            long end = start + c.barMs();
            long open = ev.get(a).price();
            long close = ev.get(b).price();
            long high = Long.MIN_VALUE;
            long low = Long.MAX_VALUE;
            double running = 0;
            double max = Double.NEGATIVE_INFINITY;
            double min = Double.POSITIVE_INFINITY;
            double cdHigh = Double.NEGATIVE_INFINITY;
            double cdLow = Double.POSITIVE_INFINITY;
            for (int i = a; i <= b; i++) {
                Event e = ev.get(i);
                high = Math.max(high, e.price());
                low = Math.min(low, e.price());
                if (!bvc) running += e.side() * e.volume();
                max = Math.max(max, running);
                min = Math.min(min, running);
                cdHigh = Math.max(cdHigh, cdAt[i]);
                cdLow = Math.min(cdLow, cdAt[i]);
            }
            double cd = cdAt[b];
            if (bvc && bvcClassified[g]) {
                max = barBuy[g] - barSell[g];
                min = max;
                bvcSums.merge(cdSession[b], barBuy[g] - barSell[g], Double::sum);
                cd = bvcSums.get(cdSession[b]);
                cdHigh = cd;
                cdLow = cd;
            }
            Footprint fp = c.footprint() == null ? null : footprint(ev, a, b, c.footprint(), end);
            if (fp != null) {
                for (Zone z : fp.zones()) {
                    allZones.add(z);
                    zoneFrom.add(b + 1);
                }
            }
            ValueArea va = null;
            if (c.profileAnchor() != null) {
                // histogram of the session's events so far (events up to this bar's last one)
                for (int i = a; i <= b; i++) {
                    if (profileHistSession != profileSession[i]) {
                        profileSides.clear();
                        profileHistSession = profileSession[i];
                    }
                    double[] cell = profileSides.computeIfAbsent(
                            Math.floorDiv(ev.get(i).price(), c.profileRowPoints()), k -> new double[3]);
                    cell[ev.get(i).side() + 1] += ev.get(i).volume();
                }
                TreeMap<Long, Double> profileHist = new TreeMap<>();
                for (var en : profileSides.entrySet()) {
                    double[] x = en.getValue();
                    profileHist.put(en.getKey(), x[0] + x[1] + x[2]);
                }
                va = valueArea(profileHist, profileHist.firstKey(), profileHist.lastKey(), c.profileRowPoints(),
                        c.vaShare(), c.vaMethod(), c.vaMethod().defaultTie());
            }
            double delta = barBuy[g] - barSell[g];
            divSum += delta;
            bars.add(new Bar(start, end, open, high, low, close, barBuy[g], barSell[g], barUncl[g], max, min, b - a + 1,
                    cd, cdHigh, cdLow, anchoredAt[b], fp, va, 0, a, b));
        }
        // divergence over the bar list
        if (c.divergenceLookback() > 0) {
            double[] sums = new double[bars.size()];
            double s = 0;
            for (int i = 0; i < bars.size(); i++) {
                s += bars.get(i).delta();
                sums[i] = s;
            }
            for (int i = c.divergenceLookback(); i < bars.size(); i++) {
                long maxHigh = Long.MIN_VALUE;
                long minLow = Long.MAX_VALUE;
                double maxSum = Double.NEGATIVE_INFINITY;
                double minSum = Double.POSITIVE_INFINITY;
                for (int k = i - c.divergenceLookback(); k < i; k++) {
                    maxHigh = Math.max(maxHigh, bars.get(k).high());
                    minLow = Math.min(minLow, bars.get(k).low());
                    maxSum = Math.max(maxSum, sums[k]);
                    minSum = Math.min(minSum, sums[k]);
                }
                Bar x = bars.get(i);
                int d = 0;
                if (x.high() > maxHigh && sums[i] < maxSum) d = -1;
                else if (x.low() < minLow && sums[i] > minSum) d = 1;
                if (d != 0) {
                    bars.set(i, new Bar(x.start(), x.end(), x.open(), x.high(), x.low(), x.close(), x.buy(), x.sell(),
                            x.unclassified(), x.maxDelta(), x.minDelta(), x.events(), x.cd(), x.cdHigh(), x.cdLow(),
                            x.anchored(), x.footprint(), x.va(), d, x.firstEvent(), x.lastEvent()));
                }
            }
        }
        // zones alive at the end: never traded through by a later event
        List<Zone> alive = new ArrayList<>();
        for (int k = 0; k < allZones.size(); k++) {
            Zone z = allZones.get(k);
            boolean broken = false;
            for (int i = zoneFrom.get(k); i < n && !broken; i++) {
                long p = ev.get(i).price();
                broken = z.kind() > 0 ? p < z.low() : p >= z.highEdge();
            }
            if (!broken) alive.add(z);
        }
        List<long[]> naked = c.profileAnchor() == null ? List.of() : nakedPocs(ev, c);
        return new Result(ev, bars, alive, naked);
    }

    static Footprint footprint(List<Event> ev, int a, int b, FootprintSettings s, long endMs) {
        long rp = s.rowPoints();
        // per row {buy, sell, unclassified}; a row's total is sell + unclassified + buy
        TreeMap<Long, double[]> rows = new TreeMap<>();
        for (int i = a; i <= b; i++) {
            Event e = ev.get(i);
            double[] r = rows.computeIfAbsent(Math.floorDiv(e.price(), rp), k -> new double[3]);
            if (e.side() > 0) r[0] += e.volume();
            else if (e.side() < 0) r[1] += e.volume();
            else r[2] += e.volume();
        }
        int m = rows.size();
        long[] keys = new long[m];
        double[] buy = new double[m];
        double[] sell = new double[m];
        double[] total = new double[m];
        int k = 0;
        for (Map.Entry<Long, double[]> en : rows.entrySet()) {
            keys[k] = en.getKey();
            buy[k] = en.getValue()[0];
            sell[k] = en.getValue()[1];
            total[k] = en.getValue()[1] + en.getValue()[2] + en.getValue()[0];
            k++;
        }
        boolean[] bi = new boolean[m];
        boolean[] si = new boolean[m];
        for (int i = 0; i < m; i++) {
            double[] below = rows.get(keys[i] - 1);
            double[] above = rows.get(keys[i] + 1);
            bi[i] = imbalance(buy[i], below == null ? 0 : below[1], s);
            si[i] = imbalance(sell[i], above == null ? 0 : above[0], s);
        }
        List<Zone> zones = new ArrayList<>();
        for (int kind : new int[] {1, -1}) {
            boolean[] f = kind > 0 ? bi : si;
            int i = 0;
            while (i < m) {
                if (!f[i]) {
                    i++;
                    continue;
                }
                int j = i;
                while (j + 1 < m && f[j + 1] && keys[j + 1] == keys[j] + 1) j++;
                if (j - i + 1 >= s.stackedRows()) zones.add(new Zone(kind, keys[i] * rp, (keys[j] + 1) * rp, j - i + 1, endMs));
                i = j + 1;
            }
        }
        // POC: most volume; ties closest to the middle of the row range, then the lower
        long mid2 = keys[0] + keys[m - 1];
        int poc = 0;
        for (int i = 1; i < m; i++) {
            if (total[i] > total[poc]
                    || (total[i] == total[poc] && Math.abs(2 * keys[i] - mid2) < Math.abs(2 * keys[poc] - mid2))) {
                poc = i;
            }
        }
        double sum = 0;
        for (double t : total) sum += t;
        double mean = sum / m;
        long lowKey = keys[0];
        long highKey = keys[m - 1];
        long closeKey = Math.floorDiv(ev.get(b).price(), rp);
        int e = s.extremeRows();
        boolean absHigh = false;
        boolean absLow = false;
        if (highKey - lowKey + 1 > e) {
            double topBuy = 0;
            double bottomSell = 0;
            for (var en : rows.entrySet()) {
                if (en.getKey() > highKey - e) topBuy += en.getValue()[0];
                if (en.getKey() < lowKey + e) bottomSell += en.getValue()[1];
            }
            double heavy = s.absorptionFactor() * e * mean;
            absHigh = topBuy > 0 && topBuy >= heavy && closeKey <= highKey - e;
            absLow = bottomSell > 0 && bottomSell >= heavy && closeKey >= lowKey + e;
        }
        boolean exHigh = false;
        boolean exLow = false;
        if (highKey - lowKey + 1 >= 3) {
            double thin = s.exhaustionFactor() * mean;
            double[] top = rows.get(highKey);
            double[] belowTop = rows.get(highKey - 1);
            exHigh = top[0] <= thin && top[0] < (belowTop == null ? 0 : belowTop[0]);
            double[] bottom = rows.get(lowKey);
            double[] aboveBottom = rows.get(lowKey + 1);
            exLow = bottom[1] <= thin && bottom[1] < (aboveBottom == null ? 0 : aboveBottom[1]);
        }
        return new Footprint(keys, buy, sell, total, bi, si, zones, keys[poc] * rp, absHigh, absLow, exHigh, exLow);
    }

    static boolean imbalance(double a, double b, FootprintSettings s) {
        if (a <= 0 || a < s.minImbalanceVolume()) return false;
        if (b == 0) return !s.ignoreZeros();
        return a >= s.imbalanceRatio() * b;
    }

    /** Value area of a list of events by the definition, rows including empty ones between. */
    static ValueArea valueArea(List<Event> ev, long rp, double share, ValueAreaMethod method, ValueAreaMethod.Tie tie) {
        if (ev.isEmpty()) return null;
        TreeMap<Long, Double> hist = histogram(ev, rp);
        long lo = hist.firstKey();
        long hi = hist.lastKey();
        return valueArea(hist, lo, hi, rp, share, method, tie);
    }

    /** Row totals of a list of events: per row sell + unclassified + buy, each summed in event order. */
    static TreeMap<Long, Double> histogram(List<Event> ev, long rp) {
        TreeMap<Long, double[]> sides = new TreeMap<>();
        for (Event e : ev) sides.computeIfAbsent(Math.floorDiv(e.price(), rp), k -> new double[3])[e.side() + 1] += e.volume();
        TreeMap<Long, Double> hist = new TreeMap<>();
        for (var en : sides.entrySet()) hist.put(en.getKey(), en.getValue()[0] + en.getValue()[1] + en.getValue()[2]);
        return hist;
    }

    static ValueArea valueArea(TreeMap<Long, Double> hist, long lo, long hi, long rp, double share,
                               ValueAreaMethod method, ValueAreaMethod.Tie tie) {
        double total = 0;
        for (double v : hist.values()) total += v;
        long poc = lo;
        for (long r = lo; r <= hi; r++) {
            double v = hist.getOrDefault(r, 0.0);
            double best = hist.getOrDefault(poc, 0.0);
            if (v > best || (v == best && Math.abs(2 * r - (lo + hi)) < Math.abs(2 * poc - (lo + hi)))) poc = r;
        }
        long val = poc;
        long vah = poc;
        double inside = hist.getOrDefault(poc, 0.0);
        int step = method == ValueAreaMethod.ONE_ROW ? 1 : 2;
        while (inside < share * total && (val > lo || vah < hi)) {
            List<Long> upRows = new ArrayList<>();
            for (long r = vah + 1; r <= Math.min(hi, vah + step); r++) upRows.add(r);
            List<Long> downRows = new ArrayList<>();
            for (long r = val - 1; r >= Math.max(lo, val - step); r--) downRows.add(r);
            double up = 0;
            for (long r : upRows) up += hist.getOrDefault(r, 0.0);
            double down = 0;
            for (long r : downRows) down += hist.getOrDefault(r, 0.0);
            boolean goUp = downRows.isEmpty() || (!upRows.isEmpty()
                    && (up > down || (up == down && tie == ValueAreaMethod.Tie.UP)));
            if (goUp) {
                vah = upRows.get(upRows.size() - 1);
                inside += up;
            } else {
                val = downRows.get(downRows.size() - 1);
                inside += down;
            }
        }
        return new ValueArea(poc * rp, val * rp, vah * rp, inside, total);
    }

    /** Naked POCs at the end of the stream: {priceOfRow, sessionStart}, oldest first. */
    static List<long[]> nakedPocs(List<Event> ev, Config c) {
        SessionAnchor a = c.profileAnchor();
        long rp = c.profileRowPoints();
        List<long[]> out = new ArrayList<>();
        int i = 0;
        int n = ev.size();
        while (i < n) {
            long s = a.sessionStart(ev.get(i).t());
            int j = i;
            while (j + 1 < n && a.sessionStart(ev.get(j + 1).t()) == s) j++;
            if (j + 1 >= n) break; // the current session is not finished
            ValueArea va = valueArea(ev.subList(i, j + 1), rp, c.vaShare(), c.vaMethod(), c.vaMethod().defaultTie());
            long k = Math.floorDiv(va.poc(), rp);
            boolean touched = false;
            long prevSession = s;
            for (int x = j + 1; x < n && !touched; x++) {
                long row = Math.floorDiv(ev.get(x).price(), rp);
                long sx = a.sessionStart(ev.get(x).t());
                if (sx != prevSession) {
                    touched = row == k; // first event of a session: only landing in the row
                    prevSession = sx;
                } else {
                    long prev = Math.floorDiv(ev.get(x - 1).price(), rp);
                    touched = Math.min(prev, row) <= k && k <= Math.max(prev, row);
                }
            }
            if (!touched) out.add(new long[] {k * rp, s});
            i = j + 1;
        }
        return out;
    }
}
