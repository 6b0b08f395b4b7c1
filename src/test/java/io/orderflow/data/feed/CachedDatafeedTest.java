package io.orderflow.data.feed;

import static io.orderflow.data.feed.FeedTestSupport.client;
import static io.orderflow.data.feed.FeedTestSupport.eurusdTwoDays;
import static io.orderflow.data.feed.FeedTestSupport.utc;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.orderflow.data.DukascopyLayout;
import io.orderflow.testing.TestData;

/** What the cache keeps of each kind of answer, and when. */
class CachedDatafeedTest {
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

    @Test
    void handsOutButDoesNotCacheAFileWhosePeriodHasNotEnded() throws IOException {
        DatafeedFile hour = eurusdTwoDays().get(10);
        CachedDatafeed feed = CachedDatafeed.online(cache, client(server).build())
                .withClock(() -> hour.startMs() + 30 * 60_000L);

        CachedDatafeed.Result r = feed.ensure(hour);

        assertEquals(CachedDatafeed.Status.UNFINISHED, r.status());
        assertFalse(r.inCache());
        assertArrayEquals(Files.readAllBytes(source.resolve(hour.path())), r.body());
        assertEquals(DatafeedCache.State.MISSING, cache.state(hour));
    }

    @Test
    void trustsA404OnlyOnceThePeriodHasSettled() throws IOException {
        DatafeedFile saturday = DatafeedFile.tickHour("EURUSD", utc("2019-02-02", 12));
        CachedDatafeed recent = CachedDatafeed.online(cache, client(server).build())
                .withClock(() -> saturday.endMs() + 60 * 60_000L);
        assertEquals(CachedDatafeed.Status.NOT_FOUND, recent.ensure(saturday).status());
        assertEquals(DatafeedCache.State.MISSING, cache.state(saturday), "maybe not published yet");

        CachedDatafeed later = recent.withClock(() -> saturday.endMs() + CachedDatafeed.DEFAULT_ABSENT_SETTLE_MS);
        assertEquals(CachedDatafeed.Status.NOT_FOUND, later.ensure(saturday).status());
        assertEquals(DatafeedCache.State.ABSENT, cache.state(saturday));
        assertEquals(2, server.requests(saturday.path()));
    }

    @Test
    void offlineReadsOnlyTheCache() throws IOException {
        DatafeedFile hour = eurusdTwoDays().get(0);
        CachedDatafeed offline = CachedDatafeed.offline(cache);
        assertEquals(CachedDatafeed.Status.OFFLINE_MISSING, offline.ensure(hour).status());

        CachedDatafeed.online(cache, client(server).build()).ensure(hour);
        assertEquals(CachedDatafeed.Status.CACHED, offline.ensure(hour).status());
        assertEquals(1, server.totalRequests());
        assertThrows(IllegalArgumentException.class, () -> new DatafeedDownloader(offline, 2));
    }

    @Test
    void parsesEveryKindOfDatafeedPath() {
        DatafeedFile t = DatafeedFile.parse("EURUSD/2019/01/04/23h_ticks.bi5");
        assertEquals(DatafeedFile.Kind.TICKS, t.kind());
        assertEquals(utc("2019-02-04", 23), t.startMs());
        assertEquals(utc("2019-02-05"), t.endMs());
        assertEquals(20, t.recordSize());

        DatafeedFile m = DatafeedFile.parse("EURUSD/2019/11/31/ASK_candles_min_1.bi5");
        assertEquals(utc("2019-12-31"), m.startMs());
        assertEquals(utc("2020-01-01"), m.endMs());
        assertEquals(24, m.recordSize());

        DatafeedFile h = DatafeedFile.parse("BTCUSD/2024/01/BID_candles_hour_1.bi5");
        assertEquals(utc("2024-02-01"), h.startMs());
        assertEquals(utc("2024-03-01"), h.endMs());

        DatafeedFile d = DatafeedFile.parse("EURUSD/2018/BID_candles_day_1.bi5");
        assertEquals(utc("2018-01-01"), d.startMs());
        assertEquals(utc("2019-01-01"), d.endMs());

        assertEquals("EURUSD/2019/01/BID_candles_hour_1.bi5", DatafeedFile.candles("EURUSD",
                io.orderflow.market.OfferSide.BID, DukascopyLayout.CandlePeriod.HOUR, utc("2019-02-17")).path());
        for (String bad : new String[] {"EURUSD/2019/12/04/00h_ticks.bi5", "EURUSD/2019/01/30/00h_ticks.bi5",
                "../2019/01/04/00h_ticks.bi5", "EURUSD/2019/01/04/24h_ticks.bi5", "EURUSD/2019/01/04/notes.txt"}) {
            assertThrows(IllegalArgumentException.class, () -> DatafeedFile.parse(bad), bad);
        }
    }

    @Test
    void readsRetryAfterAsSecondsOrHttpDate() {
        long now = 1_700_000_000_000L;
        assertEquals(120_000, DatafeedClient.parseRetryAfterMs("120", now));
        assertEquals(7_000, DatafeedClient.parseRetryAfterMs("Tue, 14 Nov 2023 22:13:27 GMT", now));
        assertEquals(0, DatafeedClient.parseRetryAfterMs("Tue, 14 Nov 2023 22:00:00 GMT", now));
        assertEquals(-1, DatafeedClient.parseRetryAfterMs("soon", now));
        assertEquals(-1, DatafeedClient.parseRetryAfterMs(null, now));
    }

    @Test
    void backsOffExponentiallyWithJitterAndHonoursRetryAfter() {
        RetryPolicy p = new RetryPolicy(6, 100, 1_000, 5_000);
        for (int i = 0; i < 200; i++) {
            long d1 = p.delayMs(1, -1);
            long d3 = p.delayMs(3, -1);
            long d9 = p.delayMs(9, -1);
            assertEquals(true, d1 >= 50 && d1 <= 100, "attempt 1: " + d1);
            assertEquals(true, d3 >= 200 && d3 <= 400, "attempt 3: " + d3);
            assertEquals(true, d9 >= 500 && d9 <= 1_000, "capped: " + d9);
            assertEquals(3_000, p.delayMs(1, 3_000));
            assertEquals(5_000, p.delayMs(1, 60_000), "Retry-After capped");
        }
    }
}
