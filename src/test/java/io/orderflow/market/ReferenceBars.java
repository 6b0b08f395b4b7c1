package io.orderflow.market;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Slow, obviously correct bar building: collects the ticks of each bar into a list first, then
 * computes the bar from the whole list. The streaming aggregators must agree with it exactly.
 */
final class ReferenceBars {
    private ReferenceBars() {
    }

    /** Bar over a non-empty group of ticks. */
    static Bar of(List<Tick> g, long startMs, long endMs) {
        long bo = g.get(0).bid(), ao = g.get(0).ask();
        long bh = Long.MIN_VALUE, bl = Long.MAX_VALUE, ah = Long.MIN_VALUE, al = Long.MAX_VALUE;
        double bv = 0, av = 0;
        for (Tick t : g) {
            bh = Math.max(bh, t.bid());
            bl = Math.min(bl, t.bid());
            ah = Math.max(ah, t.ask());
            al = Math.min(al, t.ask());
            bv += t.bidVolume();
            av += t.askVolume();
        }
        Tick last = g.get(g.size() - 1);
        return new Bar(startMs, endMs, bo, bh, bl, last.bid(), ao, ah, al, last.ask(), bv, av, g.size());
    }

    /** Epoch-aligned time bars of {@code periodMs}; flat bars for empty periods between bars if asked. */
    static List<Bar> timeBars(List<Tick> ticks, long periodMs, boolean flat) {
        List<Bar> out = new ArrayList<>();
        List<Tick> group = new ArrayList<>();
        long groupStart = 0;
        for (Tick t : ticks) {
            long start = t.timeMs() - Math.floorMod(t.timeMs(), periodMs);
            if (!group.isEmpty() && start != groupStart) {
                Bar b = of(group, groupStart, groupStart + periodMs);
                out.add(b);
                if (flat) {
                    for (long s = groupStart + periodMs; s < start; s += periodMs) {
                        out.add(new Bar(s, s + periodMs, b.bidClose(), b.bidClose(), b.bidClose(), b.bidClose(),
                                b.askClose(), b.askClose(), b.askClose(), b.askClose(), 0, 0, 0));
                    }
                }
                group.clear();
            }
            groupStart = start;
            group.add(t);
        }
        if (!group.isEmpty()) out.add(of(group, groupStart, groupStart + periodMs));
        return out;
    }

    /** Tick or volume bars: a bar closes on the tick that brings its measure to the threshold. */
    static List<Bar> countBars(List<Tick> ticks, CountBarAggregator.Kind kind, double threshold) {
        List<Bar> out = new ArrayList<>();
        List<Tick> group = new ArrayList<>();
        for (Tick t : ticks) {
            group.add(t);
            double measure = 0;
            for (Tick g : group) {
                switch (kind) {
                    case TICKS: measure += 1; break;
                    case BID_VOLUME: measure += g.bidVolume(); break;
                    case ASK_VOLUME: measure += g.askVolume(); break;
                    default: break;
                }
            }
            if (kind == CountBarAggregator.Kind.TOTAL_VOLUME) {
                double b = 0, a = 0;
                for (Tick g : group) {
                    b += g.bidVolume();
                    a += g.askVolume();
                }
                measure = b + a;
            }
            if (measure >= threshold) {
                out.add(of(group, group.get(0).timeMs(), t.timeMs() + 1));
                group.clear();
            }
        }
        if (!group.isEmpty()) out.add(of(group, group.get(0).timeMs(), group.get(group.size() - 1).timeMs() + 1));
        return out;
    }

    /** Range bars: a tick that would stretch the side's high-low beyond the range starts a new bar. */
    static List<Bar> rangeBars(List<Tick> ticks, OfferSide side, long range) {
        List<Bar> out = new ArrayList<>();
        List<Tick> group = new ArrayList<>();
        for (Tick t : ticks) {
            group.add(t);
            long hi = Long.MIN_VALUE, lo = Long.MAX_VALUE;
            for (Tick g : group) {
                long p = side == OfferSide.BID ? g.bid() : g.ask();
                hi = Math.max(hi, p);
                lo = Math.min(lo, p);
            }
            if (hi - lo > range) {
                group.remove(group.size() - 1);
                out.add(of(group, group.get(0).timeMs(), group.get(group.size() - 1).timeMs() + 1));
                group.clear();
                group.add(t);
            }
        }
        if (!group.isEmpty()) out.add(of(group, group.get(0).timeMs(), group.get(group.size() - 1).timeMs() + 1));
        return out;
    }

    static void assertSameBars(List<Bar> expected, List<Bar> actual, String context) {
        assertEquals(expected.size(), actual.size(), context + ": number of bars");
        for (int i = 0; i < expected.size(); i++) {
            Bar e = expected.get(i);
            Bar a = actual.get(i);
            String at = context + ": bar " + i + " expected " + e + " actual " + a;
            assertEquals(e.startMs(), a.startMs(), at);
            assertEquals(e.endMs(), a.endMs(), at);
            for (OfferSide s : OfferSide.values()) {
                assertEquals(e.open(s), a.open(s), at);
                assertEquals(e.high(s), a.high(s), at);
                assertEquals(e.low(s), a.low(s), at);
                assertEquals(e.close(s), a.close(s), at);
                assertEquals(e.volume(s), a.volume(s), 0.0, at);
            }
            assertEquals(e.tickCount(), a.tickCount(), at);
        }
    }

    /**
     * A random tick stream: a random walk in points with a non-negative spread, volumes in steps of
     * 0.01 million, time steps from 0 ms (same time) to several minutes (empty bars).
     */
    static List<Tick> randomTicks(Random rnd, int n) {
        List<Tick> out = new ArrayList<>(n);
        long time = 1_549_238_400_000L + rnd.nextInt(3_600_000);
        long bid = 114_000 + rnd.nextInt(1000);
        for (int i = 0; i < n; i++) {
            int gap = rnd.nextInt(10);
            time += gap == 0 ? 0 : gap < 8 ? rnd.nextInt(2_000) : rnd.nextInt(600_000);
            bid += rnd.nextInt(7) - 3;
            long ask = bid + rnd.nextInt(20);
            double bv = (1 + rnd.nextInt(500)) / 100.0;
            double av = (1 + rnd.nextInt(500)) / 100.0;
            out.add(new Tick(1).set(time, ask, bid, av, bv));
        }
        return out;
    }
}
