package io.orderflow.data.depth;

import org.junit.jupiter.api.Tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.orderflow.data.binance.BinanceBookBuilder;
import io.orderflow.data.DirectoryBi5Source;
import io.orderflow.data.DukascopyTickStream;
import io.orderflow.data.ProblemLog;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.testing.TestInstruments;
import io.orderflow.market.OfferSide;
import io.orderflow.market.Tick;
import io.orderflow.testing.TestData;

/**
 * Replaying a recording through every calculator gives exactly the values computed live: the
 * same ticks are fed live into one set of calculators while being recorded, the recording is
 * replayed into a fresh set, and every getter is compared bit for bit after every tick.
 */
@Tag("slow")
class DepthRecordingParityTest {
    @TempDir
    Path dir;

    private static long[] replay(Path f, int levels) throws IOException {
        CalculatorBank bank = new CalculatorBank();
        ProblemLog log = ProblemLog.failing();
        try (DepthRecordingReader r = DepthRecordingReader.open(f, log)) {
            Tick t = new Tick(levels);
            while (r.next(t)) bank.onTick(t);
        }
        return bank.values();
    }

    private static void assertSameBits(long[] live, long[] replayed, String what) {
        assertEquals(live.length, replayed.length, what + ": number of values");
        for (int i = 0; i < live.length; i++) {
            if (live[i] != replayed[i]) {
                throw new AssertionError(what + ": value " + i + " differs: live " + Double.longBitsToDouble(live[i])
                        + ", replayed " + Double.longBitsToDouble(replayed[i]));
            }
        }
    }

    @Test
    void replayingARecordedEurusdDayGivesTheLiveValuesBitForBit() throws Exception {
        Path root = TestData.require("dukascopy/bi5");
        InstrumentSpec eurusd = TestInstruments.of("EURUSD");
        Path f = dir.resolve("eurusd-2019-02-04.ofd");
        CalculatorBank live = new CalculatorBank();
        long from = Instant.parse("2019-02-04T00:00:00Z").toEpochMilli();
        long n = 0;
        try (DukascopyTickStream s = new DukascopyTickStream(new DirectoryBi5Source(root), eurusd, from, from + 86_400_000L,
                ProblemLog.failing());
             DepthRecorder rec = DepthRecorder.open(f, eurusd, 10, FlushPolicy.everyRecord(), ProblemLog.failing())) {
            Tick t = new Tick(1);
            while (s.next(t)) {
                live.onTick(t);
                rec.append(t);
                n++;
            }
        }
        assertEquals(136_741, n);
        long[] liveValues = live.values();
        assertSameBits(liveValues, replay(f, 1), "EURUSD");
        assertTrue(live.regression.count() > 100);
        System.out.printf("EURUSD 2019-02-04: %d ticks recorded in %d bytes (%.1f bytes per tick; the bi5 files hold 20 "
                + "bytes per tick before compression)%n", n, Files.size(f), (double) Files.size(f) / n);
    }

    @Test
    void replayingRecordedBinanceDepthGivesTheLiveValuesBitForBit() throws Exception {
        InstrumentSpec btc = TestInstruments.of("BTCUSDT");
        Path f = dir.resolve("btcusdt.ofd");
        CalculatorBank live = new CalculatorBank();
        long[] n = {0};
        try (DepthRecorder rec = DepthRecorder.open(f, btc, 10, FlushPolicy.everyRecord(), ProblemLog.failing())) {
            BinanceBookBuilder b = new BinanceBookBuilder(btc, 10, t -> {
                live.onTick(t);
                try {
                    rec.append(t);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                n[0]++;
            }, null, ProblemLog.failing());
            Path spot = TestData.require("binance/spot");
            b.read(java.util.List.of(spot.resolve("btcusdt_20240808.gz"), spot.resolve("btcusdt_20240809.gz")));
        }
        assertSameBits(live.values(), replay(f, 10), "BTCUSDT");
        assertTrue(live.spoof.candidates() > 0 && live.spoof.flashes(OfferSide.ASK) > 0, "the detector was exercised");
        System.out.printf("BTCUSDT 10 levels: %d ticks recorded in %d bytes (%.1f bytes per tick)%n", n[0], Files.size(f),
                (double) Files.size(f) / n[0]);
    }
}
