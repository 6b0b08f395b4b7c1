package io.orderflow.flow;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.orderflow.data.DirectoryBi5Source;
import io.orderflow.data.DukascopyTickStream;
import io.orderflow.data.ProblemLog;
import io.orderflow.market.Instruments;
import io.orderflow.market.Tick;
import io.orderflow.testing.TestData;

/** Loads real Dukascopy ticks from the shared data as reference quotes (skips when absent). */
final class RealTicks {
    private RealTicks() {
    }

    static long utc(String date) {
        return LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    /** Ticks of {@code symbol} over {@code [fromDate, toDate)} (UTC dates). */
    static List<ReferenceTradeFlow.Quote> load(String symbol, String fromDate, String toDate) throws Exception {
        return load(symbol, utc(fromDate), utc(toDate));
    }

    static List<ReferenceTradeFlow.Quote> load(String symbol, long fromMs, long toMs) throws Exception {
        List<ReferenceTradeFlow.Quote> out = new ArrayList<>();
        try (DukascopyTickStream s = new DukascopyTickStream(new DirectoryBi5Source(TestData.dukascopyBi5()),
                Instruments.of(symbol), fromMs, toMs, ProblemLog.failing())) {
            Tick t = new Tick(1);
            while (s.next(t)) {
                out.add(new ReferenceTradeFlow.Quote(t.timeMs(), t.ask(), t.bid(), t.askVolume(), t.bidVolume()));
            }
        }
        return out;
    }
}
