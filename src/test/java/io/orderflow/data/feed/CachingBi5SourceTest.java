package io.orderflow.data.feed;

import org.junit.jupiter.api.Tag;

import static io.orderflow.data.feed.FakeDatafeedServer.status;
import static io.orderflow.data.feed.FeedTestSupport.client;
import static io.orderflow.data.feed.FeedTestSupport.utc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.orderflow.data.Bi5Source;
import io.orderflow.data.DataFormatException;
import io.orderflow.data.DirectoryBi5Source;
import io.orderflow.data.DukascopyTickStream;
import io.orderflow.data.Problem;
import io.orderflow.data.ProblemLog;
import io.orderflow.market.Instruments;
import io.orderflow.market.Tick;
import io.orderflow.testing.TestData;

/** Streaming ticks straight from the datafeed through the cache. */
@Tag("slow")
class CachingBi5SourceTest {
    @TempDir
    Path tmp;

    private Path source;
    private FakeDatafeedServer server;
    private DatafeedCache cache;

    @BeforeEach
    void start() throws IOException {
        source = TestData.dukascopyBi5();
        server = FakeDatafeedServer.serving(source);
        cache = new DatafeedCache(tmp);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Order-sensitive digest of every field of every tick, with the count. */
    private static long[] digest(Bi5Source src, ProblemLog log) throws IOException {
        long h = 17;
        long n = 0;
        Tick t = new Tick();
        try (DukascopyTickStream s = new DukascopyTickStream(src, Instruments.of("EURUSD"), utc("2019-02-04"),
                utc("2019-02-06"), log)) {
            while (s.next(t)) {
                h = h * 31 + t.timeMs();
                h = h * 31 + t.ask();
                h = h * 31 + t.bid();
                h = h * 31 + Double.doubleToLongBits(t.askVolume());
                h = h * 31 + Double.doubleToLongBits(t.bidVolume());
                n++;
            }
            return new long[] {n, h, s.filesRead(), s.hoursMissing()};
        }
    }

    @Test
    void streamsARangeStraightFromTheDatafeedThenOfflineFromTheCache() throws IOException {
        long[] direct = digest(new DirectoryBi5Source(source), ProblemLog.failing());
        assertEquals(266_219, direct[0], "ticks in the two EURUSD days");

        long[] online = digest(new CachingBi5Source(CachedDatafeed.online(cache, client(server).build())),
                ProblemLog.failing());
        assertEquals(direct[0], online[0]);
        assertEquals(direct[1], online[1], "same ticks in the same order");
        assertEquals(48, online[2]);
        assertEquals(48, server.totalRequests());

        long[] offline = digest(new CachingBi5Source(CachedDatafeed.offline(cache)), ProblemLog.failing());
        assertEquals(direct[1], offline[1]);
        assertEquals(48, server.totalRequests(), "offline: no request");
        // The cache is a directory in the datafeed layout.
        assertEquals(direct[1], digest(new DirectoryBi5Source(cache.root()), ProblemLog.failing())[1]);
    }

    @Test
    void aNotFoundHourInsideTradingHoursReadsAsMissing() throws IOException {
        String gap = DatafeedFile.tickHour("EURUSD", utc("2019-02-04", 12)).path();
        server.always(gap, status(404));
        CachingBi5Source src = new CachingBi5Source(CachedDatafeed.online(cache, client(server).build()));

        assertNull(src.open(gap));
        ProblemLog skipping = ProblemLog.skipping();
        long[] r = digest(src, skipping);
        assertEquals(1, r[3], "hours missing inside trading hours");
        assertEquals(47, r[2], "hour files read");
        assertEquals(1, skipping.count(Problem.MISSING_HOUR));
        assertTrue(skipping.samples().get(0).contains(gap), skipping.samples().get(0));

        DataFormatException e = assertThrows(DataFormatException.class, () -> digest(src, ProblemLog.failing()));
        assertEquals(Problem.MISSING_HOUR, e.problem());
        assertEquals(1, server.requests(gap), "the 404 was recorded and not asked again");
    }

    @Test
    void refusesPathsThatAreNotDatafeedFiles() {
        CachingBi5Source src = new CachingBi5Source(CachedDatafeed.offline(cache));
        assertThrows(IOException.class, () -> src.open("EURUSD/notes.txt"));
    }
}
