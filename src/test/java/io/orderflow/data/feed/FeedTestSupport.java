package io.orderflow.data.feed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Shared helpers for the datafeed tests. */
final class FeedTestSupport {
    /** Fast retries for tests: 4 attempts, 10 ms doubling to 80 ms. */
    static final RetryPolicy FAST_RETRIES = new RetryPolicy(4, 10, 80, 10_000);

    private FeedTestSupport() {
    }

    static long utc(String date) {
        return LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    static long utc(String date, int hour) {
        return LocalDateTime.parse(date + "T00:00").plusHours(hour).toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    /** The 48 EURUSD hour files of 2019-02-04 and 2019-02-05 (all in the shared data). */
    static List<DatafeedFile> eurusdTwoDays() {
        return DatafeedFile.tickHours("EURUSD", utc("2019-02-04"), utc("2019-02-06"));
    }

    static DatafeedClient.Builder client(FakeDatafeedServer server) {
        return DatafeedClient.builder().baseUrl(server.baseUrl()).retryPolicy(FAST_RETRIES)
                .connectTimeoutMs(2_000).readTimeoutMs(5_000);
    }

    /** Every temp file below {@code dir}. */
    static List<Path> tempFiles(Path dir) throws IOException {
        if (!Files.exists(dir)) return List.of();
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(DatafeedCache::isTempFile).toList();
        }
    }

    /** Files of {@code files} the cache holds completely. */
    static List<DatafeedFile> complete(DatafeedCache cache, List<DatafeedFile> files) {
        List<DatafeedFile> out = new ArrayList<>();
        for (DatafeedFile f : files) {
            if (cache.state(f) == DatafeedCache.State.COMPLETE) out.add(f);
        }
        return out;
    }
}
