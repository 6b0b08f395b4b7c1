package io.orderflow.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.orderflow.backtest.broker.BrokerConfig;
import io.orderflow.backtest.testing.BreakoutStandIn;
import io.orderflow.backtest.testing.Ticks;

/**
 * A streaming replay (decoding hour files on the fly, no store, no report series) holds the same
 * heap after one day as after two weeks: live heap is measured after full GCs at the end of the
 * run, while the driver, broker, journal and decoder are still reachable.
 */
@Tag("slow")
class StreamingReplayMemoryTest {
    private static long liveHeapAtEnd(TickSource source, long[] ticks) throws IOException {
        BacktestConfig cfg = BacktestConfig.builder().collectSeries(false)
                .broker(BrokerConfig.builder().initialDeposit(10_000_000).build()).build();
        long[] heap = new long[1];
        ReplayObserver probe = new ReplayObserver() {
            @Override
            public void onEnd() {
                heap[0] = liveHeap();
            }
        };
        BacktestResult r = BacktestRun.run(cfg, source, new BreakoutStandIn(new BreakoutStandIn.Params(20, 150, 2.0, 0.1)), probe);
        ticks[0] = r.statistics().get("ticks") > 0 ? (long) r.statistics().get("ticks") : 0;
        return heap[0];
    }

    static long liveHeap() {
        Runtime rt = Runtime.getRuntime();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            best = Math.min(best, rt.totalMemory() - rt.freeMemory());
        }
        return best;
    }

    @Test
    void liveHeapAfterTwoWeeksIsTheSameAsAfterOneDay() throws IOException {
        long[] n = new long[1];
        liveHeapAtEnd(Ticks.gbpjpy("2012-12-03T00:00:00Z", "2012-12-04T00:00:00Z"), n); // warm up classes and caches
        long oneDay = liveHeapAtEnd(Ticks.gbpjpy("2012-12-03T00:00:00Z", "2012-12-04T00:00:00Z"), n);
        long dayTicks = n[0];
        long oneWeek = liveHeapAtEnd(Ticks.gbpjpy("2012-12-01T00:00:00Z", "2012-12-09T00:00:00Z"), n);
        long weekTicks = n[0];
        long twoWeeks = liveHeapAtEnd(Ticks.gbpjpyDecember(), n);
        assertEquals(617_592, n[0]);
        // holding the extra ~300,000 (~560,000) ticks would take > 8 MB (> 15 MB) even in the compact store
        System.out.printf("live heap at end: 1 day (%d ticks) %.2f MB, 1 week (%d ticks) %.2f MB, 2 weeks (%d ticks) %.2f MB%n",
                dayTicks, oneDay / 1e6, weekTicks, oneWeek / 1e6, n[0], twoWeeks / 1e6);
        assertTrue(twoWeeks - oneDay < 3_000_000, "live heap grew by " + (twoWeeks - oneDay) + " bytes from 1 day to 2 weeks");
        assertTrue(twoWeeks - oneWeek < 1_000_000, "live heap grew by " + (twoWeeks - oneWeek) + " bytes from 1 to 2 weeks");
    }
}
