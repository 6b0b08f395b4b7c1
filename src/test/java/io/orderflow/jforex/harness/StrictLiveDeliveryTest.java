package io.orderflow.jforex.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.dukascopy.api.IAccount;
import com.dukascopy.api.IBar;
import com.dukascopy.api.IContext;
import com.dukascopy.api.IEngine;
import com.dukascopy.api.IMessage;
import com.dukascopy.api.IStrategy;
import com.dukascopy.api.ITick;
import com.dukascopy.api.Instrument;
import com.dukascopy.api.JFException;
import com.dukascopy.api.Period;

import io.orderflow.backtest.broker.BrokerConfig;
import io.orderflow.market.Instruments;

/**
 * The platform emulation's history and live-delivery rules, each against a hand-computed schedule,
 * each failing against the kinder behaviour the harness had before (every tick delivered, history
 * free and instant, {@code getTimeOfLastTick} = first tick - 1 before any tick).
 */
class StrictLiveDeliveryTest {
    private static final BrokerConfig BROKER = BrokerConfig.builder().accountCurrency("USD").initialDeposit(100_000).build();

    /** Ticks at the given times, EURUSD 1.13000/1.12990, sizes 1. */
    static TickTape tape(long... times) {
        int n = times.length;
        long[] ask = new long[n], bid = new long[n];
        double[] av = new double[n], bv = new double[n];
        for (int i = 0; i < n; i++) {
            ask[i] = 113_000 + i;
            bid[i] = 112_990 + i;
            av[i] = 1;
            bv[i] = 1 + i;
        }
        return TickTape.of(Instruments.of("EURUSD"), times, ask, bid, av, bv);
    }

    /** Records the times of the ticks it receives; "works" (lets virtual time pass) on chosen ticks. */
    static class Recorder implements IStrategy {
        final List<Long> times = new ArrayList<>();
        final java.util.Map<Long, Long> workMs = new java.util.HashMap<>();
        StrictLiveDelivery live;

        @Override
        public void onStart(IContext context) {
        }

        @Override
        public void onTick(Instrument instrument, ITick tick) {
            times.add(tick.getTime());
            Long work = workMs.get(tick.getTime());
            if (work != null) live.advance(work);
        }

        @Override
        public void onBar(Instrument instrument, Period period, IBar askBar, IBar bidBar) {
        }

        @Override
        public void onMessage(IMessage message) {
        }

        @Override
        public void onAccount(IAccount account) {
        }

        @Override
        public void onStop() {
        }
    }

    private static long t(String hms) {
        return Instant.parse("2024-03-05T" + hms + "Z").toEpochMilli();
    }

    @Test
    void theWikiExampleUnderTheHarsherReading(@TempDir Path files) {
        // Dukascopy wiki "OnTick execution policy": 8 ticks, the strategy's onTick of tick1 and tick5 takes 2 s
        // (the wiki's "current time" after them is 08:16:07.841 and 08:16:26.119: 2044 and 2261 ms after the ticks).
        long[] times = {t("08:16:05.797"), t("08:16:06.798"), t("08:16:07.378"), t("08:16:07.926"),
                t("08:16:23.858"), t("08:16:24.407"), t("08:16:24.961"), t("08:16:25.837")};
        Recorder r = new Recorder();
        r.workMs.put(times[0], 2044L);
        r.workMs.put(times[4], 2261L);
        try (FakePlatform p = new FakePlatform(Instrument.EURUSD, tape(times), BROKER, IEngine.Type.DEMO, files.toFile(), 0)) {
            r.live = p.strictLiveDelivery(200);
            p.start(r);
            p.replayAll(r);
            // by hand: after tick1 the clock is 07.841; tick2 is 1043 ms old and tick3 is queued behind it: skipped
            // (the wiki keeps it although its own rule says "< 1 sec"; the harsher reading drops it); tick3 is the
            // newest: kept; tick4 arrives to a free thread. After tick5 the clock is 26.119: tick6 (1712 ms) and
            // tick7 (1158 ms) are too old, tick8 is the newest.
            assertEquals(Arrays.asList(times[0], times[2], times[3], times[4], times[7]), r.times);
            assertEquals(Arrays.asList(1, 5, 6), r.live.skippedOld());
            assertEquals(List.of(), r.live.skippedNotAmongLastThree());
            assertEquals(8, p.cursor(), "the server saw every tick");
        }
    }

