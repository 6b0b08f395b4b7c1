package io.orderflow.backtest.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.orderflow.backtest.TickSource;
import io.orderflow.data.DirectoryBi5Source;
import io.orderflow.data.InputPolicy;
import io.orderflow.market.Instruments;
import io.orderflow.market.Tick;
import io.orderflow.market.TickCursor;
import io.orderflow.testing.TestData;

/** Real-data tick sources for tests. */
public final class Ticks {
    private Ticks() {
    }

    /** EURUSD 2019-02-04 and 05 (266,219 ticks). */
    public static TickSource eurusdTwoDays() {
        Path root = TestData.dukascopyBi5();
        return TickSource.dukascopy(new DirectoryBi5Source(root), Instruments.of("EURUSD"),
                Instant.parse("2019-02-04T00:00:00Z").toEpochMilli(), Instant.parse("2019-02-06T00:00:00Z").toEpochMilli(),
                InputPolicy.FAIL);
    }

    /** GBPJPY 2012-12-02 22:00 .. 2012-12-17 (617,592 ticks). */
    public static TickSource gbpjpyDecember() {
        return gbpjpy("2012-12-01T00:00:00Z", "2012-12-17T00:00:00Z");
    }

    public static TickSource gbpjpy(String from, String to) {
        Path root = TestData.dukascopyBi5();
        return TickSource.dukascopy(new DirectoryBi5Source(root), Instruments.of("GBPJPY"),
                Instant.parse(from).toEpochMilli(), Instant.parse(to).toEpochMilli(), InputPolicy.FAIL);
    }

    /** Every tick of {@code source} as copies (tests only: holds them all). */
    public static List<Tick> all(TickSource source) throws IOException {
        List<Tick> out = new ArrayList<>();
        try (TickCursor c = source.open()) {
            Tick t = new Tick(1);
            while (c.next(t)) out.add(new Tick(1).copyFrom(t));
        }
        return out;
    }
}
