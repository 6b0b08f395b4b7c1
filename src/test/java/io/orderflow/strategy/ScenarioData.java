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

/** Loads the shared real Dukascopy ticks into memory (copies, cached per JVM), for scenario tests. */
public final class ScenarioData {
    private static List<Tick> eurusd;
    private static List<Tick> gbpjpy;

    private ScenarioData() {
    }

    public static long utc(String day) {
        return LocalDate.parse(day).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    /** Ticks of {@code symbol} from {@code fromDay} 00:00 UTC to {@code toDayExclusive} 00:00 UTC. */
    public static List<Tick> load(String symbol, String fromDay, String toDayExclusive) throws Exception {
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

    /** EURUSD, Monday 2019-02-04 and Tuesday 2019-02-05 (266,219 ticks). */
    public static synchronized List<Tick> eurusd() throws Exception {
        if (eurusd == null) eurusd = load("EURUSD", "2019-02-04", "2019-02-06");
        return eurusd;
    }

    /** GBPJPY, Sunday 2012-12-02 evening to Sunday 2012-12-16 (617,592 ticks, two FX weeks). */
    public static synchronized List<Tick> gbpjpy() throws Exception {
        if (gbpjpy == null) gbpjpy = load("GBPJPY", "2012-12-02", "2012-12-17");
        return gbpjpy;
    }
}