    @Test
    void onlyTheLastThreeQueuedTicksSurvive(@TempDir Path files) {
        long t0 = t("10:00:00.000");
        long[] times = {t0, t0 + 10, t0 + 20, t0 + 30, t0 + 40, t0 + 50, t0 + 900};
        Recorder r = new Recorder();
        r.workMs.put(t0, 300L);
        try (FakePlatform p = new FakePlatform(Instrument.EURUSD, tape(times), BROKER, IEngine.Type.DEMO, files.toFile(), 0)) {
            r.live = p.strictLiveDelivery(200);
            p.start(r);
            p.replayAll(r);
            // by hand: at 300 ms five ticks wait (10..50 ms, all younger than 1 s); the first two are not among the last 3
            assertEquals(Arrays.asList(t0, t0 + 30, t0 + 40, t0 + 50, t0 + 900), r.times);
            assertEquals(Arrays.asList(1, 2), r.live.skippedNotAmongLastThree());
            assertEquals(List.of(), r.live.skippedOld());
        }
    }

    @Test
    void aFreeThreadGetsEveryTick(@TempDir Path files) {
        long t0 = t("10:00:00.000");
        long[] times = {t0, t0, t0 + 1, t0 + 2, t0 + 3, t0 + 3, t0 + 5000};
        Recorder r = new Recorder();
        try (FakePlatform p = new FakePlatform(Instrument.EURUSD, tape(times), BROKER, IEngine.Type.DEMO, files.toFile(), 0)) {
            r.live = p.strictLiveDelivery(200);
            p.start(r);
            p.replayAll(r);
            assertEquals(times.length, r.times.size(), "callbacks that take no time lose nothing: " + r.times);
            assertEquals(0, r.live.skipped());
        }
    }

    @Test
    void historyRequestsTakeTimeAndSeeOnlyTicksThatHadArrived(@TempDir Path files) throws Exception {
        long t0 = t("10:00:00.000");
        long[] times = {t0, t0 + 100, t0 + 200, t0 + 300, t0 + 400, t0 + 2000};
        List<Integer> sizes = new ArrayList<>();
        List<Long> clockAfter = new ArrayList<>();
        long[] lastBefore = new long[1];
        IStrategy s = new Recorder() {
            IContext context;

            @Override
            public void onStart(IContext context) {
                this.context = context;
                try {
                    lastBefore[0] = context.getHistory().getTimeOfLastTick(Instrument.EURUSD);
                } catch (JFException e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public void onTick(Instrument instrument, ITick tick) {
                times.add(tick.getTime());
                if (tick.getTime() != times.get(0)) return;
                try {
                    // two requests of 250 ms each, asked at t0: the second sees the ticks of the first's 250 ms
                    long last = context.getHistory().getTimeOfLastTick(Instrument.EURUSD);
                    sizes.add(context.getHistory().getTicks(Instrument.EURUSD, t0, last).size());
                    clockAfter.add(context.getTime());
                    last = context.getHistory().getTimeOfLastTick(Instrument.EURUSD);
                    sizes.add(context.getHistory().getTicks(Instrument.EURUSD, t0, last).size());
                    clockAfter.add(context.getTime());
                    assertEquals(1, context.getHistory().getTicks(Instrument.EURUSD, t0, t0).get(0).getAsks().length,
                            "history ticks carry one level even when live ticks carry five");
                } catch (JFException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        try (FakePlatform p = new FakePlatform(Instrument.EURUSD, tape(times), BROKER, IEngine.Type.DEMO, files.toFile(), 0)) {
            p.setDepthLevels(5);
            StrictLiveDelivery live = p.strictLiveDelivery(250);
            p.start(s);
            assertEquals(-1, lastBefore[0], "IHistory.getTimeOfLastTick: -1 if no tick was received yet");
            p.replayAll(s);
            assertEquals(Arrays.asList(1, 3), sizes, "t0 only; then t0, +100, +200 (arrived by 250 ms)");
            assertEquals(Arrays.asList(t0 + 250, t0 + 500), clockAfter, "each request costs 250 ms of the platform's time");
            assertEquals(3, live.requests());
            // at 750 ms: +100..+400 waited, all younger than 1 s, the first is not among the last three
            assertEquals(List.of(1), live.skippedNotAmongLastThree());
            assertEquals(t0 + 2000, p.context().getHistory().getTimeOfLastTick(Instrument.EURUSD));
            JFException e = assertThrows(JFException.class,
                    () -> p.context().getHistory().getTicks(Instrument.EURUSD, t0, t0 + 2001));
            assertEquals("\"to\" parameter can't be greater than time of the last tick for this instrument", e.getMessage());
        }
    }

    @Test
    void theTesterIsNeverStrictlyLive(@TempDir Path files) {
        try (FakePlatform p = new FakePlatform(Instrument.EURUSD, tape(t("10:00:00.000")), BROKER, IEngine.Type.TEST,
                files.toFile(), 0)) {
            assertThrows(IllegalStateException.class, () -> p.strictLiveDelivery(100));
        }
    }
}
