package io.orderflow.strategy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.orderflow.data.DirectoryBi5Source;
import io.orderflow.data.DukascopyTickStream;
import io.orderflow.data.ProblemLog;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.market.Instruments;
import io.orderflow.market.Tick;
import io.orderflow.testing.TestData;

/** Loads the shared real Dukascopy ticks into memory (copies), for scenario tests. */
final class RealTicks {
    private RealTicks() {
    }

    static long utc(String day) {
        return LocalDate.parse(day).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    /** Ticks of {@code symbol} from {@code fromDay} 00:00 UTC to {@code toDayExclusive} 00:00 UTC. */
    static List<Tick> load(String symbol, String fromDay, String toDayExclusive) throws Exception {
        Path root = TestData.dukascopyBi5();
        InstrumentSpec spec = Instruments.of(symbol);
        List<Tick> out = new ArrayList<>();
        try (DukascopyTickStream s = new DukascopyTickStream(new DirectoryBi5Source(root), spec, utc(fromDay),
                utc(toDayExclusive), ProblemLog.failing())) {
            Tick t = new Tick(1);
            while (s.next(t)) out.add(new Tick(1).copyFrom(t));
        }
        return out;
    }

    static List<Tick> eurusd() throws Exception {
        return load("EURUSD", "2019-02-04", "2019-02-06");
    }

    static List<Tick> gbpjpy() throws Exception {
        return load("GBPJPY", "2012-12-02", "2012-12-17");
    }
}
