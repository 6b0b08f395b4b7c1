package io.orderflow.data.csv;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import io.orderflow.data.Candle;
import io.orderflow.data.ProblemLog;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.market.Tick;

/** Builds CSV inputs in memory and reads them back into lists. */
final class CsvTestSupport {
    private CsvTestSupport() {
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] gzip(byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(plain);
        }
        return out.toByteArray();
    }

    static List<Tick> ticks(byte[] bytes, InstrumentSpec spec, ProblemLog log) throws IOException {
        List<Tick> out = new ArrayList<>();
        try (CsvTickReader r = new CsvTickReader(new ByteArrayInputStream(bytes), "test.csv", spec, log)) {
            Tick t = new Tick(1);
            while (r.next(t)) out.add(new Tick(1).copyFrom(t));
        }
        return out;
    }

    static List<Tick> ticks(String text, InstrumentSpec spec, ProblemLog log) throws IOException {
        return ticks(ascii(text), spec, log);
    }

    static List<Candle> candles(byte[] bytes, InstrumentSpec spec, ProblemLog log) throws IOException {
        List<Candle> out = new ArrayList<>();
        try (CsvCandleReader r = new CsvCandleReader(new ByteArrayInputStream(bytes), "test.csv", spec, log)) {
            Candle c = new Candle();
            while (r.next(c)) out.add(new Candle().set(c.timeMs(), c.open(), c.high(), c.low(), c.close(), c.volume()));
        }
        return out;
    }

    static List<Candle> candles(String text, InstrumentSpec spec, ProblemLog log) throws IOException {
        return candles(ascii(text), spec, log);
    }
}
