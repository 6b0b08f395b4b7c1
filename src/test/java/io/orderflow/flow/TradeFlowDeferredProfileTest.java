package io.orderflow.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import io.orderflow.market.BarClock;
import io.orderflow.market.SessionAnchor;
import io.orderflow.profile.NakedPocs;
import io.orderflow.profile.SessionSummary;
import io.orderflow.profile.SessionVolumeProfile;
import io.orderflow.profile.VolumeProfile;
import io.orderflow.testing.Seeds;

/**
 * When the footprint and the session profile share their rows, {@link TradeFlow} lets the profile
 * collect the volume from the footprint instead of updating it per event. These tests feed a
 * second {@link SessionVolumeProfile} event by event with what the flow classified
 * ({@link TradeFlow#lastPrice()}, {@link TradeFlow#lastVolume()}, {@link TradeFlow#lastSide()}) and
 * require the same profile at every read: mid-bar, at bar closes, across session boundaries that
 * fall inside a bar, and for bars discarded by {@link TradeFlow#beginBar}. The same runs check the
 * cumulative delta (reset at UTC midnight, so its sessions and the profile's differ) against a
 * {@link CumulativeDelta} fed per event: {@link TradeFlow} skips the bar and session checks for
 * events inside the window where none of them can fire.
 */
class TradeFlowDeferredProfileTest {
    private static final long ROW = 10;
    private static final long START = 1_549_238_400_000L; // 2019-02-04 00:00 UTC
    private static final long HOUR = 3_600_000L;

    /** Quotes over three FX days with random gaps, a random-walk mid and sizes, seeded. */
    private static final class Quotes {
        final int n;
        final long[] time;
        final long[] ask;
        final long[] bid;
        final double[] askSize;
        final double[] bidSize;

        Quotes(long seed, int n) {
            this.n = n;
            Random r = Seeds.random(seed);
            time = new long[n];
            ask = new long[n];
            bid = new long[n];
            askSize = new double[n];
            bidSize = new double[n];
            long t = START;
            long mid = 113_000;
            for (int i = 0; i < n; i++) {
                t += r.nextInt(30_000);
                mid += r.nextInt(7) - 3;
                long spread = 1 + r.nextInt(4);
                time[i] = t;
                bid[i] = mid;
                ask[i] = mid + spread;
                askSize[i] = 0.5 + r.nextInt(16) * 0.25 + r.nextDouble() * 1e-3;
                bidSize[i] = 0.5 + r.nextInt(16) * 0.25 + r.nextDouble() * 1e-3;
            }
        }
    }

    /** Feeds the reference with the event the flow just classified. */
    private static void mirror(TradeFlow flow, SessionVolumeProfile ref) {
        ref.add(flow.lastTimeMs(), flow.lastPrice(), flow.lastVolume(), flow.lastSide());
    }

    private static void assertSameProfile(SessionVolumeProfile ref, SessionVolumeProfile got, boolean exact, String at) {
        VolumeProfile e = ref.profile();
        VolumeProfile g = got.profile();
        assertEquals(e.isEmpty(), g.isEmpty(), at + " empty");
        assertEquals(e.rowCount(), g.rowCount(), at + " rows");
        assertEquals(e.lowPrice(), g.lowPrice(), at + " low");
        assertEquals(e.highPrice(), g.highPrice(), at + " high");
        if (!e.isEmpty()) {
            for (long p = e.lowPrice(); p <= e.highPrice(); p += ROW) {
                close(e.buyVolumeAt(p), g.buyVolumeAt(p), exact, at + " buy volume at " + p);
                close(e.sellVolumeAt(p), g.sellVolumeAt(p), exact, at + " sell volume at " + p);
                close(e.volumeAt(p), g.volumeAt(p), exact, at + " volume at " + p);
            }
            if (exact) assertEquals(e.pocPrice(), g.pocPrice(), at + " POC");
        }
        assertEquals(ref.sessionsCompleted(), got.sessionsCompleted(), at + " sessions");
        assertEquals(ref.sessionStartMs(), got.sessionStartMs(), at + " session start");
        SessionSummary es = ref.lastSession();
        SessionSummary gs = got.lastSession();
        assertEquals(es == null, gs == null, at + " last session");
        if (es != null) {
            assertEquals(es.startMs(), gs.startMs(), at + " last session start");
            assertEquals(es.lowPrice(), gs.lowPrice(), at + " last session low");
            assertEquals(es.highPrice(), gs.highPrice(), at + " last session high");
            close(es.volume(), gs.volume(), exact, at + " last session volume");
            close(es.delta(), gs.delta(), exact, at + " last session delta");
            if (exact) assertEquals(es.pocPrice(), gs.pocPrice(), at + " last session POC");
        }
        NakedPocs en = ref.nakedPocs();
        NakedPocs gn = got.nakedPocs();
        assertEquals(en.size(), gn.size(), at + " naked POCs");
        for (int i = 0; i < en.size(); i++) assertEquals(en.price(i), gn.price(i), at + " naked POC " + i);
    }

    private static void close(double expected, double actual, boolean exact, String what) {
        if (exact) assertEquals(expected, actual, what);
        else assertEquals(expected, actual, 1e-9 * Math.max(1, Math.abs(expected)), what);
    }

