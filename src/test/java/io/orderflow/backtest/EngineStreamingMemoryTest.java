package io.orderflow.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.orderflow.backtest.broker.BrokerConfig;
import io.orderflow.backtest.testing.Ticks;
import io.orderflow.strategy.config.StrategyConfig;

/**
 * The real strategy engine replayed from the hour files (no store, no report series) holds the same
 * live heap after two weeks of GBPJPY as after one: its bar series, indicators, order-flow histories
 * and followed signals are bounded, and the decoder holds one hour file at a time. Measured after
 * full GCs at the end of the run, while engine, broker and journal are still reachable.
 */
@Tag("slow")
class EngineStreamingMemoryTest {
    private static long liveHeapAtEnd(TickSource source, long[] ticks, long[] bars) throws IOException {
        StrategyConfig config = StrategyConfig.defaults().toBuilder().set("instrument", "GBPJPY")
                .set("account.quoteToAccountRate", 0.0122).build();
        BacktestConfig cfg = BacktestConfig.builder().collectSeries(false).broker(BrokerConfig.builder()
                .initialDeposit(100_000).accountCurrency("USD").usdPerQuote(0.0122).build()).build();
        long[] heap = new long[1];
        EngineStrategy engine = new EngineStrategy(config);
        ReplayObserver probe = new ReplayObserver() {
            @Override
            public void onEnd() {
                heap[0] = StreamingReplayMemoryTest.liveHeap();
            }
        };
        BacktestResult r = BacktestRun.run(cfg, source, engine, probe);
        ticks[0] = (long) r.statistics().get("ticks");
        bars[0] = engine.engine().barsClosed();
        return heap[0];
    }

    @Test
    void liveHeapAfterTwoWeeksWithTheRealEngineIsTheSameAsAfterOneWeek() throws IOException {
        long[] n = new long[1];
        long[] bars = new long[1];
        liveHeapAtEnd(Ticks.gbpjpy("2012-12-03T00:00:00Z", "2012-12-04T00:00:00Z"), n, bars); // warm up
        long oneDay = liveHeapAtEnd(Ticks.gbpjpy("2012-12-03T00:00:00Z", "2012-12-04T00:00:00Z"), n, bars);
        long dayTicks = n[0];
        long oneWeek = liveHeapAtEnd(Ticks.gbpjpy("2012-12-01T00:00:00Z", "2012-12-09T00:00:00Z"), n, bars);
        long weekTicks = n[0];
        long weekBars = bars[0];
        long twoWeeks = liveHeapAtEnd(Ticks.gbpjpyDecember(), n, bars);
        assertEquals(617_592, n[0]);
        System.out.printf("real engine, live heap at end: 1 day (%d ticks) %.2f MB, 1 week (%d ticks, %d bars) %.2f MB, "
                + "2 weeks (%d ticks, %d bars) %.2f MB%n", dayTicks, oneDay / 1e6, weekTicks, weekBars, oneWeek / 1e6,
                n[0], bars[0], twoWeeks / 1e6);
        // the second week adds ~300,000 ticks and ~1,400 bars: holding them would take > 8 MB even compactly
        assertTrue(twoWeeks - oneWeek < 1_000_000, "live heap grew by " + (twoWeeks - oneWeek) + " bytes from 1 to 2 weeks");
        assertTrue(twoWeeks - oneDay < 3_000_000, "live heap grew by " + (twoWeeks - oneDay) + " bytes from 1 day to 2 weeks");
    }
}
