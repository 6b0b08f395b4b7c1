package io.orderflow.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.orderflow.backtest.broker.BrokerConfig;
import io.orderflow.data.depth.DepthRecorder;
import io.orderflow.data.depth.FlushPolicy;
import io.orderflow.data.InputPolicy;
import io.orderflow.data.ProblemLog;
import io.orderflow.market.Instruments;
import io.orderflow.market.Tick;
import io.orderflow.strategy.config.StrategyConfig;
import io.orderflow.strategy.setup.Checks;
import io.orderflow.strategy.setup.SetupKind;
import io.orderflow.strategy.stats.SignalListener;
import io.orderflow.strategy.stats.SignalRecord;
import io.orderflow.testing.SpoofedBook;

/**
 * The manipulation filter measured offline: the strategy engine replays a depth recording (as the
 * JForex strategy records it live) with the filter off and on. The technical signals are the same;
 * with the filter on, exactly the verdict bit spoofed-book is added to some of them, and the
 * confirmation statistics count those signals as unconfirmed — so the filter's value is measured
 * by the same statistics as every other check.
 */
class ManipulationFilterReplayTest {
    private static final long T0 = 1_723_161_600_000L;

    @TempDir
    Path tmp;

    /** The engine with a listener that keeps every signal's verdict. */
    private static final class Recording {
        final List<SignalRecord> signals = new ArrayList<>();
        final EngineStrategy engine;

        Recording(StrategyConfig c) {
            engine = new EngineStrategy(c).signalListener(new SignalListener() {
                @Override
                public void onSignal(SignalRecord record) {
                    signals.add(record);
                }
            });
        }
    }

    private static Recording replay(Path ofd, boolean filter) throws Exception {
        StrategyConfig c = StrategyConfig.builder().set("bars.periodSeconds", 60).set("manipulation.filter", filter)
                .set("risk.maxSpreadPips", 0).build();
        Recording r = new Recording(c);
        BacktestConfig cfg = BacktestConfig.builder().bars(BarSpec.time(60_000))
                .broker(BrokerConfig.builder().accountCurrency("USD").initialDeposit(100_000).build()).build();
        BacktestRun.run(cfg, new DepthRecordingTicks(List.of(ofd), Instruments.of("EURUSD"), InputPolicy.FAIL), r.engine);
        return r;
    }

    @Test
    void theFilterAddsItsCheckToTheSameSignalsAndTheStatisticsCountIt() throws Exception {
        Path ofd = tmp.resolve("EURUSD-2024-08-09.ofd");
        try (DepthRecorder rec = DepthRecorder.open(ofd, Instruments.of("EURUSD"), 10, FlushPolicy.buffered(512, 1_000),
                ProblemLog.failing())) {
            for (Tick t : SpoofedBook.generate(11, T0, 8 * 14_400, 250, 10)) rec.append(t); // 8 hours
        }
        Recording off = replay(ofd, false);
        Recording on = replay(ofd, true);
        assertEquals(off.signals.size(), on.signals.size(), "the filter does not change the technical signals");
        int flagged = 0, flaggedOnly = 0;
        for (int i = 0; i < off.signals.size(); i++) {
            SignalRecord a = off.signals.get(i), b = on.signals.get(i);
            assertEquals(a.timeMs, b.timeMs);
            assertEquals(a.setup, b.setup);
            assertEquals(a.side, b.side);
            assertEquals(0, a.failedChecks & Checks.SPOOFED_BOOK, "off: never spoofed-book");
            assertEquals(a.failedChecks, b.failedChecks & ~Checks.SPOOFED_BOOK, "on: only spoofed-book is added");
            if ((b.failedChecks & Checks.SPOOFED_BOOK) != 0) {
                flagged++;
                if (a.failedChecks == 0) flaggedOnly++;
            }
        }
        long confirmedOff = 0, confirmedOn = 0;
        for (SetupKind k : SetupKind.values()) {
            confirmedOff += off.engine.engine().stats().signals(k, true).count();
            confirmedOn += on.engine.engine().stats().signals(k, true).count();
        }
        System.out.printf("manipulation filter on a depth recording: %d signals, %d flagged spoofed-book, %d of them "
                + "otherwise confirmed; confirmed (closed) signals %d off, %d on%n", off.signals.size(), flagged,
                flaggedOnly, confirmedOff, confirmedOn);
        assertTrue(off.signals.size() >= 20, "signals fire on the synthetic trends: " + off.signals.size());
        assertTrue(flagged >= 3, "the planted spoofing flags some signals: " + flagged);
        assertTrue(flaggedOnly >= 1 && confirmedOn < confirmedOff,
                "a signal confirmed without the filter is counted unconfirmed with it");
    }
}