    /**
     * 7-hour bars (so FX-day boundaries at 17:00 New York fall inside bars), the profile read every
     * {@code readEvery} events and at every bar close.
     */
    private static void timeBars(VolumeProxy proxy, int readEvery, long seed) {
        Quotes q = new Quotes(seed, 40_000);
        SessionVolumeProfile ref = new SessionVolumeProfile(SessionAnchor.FX_NEW_YORK, ROW);
        DeltaReset utcDay = DeltaReset.at(SessionAnchor.UTC_MIDNIGHT);
        CumulativeDelta refCd = new CumulativeDelta(utcDay);
        boolean exact = proxy == VolumeProxy.TICK_COUNT;
        int[] bars = {0};
        TradeFlow[] holder = new TradeFlow[1];
        TradeFlow flow = TradeFlow.forQuotes(AggressorMethod.MID_TICK_RULE, proxy, ROW).deltaReset(utcDay)
                .timeBars(BarClock.fixed(7 * HOUR), bar -> {
                    bars[0]++;
                    // the bar's events are all in the reference already (the closing event is not)
                    assertSameProfile(ref, holder[0].profile(), exact, "bar close " + bars[0]);
                }).build();
        holder[0] = flow;
        for (int i = 0; i < q.n; i++) {
            flow.onQuote(q.time[i], q.ask[i], q.bid[i], q.askSize[i], q.bidSize[i]);
            mirror(flow, ref);
            refCd.add(flow.lastTimeMs(), Integer.signum(flow.lastSide()) * flow.lastVolume());
            close(refCd.value(), flow.cumulativeDelta(), exact, "cumulative delta after event " + i);
            if (readEvery > 0 && i % readEvery == 0) assertSameProfile(ref, flow.profile(), exact, "event " + i);
        }
        flow.flush();
        assertSameProfile(ref, flow.profile(), exact, "end");
        assertTrue(ref.sessionsCompleted() >= 3, "the stream spans FX days: " + ref.sessionsCompleted());
        assertTrue(refCd.resets() >= 3, "the cumulative delta reset inside bars: " + refCd.resets());
        assertTrue(bars[0] >= 10, "bars: " + bars[0]);
    }

    @ParameterizedTest
    @EnumSource(value = VolumeProxy.class, names = {"TICK_COUNT", "QUOTED_SIZE_CHANGE", "TOP_OF_BOOK_SIZE"})
    void readEveryFewEventsMatchesPerEventProfile(VolumeProxy proxy) {
        timeBars(proxy, 97, 7);
    }

    @ParameterizedTest
    @EnumSource(value = VolumeProxy.class, names = {"TICK_COUNT", "TOP_OF_BOOK_SIZE"})
    void readOnlyAtBarClosesMatchesPerEventProfile(VolumeProxy proxy) {
        timeBars(proxy, 0, 11);
    }

    @Test
    void discardedBarsAndEventsOutsideBarsStayInTheProfile() {
        Quotes q = new Quotes(3, 6_000);
        SessionVolumeProfile ref = new SessionVolumeProfile(SessionAnchor.FX_NEW_YORK, ROW);
        TradeFlow flow = TradeFlow.forQuotes(AggressorMethod.MID_TICK_RULE, VolumeProxy.TICK_COUNT, ROW).build();
        int discarded = 0;
        int closed = 0;
        for (int i = 0; i < q.n; i++) {
            if (i % 500 == 0) {
                flow.beginBar(q.time[i]); // discards the bar in progress, whose events stay in the profile
                discarded++;
            } else if (i % 500 == 250) {
                assertNotNull(flow.closeBar(q.time[i]));
                closed++;
            }
            flow.onQuote(q.time[i], q.ask[i], q.bid[i], q.askSize[i], q.bidSize[i]);
            mirror(flow, ref);
            if (i % 61 == 0) assertSameProfile(ref, flow.profile(), true, "event " + i);
        }
        assertSameProfile(ref, flow.profile(), true, "end");
        assertTrue(discarded > 5 && closed > 5);

        // the batch entry point: events between the bars reach the profile directly
        Quotes b = new Quotes(5, 8_000);
        long[] starts = new long[20];
        long[] ends = new long[20];
        for (int k = 0; k < 20; k++) {
            starts[k] = START + k * 9 * HOUR;
            ends[k] = starts[k] + 5 * HOUR;
        }
        TradeFlow batch = TradeFlow.forQuotes(AggressorMethod.MID_TICK_RULE, VolumeProxy.TICK_COUNT, ROW).build();
        batch.computeBars(starts, ends, 20, b.time, b.ask, b.bid, b.askSize, b.bidSize, b.n);
        SessionVolumeProfile batchRef = new SessionVolumeProfile(SessionAnchor.FX_NEW_YORK, ROW);
        TradeFlow mirrorFlow = TradeFlow.forQuotes(AggressorMethod.MID_TICK_RULE, VolumeProxy.TICK_COUNT, ROW)
                .footprint(null).build();
        for (int i = 0; i < b.n; i++) {
            mirrorFlow.onQuote(b.time[i], b.ask[i], b.bid[i], b.askSize[i], b.bidSize[i]);
            mirror(mirrorFlow, batchRef);
        }
        assertSameProfile(batchRef, batch.profile(), true, "batch");
        assertSameProfile(batchRef, mirrorFlow.profile(), true, "per-event flow (no footprint)");
    }
}
