package io.orderflow.backtest.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.orderflow.backtest.TickSource;
import io.orderflow.backtest.testing.Ticks;
import io.orderflow.market.Instruments;
import io.orderflow.market.Tick;
import io.orderflow.market.TickCursor;

@Tag("slow")
class TickStoreTest {

    private static void assertSameTick(Tick expected, Tick actual, long n) {
        String at = "tick " + n;
        assertEquals(expected.timeMs(), actual.timeMs(), at);
        assertEquals(expected.ask(), actual.ask(), at);
        assertEquals(expected.bid(), actual.bid(), at);
        assertEquals(Double.doubleToRawLongBits(expected.askVolume()), Double.doubleToRawLongBits(actual.askVolume()), at);
        assertEquals(Double.doubleToRawLongBits(expected.bidVolume()), Double.doubleToRawLongBits(actual.bidVolume()), at);
    }

    private static long compareWithDecoder(TickSource decoded, TickStore store) throws IOException {
        long n = 0;
        try (TickCursor a = decoded.open(); TickCursor b = store.cursor()) {
            Tick x = new Tick(1);
            Tick y = new Tick(1);
            while (a.next(x)) {
                assertEquals(true, b.next(y), "store ended early at tick " + n);
                assertSameTick(x, y, n++);
            }
            assertFalse(b.next(y), "store has more ticks than the decoder");
        }
        return n;
    }

    @Test
    void storeReplaysEveryEurusdTickBitForBitAsTheDecoderGaveIt() throws IOException {
        TickSource source = Ticks.eurusdTwoDays();
        TickStore store = TickStore.load(source.open(), source.instrument());
        assertEquals(266_219, store.size());
        assertEquals(266_219, compareWithDecoder(source, store));
        assertEquals(266_219L * TickStore.BYTES_PER_TICK, store.columnBytes(), "memory is 28 bytes per tick");
    }

    @Test
    void smallChunksAcrossTheGbpjpyWeekendsKeepEveryTickExact() throws IOException {
        TickSource source = Ticks.gbpjpyDecember();
        TickStore store = TickStore.load(source.open(), source.instrument(), 1000);
        assertEquals(617_592, store.size());
        assertEquals(618, store.chunkCount());
        assertEquals(617_592, compareWithDecoder(source, store));
        long[] sum = new long[1];
        assertEquals(617_592, store.replay(t -> sum[0] += t.ask() - t.bid()));
        long expected = 0;
        for (Tick t : Ticks.all(source)) expected += t.ask() - t.bid();
        assertEquals(expected, sum[0], "push replay sees the same spreads");
    }

    @Test
    void aGapLongerThanAnIntOfMillisecondsStartsANewChunkAndKeepsTimesExact() throws IOException {
        long day = 86_400_000L;
        long[] times = {0, 1, 30 * day, 30 * day + 5, 90 * day};
        TickCursor synthetic = cursorOf(times);
        TickStore store = TickStore.load(synthetic, Instruments.of("EURUSD"));
        assertEquals(3, store.chunkCount());
        TickCursor c = store.cursor();
        Tick t = new Tick(1);
        for (long time : times) {
            c.next(t);
            assertEquals(time, t.timeMs());
            assertEquals(100_000 + time % 1000, t.ask());
        }
        assertFalse(c.next(t));
        assertEquals(90 * day, store.lastTimeMs());
    }

    @Test
    void aPriceOutsideTheIntRangeIsRefusedNamingTheTick() {
        TickCursor huge = new TickCursor() {
            int n;

            @Override
            public boolean next(Tick into) {
                if (n++ > 0) return false;
                into.set(5, 3_000_000_000L, 1, 1, 1);
                return true;
            }

            @Override
            public void close() {
            }
        };
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TickStore.load(huge, Instruments.of("EURUSD")));
        assertEquals("EURUSD: tick 1 at 5 has a price outside the int range (ask 3000000000, bid 1 points)", e.getMessage());
    }

    private static TickCursor cursorOf(long[] times) {
        Iterator<Long> it = java.util.Arrays.stream(times).iterator();
        return new TickCursor() {
            @Override
            public boolean next(Tick into) {
                if (!it.hasNext()) return false;
                long time = it.next();
                into.set(time, 100_000 + time % 1000, 99_990, 1.5, 2.25);
                return true;
            }

            @Override
            public void close() {
            }
        };
    }
}
