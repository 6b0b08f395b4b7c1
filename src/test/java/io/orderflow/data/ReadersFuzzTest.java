package io.orderflow.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.tukaani.xz.ArrayCache;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.LZMAInputStream;
import org.tukaani.xz.LZMAOutputStream;

import io.orderflow.data.csv.CsvCandleReader;
import io.orderflow.data.csv.CsvHeader;
import io.orderflow.data.csv.CsvTickReader;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.market.Instruments;
import io.orderflow.market.Tick;
import io.orderflow.testing.TestData;
import io.orderflow.testing.Seeds;

/**
 * Fuzz test of every reader of untrusted files: real {@code .bi5} and CSV files are mutated (bit
 * flips, truncation, splices, LZMA header changes including huge dictionaries and sizes, valid LZMA
 * around damaged records; random bytes, deleted separators, huge fields, broken dates, shuffled
 * lines, damaged gzip) and read under both policies.
 *
 * <p>Each input must end, within {@value #PER_INPUT_SECONDS} s, either normally or with an
 * {@link IOException} (in practice a {@link DataFormatException}) — never with another exception,
 * a hang or an {@link OutOfMemoryError}. What the readers deliver must be valid (ask ≥ bid > 0, finite
 * non-negative volumes, time order, bars containing open and close), and where the input's content
 * can be counted independently, every record or line is either delivered or counted as a problem.
 *
 * <p>Runs for {@code -Dorderflow.fuzz.seconds} (default 20) from a fixed seed that
 * {@code -Dorderflow.seed=N} shifts, like every random test ({@code Seeds}); prints the seed and the
 * counts. A failing input is written to
 * {@code target/fuzz-failures/}.
 */
@Tag("slow")
class ReadersFuzzTest {
    static final String SECONDS_PROPERTY = "orderflow.fuzz.seconds";
    static final int PER_INPUT_SECONDS = 10;
    private static final int MAX_LINE_BYTES = 4096;

    private enum Target { BI5_TICKS, BI5_CANDLES, CSV_TICKS, CSV_CANDLES }

    private enum Outcome { ENDED_NORMALLY, DATA_FORMAT_EXCEPTION, OTHER_IO_EXCEPTION }

    /** A seed file and what it is. */
    private static final class Seed {
        final Target target;
        final String name;
        final byte[] bytes;       // compressed bi5, or plain CSV text
        final byte[] raw;         // decompressed bi5 records (null for CSV)
        final long startMs;       // hour or candle-file start (bi5)
        final InstrumentSpec instrument;

        Seed(Target target, String name, byte[] bytes, byte[] raw, long startMs, InstrumentSpec instrument) {
            this.target = target;
            this.name = name;
            this.bytes = bytes;
            this.raw = raw;
            this.startMs = startMs;
            this.instrument = instrument;
        }
    }

    /** One generated input. */
    private static final class Input {
        final Seed seed;
        final byte[] bytes;
        final String how;
        /** Records (bi5) or data lines (plain CSV) the content holds, or -1 when not known. */
        final long countable;

        Input(Seed seed, byte[] bytes, String how, long countable) {
            this.seed = seed;
            this.bytes = bytes;
            this.how = how;
            this.countable = countable;
        }
    }

    @Test
    void mutatedBi5AndCsvInputsOnlyEverEndNormallyOrWithDocumentedExceptions() throws Exception {
        double seconds = Double.parseDouble(System.getProperty(SECONDS_PROPERTY, "20"));
        long seed = Seeds.of(0xF022L);
        System.out.println("ReadersFuzzTest: seed " + seed + " (-D" + Seeds.PROPERTY + " shifts it), " + seconds
                + " s (-D" + SECONDS_PROPERTY + ")");
        List<Seed> seeds = loadSeeds();
        for (Seed s : seeds) {
            // The unmutated seeds are valid: everything countable is delivered, nothing is a problem.
            Input clean = s.raw == null ? new Input(s, s.bytes, "unmutated", countCsvLines(s.bytes,
                    s.target == Target.CSV_TICKS ? CsvHeader.Content.TICKS : CsvHeader.Content.CANDLES))
                    : input(s, s.bytes, "unmutated", s.target == Target.BI5_TICKS ? 20 : 24);
            assertTrue(clean.countable >= (s.raw == null ? 100 : 0), s.name + " holds " + clean.countable);
            read(clean, InputPolicy.FAIL, s.name + " unmutated");
        }
        Random rnd = new Random(seed);
        Map<Target, long[]> counts = new EnumMap<>(Target.class);
        for (Target t : Target.values()) counts.put(t, new long[Outcome.values().length]);
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long inputs = 0;
        long accounted = 0;
        while (System.nanoTime() < deadline) {
            Seed s = seeds.get(rnd.nextInt(seeds.size()));
            Input input = s.target == Target.BI5_TICKS || s.target == Target.BI5_CANDLES ? mutateBi5(s, rnd)
                    : mutateCsv(s, rnd);
            InputPolicy policy = rnd.nextInt(4) == 0 ? InputPolicy.FAIL : InputPolicy.SKIP;
            String context = "seed " + seed + ", input " + inputs + ": " + s.name + " " + input.how + " under " + policy;
            Outcome o = runOne(input, policy, context);
            if (input.countable >= 0 && o == Outcome.ENDED_NORMALLY) accounted++;
            counts.get(s.target)[o.ordinal()]++;
            inputs++;
        }
        StringBuilder report = new StringBuilder("ReadersFuzzTest: " + inputs + " inputs, seed " + seed + "; "
                + accounted + " read to the end with every record or line accounted for");
        for (Map.Entry<Target, long[]> e : counts.entrySet()) {
            long[] c = e.getValue();
            report.append("\n  ").append(e.getKey()).append(": ").append(c[0] + c[1] + c[2]).append(" inputs, ")
                    .append(c[0]).append(" ended normally, ").append(c[1]).append(" DataFormatException, ")
                    .append(c[2]).append(" other IOException");
        }
        System.out.println(report);
        assertTrue(inputs > 0);
    }

    private Outcome runOne(Input input, InputPolicy policy, String context) {
        try {
            assertTimeoutPreemptively(Duration.ofSeconds(PER_INPUT_SECONDS), () -> {
                read(input, policy, context);
                return null;
            }, () -> "hang: " + context);
            return Outcome.ENDED_NORMALLY;
        } catch (Throwable t) {
            // assertTimeoutPreemptively rethrows whatever the reader threw, undeclared.
            if (t instanceof DataFormatException) return Outcome.DATA_FORMAT_EXCEPTION;
            if (t instanceof IOException) return Outcome.OTHER_IO_EXCEPTION;
            dump(input, context);
            if (t instanceof AssertionFailedError) throw (AssertionFailedError) t;
            throw new AssertionFailedError("undocumented " + t.getClass().getName() + " for " + context, t);
        }
    }

    // --- reading and checking ----------------------------------------------------------------------

    private static void read(Input in, InputPolicy policy, String context) throws IOException {
        ProblemLog log = new ProblemLog(policy);
        long delivered;
        switch (in.seed.target) {
            case BI5_TICKS: delivered = readBi5Ticks(in, log, context); break;
            case BI5_CANDLES: delivered = readBi5Candles(in, log, context); break;
            case CSV_TICKS: delivered = readCsvTicks(in, log, context); break;
            default: delivered = readCsvCandles(in, log, context); break;
        }
        assertEquals(Math.min(log.total(), ProblemLog.MAX_SAMPLES), log.samples().size(), context);
        if (in.countable >= 0) {
            assertEquals(in.countable, delivered + log.total(),
                    "every record is delivered or counted: " + log.summary() + " " + context);
        }
    }

    private static long readBi5Ticks(Input in, ProblemLog log, String context) throws IOException {
        Bi5TickReader r = new Bi5TickReader();
        r.open(new ByteArrayInputStream(in.bytes), in.seed.name, in.seed.startMs, log);
        Tick t = new Tick(1);
        long n = 0;
        long last = Long.MIN_VALUE;
        while (r.next(t)) {
            checkTick(t, last, context);
            assertTrue(t.timeMs() >= in.seed.startMs && t.timeMs() < in.seed.startMs + 3_600_000, context);
            last = t.timeMs();
            n++;
        }
        return n;
    }

    private static long readBi5Candles(Input in, ProblemLog log, String context) throws IOException {
        Bi5CandleReader r = new Bi5CandleReader();
        r.open(new ByteArrayInputStream(in.bytes), in.seed.name, in.seed.startMs, log);
        Candle c = new Candle();
        long n = 0;
        long last = Long.MIN_VALUE;
        while (r.next(c)) {
            checkCandle(c, last, context);
            assertTrue(c.timeMs() >= in.seed.startMs, context);
            last = c.timeMs();
            n++;
        }
        return n;
    }

    private static long readCsvTicks(Input in, ProblemLog log, String context) throws IOException {
        long n = 0;
        long last = Long.MIN_VALUE;
        try (CsvTickReader r = new CsvTickReader(new ByteArrayInputStream(in.bytes), in.seed.name,
                in.seed.instrument, log)) {
            Tick t = new Tick(1);
            while (r.next(t)) {
                checkTick(t, last, context);
                last = t.timeMs();
                n++;
            }
        }
        return n;
    }

    private static long readCsvCandles(Input in, ProblemLog log, String context) throws IOException {
        long n = 0;
        long last = Long.MIN_VALUE;
        try (CsvCandleReader r = new CsvCandleReader(new ByteArrayInputStream(in.bytes), in.seed.name,
                in.seed.instrument, log)) {
            Candle c = new Candle();
            while (r.next(c)) {
                checkCandle(c, last, context);
                last = c.timeMs();
                n++;
            }
        }
        return n;
    }

    private static void checkTick(Tick t, long lastTime, String context) {
        if (!(t.bid() > 0 && t.ask() >= t.bid() && t.timeMs() >= lastTime && t.askVolume() >= 0
                && t.bidVolume() >= 0 && !Double.isInfinite(t.askVolume()) && !Double.isInfinite(t.bidVolume()))) {
            fail("invalid tick delivered: " + t + " after " + lastTime + ": " + context);
        }
    }

    private static void checkCandle(Candle c, long lastTime, String context) {
        if (!(c.low() > 0 && c.low() <= c.open() && c.open() <= c.high() && c.low() <= c.close()
                && c.close() <= c.high() && c.volume() >= 0 && !Double.isInfinite(c.volume())
                && c.timeMs() >= lastTime)) {
            fail("invalid candle delivered: " + c + " after " + lastTime + ": " + context);
        }
    }

    // --- bi5 mutations -----------------------------------------------------------------------------

    private static Input mutateBi5(Seed s, Random rnd) throws IOException {
        int recordSize = s.target == Target.BI5_TICKS ? 20 : 24;
        int kind = rnd.nextInt(8);
        byte[] b = s.bytes.clone();
        switch (kind) {
            case 0: {
                int flips = 1 + rnd.nextInt(8);
                for (int i = 0; i < flips && b.length > 0; i++) b[rnd.nextInt(b.length)] ^= (byte) (1 << rnd.nextInt(8));
                return input(s, b, "bit flips x" + flips, recordSize);
            }
            case 1:
                return input(s, Arrays.copyOf(b, b.length == 0 ? 0 : rnd.nextInt(b.length)), "truncated", recordSize);
            case 2: {
                byte[] other = s.bytes;
                int cut = b.length == 0 ? 0 : rnd.nextInt(b.length);
                int from = other.length == 0 ? 0 : rnd.nextInt(other.length);
                byte[] spliced = concat(Arrays.copyOf(b, cut), Arrays.copyOfRange(other, from, other.length));
                return input(s, spliced, "spliced", recordSize);
            }
            case 3: {
                if (b.length < 13) return input(s, randomBytes(rnd, rnd.nextInt(64)), "random bytes", recordSize);
                int field = rnd.nextInt(3);
                if (field == 0) {
                    b[0] = (byte) rnd.nextInt(256);
                } else if (field == 1) {
                    int[] dicts = {0, 4096, 1 << 22, 1 << 26, 1 << 27, 1 << 30, -1, rnd.nextInt()};
                    putLittleEndian(b, 1, dicts[rnd.nextInt(dicts.length)], 4);
                } else {
                    long[] sizes = {-1, 0, 1, s.raw.length - 1, s.raw.length + recordSize, 1L << 40, rnd.nextLong()};
                    putLittleEndian(b, 5, sizes[rnd.nextInt(sizes.length)], 8);
                }
                return input(s, b, "header field " + field, recordSize);
            }
            case 4: {
                int at = b.length == 0 ? 0 : rnd.nextInt(b.length);
                byte[] junk = randomBytes(rnd, 1 + rnd.nextInt(256));
                return input(s, concat(Arrays.copyOf(b, at), junk, Arrays.copyOfRange(b, at, b.length)),
                        "inserted junk", recordSize);
            }
            case 5:
                return input(s, randomBytes(rnd, rnd.nextInt(2048)), "random bytes", recordSize);
            default: {
                // Valid LZMA around damaged records: exercises the record checks, and every record is countable.
                byte[] raw = Arrays.copyOf(s.raw, Math.min(s.raw.length, recordSize * (1 + rnd.nextInt(400))));
                String how = mutateRecords(raw, recordSize, rnd);
                if (rnd.nextInt(4) == 0) raw = Arrays.copyOf(raw, raw.length == 0 ? 0 : rnd.nextInt(raw.length + 1));
                byte[] file = raw.length == 0 && rnd.nextBoolean() ? new byte[0] : lzma(raw, rnd.nextBoolean());
                long countable = raw.length / recordSize + (raw.length % recordSize == 0 ? 0 : 1);
                return new Input(s, file, "valid LZMA, damaged records: " + how, countable);
            }
        }
    }

    /** Damages records in place: flipped bits in fields, swapped records, extreme values. */
    private static String mutateRecords(byte[] raw, int recordSize, Random rnd) {
        int n = raw.length / recordSize;
        if (n == 0) return "none";
        int edits = 1 + rnd.nextInt(Math.min(n, 20));
        for (int i = 0; i < edits; i++) {
            int rec = rnd.nextInt(n) * recordSize;
            switch (rnd.nextInt(4)) {
                case 0: raw[rec + rnd.nextInt(recordSize)] ^= (byte) (1 << rnd.nextInt(8)); break;
                case 1: {
                    int other = rnd.nextInt(n) * recordSize;
                    byte[] tmp = Arrays.copyOfRange(raw, rec, rec + recordSize);
                    System.arraycopy(raw, other, raw, rec, recordSize);
                    System.arraycopy(tmp, 0, raw, other, recordSize);
                    break;
                }
                case 2: {
                    int[] extremes = {0, -1, Integer.MIN_VALUE, Integer.MAX_VALUE, 0x7FC00000 /* NaN */,
                        0x7F800000 /* +inf */, 0xFF800000 /* -inf */, 3_600_000};
                    int field = rnd.nextInt(recordSize / 4) * 4;
                    putBigEndian(raw, rec + field, extremes[rnd.nextInt(extremes.length)]);
                    break;
                }
                default: putBigEndian(raw, rec + rnd.nextInt(recordSize / 4) * 4, rnd.nextInt()); break;
            }
        }
        return edits + " edits";
    }

    /** Countable when the library itself can decompress the mutated file completely. */
    private static Input input(Seed s, byte[] b, String how, int recordSize) {
        long countable = -1;
        if (b.length == 0) {
            countable = 0;
        } else {
            try (InputStream in = new LZMAInputStream(new ByteArrayInputStream(b), 64 * 1024,
                    ArrayCache.getDummyCache())) {
                byte[] buf = new byte[1 << 16];
                long total = 0;
                int r;
                while ((r = in.read(buf)) >= 0) {
                    total += r;
                    if (total > 64L << 20) throw new IOException("too large for the reference");
                }
                countable = total / recordSize + (total % recordSize == 0 ? 0 : 1);
            } catch (IOException | RuntimeException | OutOfMemoryError e) {
                countable = -1;
            }
        }
        return new Input(s, b, how, countable);
    }

    private static byte[] lzma(byte[] raw, boolean sizeInHeader) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LZMA2Options o = new LZMA2Options(1);
        o.setDictSize(1 << 16);
        try (LZMAOutputStream lz = new LZMAOutputStream(out, o, sizeInHeader ? raw.length : -1)) {
            lz.write(raw);
        }
        return out.toByteArray();
    }

    // --- CSV mutations -----------------------------------------------------------------------------

    private static final byte[] NASTY = "0123456789.,;: -+\n\r\teENaInfinityGMT\"\u0000\u00ff".getBytes(StandardCharsets.ISO_8859_1);

    private static Input mutateCsv(Seed s, Random rnd) throws IOException {
        byte[] b = s.bytes.clone();
        StringBuilder how = new StringBuilder();
        int rounds = 1 + rnd.nextInt(3);
        for (int k = 0; k < rounds; k++) {
            int kind = rnd.nextInt(10);
            switch (kind) {
                case 0: {
                    int n = 1 + rnd.nextInt(10);
                    for (int i = 0; i < n && b.length > 0; i++) b[rnd.nextInt(b.length)] ^= (byte) (1 << rnd.nextInt(8));
                    how.append("bit flips; ");
                    break;
                }
                case 1: {
                    int n = 1 + rnd.nextInt(20);
                    for (int i = 0; i < n && b.length > 0; i++) b[rnd.nextInt(b.length)] = NASTY[rnd.nextInt(NASTY.length)];
                    how.append("random characters; ");
                    break;
                }
                case 2: {
                    byte sep = new byte[] {',', '\n', '.', ':', ' '}[rnd.nextInt(5)];
                    b = deleteSome(b, sep, 1 + rnd.nextInt(30), rnd);
                    how.append("deleted '").append(sep == '\n' ? "\\n" : String.valueOf((char) sep)).append("'; ");
                    break;
                }
                case 3: {
                    int len = new int[] {MAX_LINE_BYTES - 60, MAX_LINE_BYTES + 1, 50_000, 1 << 20}[rnd.nextInt(4)];
                    byte[] field = new byte[len];
                    Arrays.fill(field, new byte[] {'9', 'x', ',', ' ', '.'}[rnd.nextInt(5)]);
                    int at = b.length == 0 ? 0 : rnd.nextInt(b.length);
                    b = concat(Arrays.copyOf(b, at), field, Arrays.copyOfRange(b, at, b.length));
                    how.append("huge field ").append(len).append("; ");
                    break;
                }
                case 4: {
                    b = breakDates(b, rnd);
                    how.append("broken dates; ");
                    break;
                }
                case 5: {
                    b = shuffleLines(b, rnd);
                    how.append("shuffled lines; ");
                    break;
                }
                case 6: {
                    b = Arrays.copyOf(b, b.length == 0 ? 0 : rnd.nextInt(b.length));
                    how.append("truncated; ");
                    break;
                }
                case 7: {
                    for (int i = 0; i < b.length; i++) if (b[i] == '\n') b[i] = '\r';
                    how.append("CR line ends; ");
                    break;
                }
                case 8: {
                    int end = indexOf(b, (byte) '\n');
                    if (end > 0) b[rnd.nextInt(end)] = NASTY[rnd.nextInt(NASTY.length)];
                    how.append("header damaged; ");
                    break;
                }
                default: {
                    int at = b.length == 0 ? 0 : rnd.nextInt(b.length);
                    b = concat(Arrays.copyOf(b, at), randomBytes(rnd, 1 + rnd.nextInt(64)),
                            Arrays.copyOfRange(b, at, b.length));
                    how.append("inserted bytes; ");
                    break;
                }
            }
        }
        long countable = countCsvLines(b, s.target == Target.CSV_TICKS ? CsvHeader.Content.TICKS
                : CsvHeader.Content.CANDLES);
        if (rnd.nextInt(3) == 0) {
            byte[] gz = gzip(b);
            int damage = rnd.nextInt(3);
            if (damage == 1) {
                for (int i = 0; i < 1 + rnd.nextInt(4); i++) gz[rnd.nextInt(gz.length)] ^= (byte) (1 << rnd.nextInt(8));
                how.append("gzip with flipped bits");
                countable = -1;
            } else if (damage == 2) {
                gz = Arrays.copyOf(gz, rnd.nextInt(gz.length));
                how.append("truncated gzip");
                countable = -1;
            } else {
                how.append("gzip");
            }
            return new Input(s, gz, how.toString(), countable);
        }
        return new Input(s, b, how.toString(), countable);
    }

    /**
     * Independent count of what a CSV reader must account for under SKIP: one problem per over-long
     * line, one for an unknown header (then nothing more), and for every non-blank line after the
     * header either a delivered row or one problem.
     */
    private static long countCsvLines(byte[] b, CsvHeader.Content expected) {
        long count = 0;
        boolean header = false;
        int lineNo = 0;
        int start = 0;
        while (start < b.length) {
            int nl = start;
            while (nl < b.length && b[nl] != '\n') nl++;
            lineNo++;
            int end = nl;
            int next = nl + 1;
            if (end - start > MAX_LINE_BYTES) {
                count++;
                start = next;
                continue;
            }
            if (end > start && b[end - 1] == '\r') end--;
            int s = start;
            start = next;
            if (!header) {
                if (lineNo == 1 && end - s >= 3 && (b[s] & 0xFF) == 0xEF && (b[s + 1] & 0xFF) == 0xBB
                        && (b[s + 2] & 0xFF) == 0xBF) {
                    s += 3;
                }
                if (blank(b, s, end)) continue;
                header = true;
                String text = new String(b, s, Math.min(end - s, 1024), StandardCharsets.ISO_8859_1).trim();
                CsvHeader h = CsvHeader.parse(text);
                if (h == null || h.content() != expected) return count + 1;
                continue;
            }
            if (!blank(b, s, end)) count++;
        }
        return count;
    }

    private static boolean blank(byte[] b, int s, int e) {
        for (int i = s; i < e; i++) if (b[i] != ' ' && b[i] != '\t') return false;
        return true;
    }

    private static byte[] breakDates(byte[] b, Random rnd) {
        byte[] out = b.clone();
        int lineStart = 0;
        for (int i = 0; i <= out.length; i++) {
            if (i == out.length || out[i] == '\n') {
                if (i - lineStart > 12 && rnd.nextInt(4) == 0) {
                    int at = lineStart + rnd.nextInt(Math.min(24, i - lineStart));
                    out[at] = (byte) (rnd.nextBoolean() ? '0' + rnd.nextInt(10) : NASTY[rnd.nextInt(NASTY.length)]);
                }
                lineStart = i + 1;
            }
        }
        return out;
    }

    private static byte[] shuffleLines(byte[] b, Random rnd) {
        String[] lines = new String(b, StandardCharsets.ISO_8859_1).split("\n", -1);
        for (int i = 0; i < Math.min(lines.length, 10); i++) {
            int x = 1 + rnd.nextInt(Math.max(1, lines.length - 1));
            int y = 1 + rnd.nextInt(Math.max(1, lines.length - 1));
            if (x < lines.length && y < lines.length) {
                String t = lines[x];
                lines[x] = lines[y];
                lines[y] = t;
            }
        }
        return String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] deleteSome(byte[] b, byte what, int n, Random rnd) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        double p = Math.min(1.0, n / (double) Math.max(1, count(b, what)));
        for (byte x : b) if (x != what || rnd.nextDouble() >= p) out.write(x);
        return out.toByteArray();
    }

    // --- seeds -------------------------------------------------------------------------------------

    private static List<Seed> loadSeeds() throws IOException {
        Path bi5 = TestData.dukascopyBi5();
        Path csv = TestData.require("dukascopy/csv");
        List<Seed> seeds = new ArrayList<>();
        InstrumentSpec eurusd = Instruments.of("EURUSD");
        InstrumentSpec gbpjpy = Instruments.of("GBPJPY");
        InstrumentSpec btcusd = Instruments.of("BTCUSD");
        String[][] ticks = {
            {"EURUSD/2019/01/04/00h_ticks.bi5", "2019-02-04T00:00:00Z"},
            {"EURUSD/2019/01/04/13h_ticks.bi5", "2019-02-04T13:00:00Z"},
            {"GBPJPY/2012/11/05/10h_ticks.bi5", "2012-12-05T10:00:00Z"},
            {"GBPJPY/2012/11/01/00h_ticks.bi5", "2012-12-01T00:00:00Z"},
        };
        for (String[] t : ticks) {
            byte[] file = Files.readAllBytes(bi5.resolve(t[0]));
            seeds.add(new Seed(Target.BI5_TICKS, t[0], file, unlzma(file), Instant.parse(t[1]).toEpochMilli(),
                    t[0].startsWith("EUR") ? eurusd : gbpjpy));
        }
        String[][] candles = {
            {"EURUSD/2019/01/04/BID_candles_min_1.bi5", "2019-02-04T00:00:00Z"},
            {"EURUSD/2019/00/BID_candles_hour_1.bi5", "2019-01-01T00:00:00Z"},
            {"BTCUSD/2020/BID_candles_day_1.bi5", "2020-01-01T00:00:00Z"},
        };
        for (String[] c : candles) {
            byte[] file = Files.readAllBytes(bi5.resolve(c[0]));
            seeds.add(new Seed(Target.BI5_CANDLES, c[0], file, unlzma(file), Instant.parse(c[1]).toEpochMilli(),
                    c[0].startsWith("EUR") ? eurusd : btcusd));
        }
        String eurTicks = firstLines(csv.resolve("EURUSD_ticks_2019-02-04.csv.gz"), 400);
        String jpyTicks = firstLines(csv.resolve("GBPJPY_ticks_2012-12-05.csv.gz"), 400);
        String eurM1 = firstLines(csv.resolve("EURUSD_BID_M1_2019-02-04_2019-02-05.csv.gz"), 300);
        String btcD1 = firstLines(csv.resolve("BTCUSD_BID_D1_2018-2022.csv.gz"), 300);
        addCsv(seeds, Target.CSV_TICKS, "EURUSD_ticks.csv", eurTicks, eurusd);
        addCsv(seeds, Target.CSV_TICKS, "EURUSD_ticks_web_local.csv", webLocal(eurTicks), eurusd);
        addCsv(seeds, Target.CSV_TICKS, "GBPJPY_ticks_semicolon.csv", decimalComma(jpyTicks, ';', gbpjpy), gbpjpy);
        addCsv(seeds, Target.CSV_TICKS, "GBPJPY_ticks_comma_decimal.csv", decimalComma(jpyTicks, ',', gbpjpy), gbpjpy);
        addCsv(seeds, Target.CSV_CANDLES, "EURUSD_M1.csv", eurM1, eurusd);
        addCsv(seeds, Target.CSV_CANDLES, "EURUSD_M1_web_gmt.csv", webGmt(eurM1), eurusd);
        addCsv(seeds, Target.CSV_CANDLES, "BTCUSD_D1_comma_decimal.csv", decimalComma(btcD1, ',', btcusd), btcusd);
        return seeds;
    }

    private static void addCsv(List<Seed> seeds, Target t, String name, String text, InstrumentSpec spec) {
        seeds.add(new Seed(t, name, text.getBytes(StandardCharsets.ISO_8859_1), null, 0, spec));
    }

    /** JForex layout to the web export's Local time layout at GMT+0200. */
    private static String webLocal(String jforex) {
        StringBuilder sb = new StringBuilder();
        String[] lines = jforex.split("\n");
        sb.append(lines[0].replace("Time (UTC)", "Local time")).append('\n');
        java.time.format.DateTimeFormatter in = java.time.format.DateTimeFormatter.ofPattern("yyyy.MM.dd HH:mm:ss.SSS");
        java.time.format.DateTimeFormatter out = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss.SSS");
        for (int i = 1; i < lines.length; i++) {
            int comma = lines[i].indexOf(',');
            java.time.LocalDateTime t = java.time.LocalDateTime.parse(lines[i].substring(0, comma), in).plusHours(2);
            sb.append(out.format(t)).append(" GMT+0200").append(lines[i].substring(comma)).append('\n');
        }
        return sb.toString();
    }

    private static String webGmt(String jforex) {
        StringBuilder sb = new StringBuilder();
        String[] lines = jforex.split("\n");
        sb.append(lines[0].replace("Time (UTC)", "Gmt time")).append('\n');
        for (int i = 1; i < lines.length; i++) {
            String l = lines[i];
            sb.append(l, 8, 10).append('.').append(l, 5, 7).append('.').append(l, 0, 4).append(l, 10, 19).append(".000")
                    .append(l.substring(19)).append('\n');
        }
        return sb.toString();
    }

    /**
     * A comma-decimal locale's export: decimal commas in the numbers, fields separated by
     * {@code sep}. Rows that comma-for-both makes ambiguous (volumes "1,1,5") are left out.
     */
    private static String decimalComma(String jforex, char sep, InstrumentSpec spec) {
        String[] lines = jforex.split("\n");
        StringBuilder sb = new StringBuilder(lines[0].replace(',', sep)).append('\n');
        for (int i = 1; i < lines.length; i++) {
            int comma = lines[i].indexOf(',');
            String rest = lines[i].substring(comma).replace(',', sep).replace('.', ',');
            String row = lines[i].substring(0, comma) + rest;
            boolean ticks = lines[0].contains("Ask");
            if (readsCleanly(lines[0].replace(',', sep) + "\n" + row + "\n", ticks, spec)) sb.append(row).append('\n');
        }
        return sb.toString();
    }

    private static boolean readsCleanly(String text, boolean ticks, InstrumentSpec spec) {
        try {
            ByteArrayInputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1));
            if (ticks) {
                try (CsvTickReader r = new CsvTickReader(in, "row", spec, ProblemLog.failing())) {
                    return r.next(new Tick());
                }
            }
            try (CsvCandleReader r = new CsvCandleReader(in, "row", spec, ProblemLog.failing())) {
                return r.next(new Candle());
            }
        } catch (IOException e) {
            return false;
        }
    }

    private static String firstLines(Path gz, int n) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            String all = new String(readAll(in, 1 << 20), StandardCharsets.ISO_8859_1);
            int at = 0;
            for (int i = 0; i < n && at >= 0; i++) at = all.indexOf('\n', at + 1);
            return at < 0 ? all : all.substring(0, at + 1);
        }
    }

    private static byte[] readAll(InputStream in, int max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[1 << 16];
        int r;
        while (out.size() < max && (r = in.read(buf)) >= 0) out.write(buf, 0, r);
        return out.toByteArray();
    }

    private static byte[] unlzma(byte[] file) throws IOException {
        if (file.length == 0) return new byte[0];
        try (InputStream in = new LZMAInputStream(new ByteArrayInputStream(file))) {
            return readAll(in, Integer.MAX_VALUE);
        }
    }

    // --- bytes -------------------------------------------------------------------------------------

    private static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(b);
        }
        return out.toByteArray();
    }

    private static byte[] randomBytes(Random rnd, int n) {
        byte[] b = new byte[n];
        rnd.nextBytes(b);
        return b;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.write(p, 0, p.length);
        return out.toByteArray();
    }

    private static int indexOf(byte[] b, byte x) {
        for (int i = 0; i < b.length; i++) if (b[i] == x) return i;
        return -1;
    }

    private static int count(byte[] b, byte x) {
        int n = 0;
        for (byte y : b) if (y == x) n++;
        return n;
    }

    private static void putLittleEndian(byte[] b, int at, long v, int bytes) {
        for (int i = 0; i < bytes; i++) b[at + i] = (byte) (v >>> (8 * i));
    }

    private static void putBigEndian(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }

    private static void dump(Input input, String context) {
        try {
            Path dir = Paths.get(System.getProperty("orderflow.basedir", "."), "target", "fuzz-failures");
            Files.createDirectories(dir);
            Path f = dir.resolve(input.seed.name.replace('/', '_') + "-" + System.nanoTime() + ".bin");
            Files.write(f, input.bytes);
            System.out.println("ReadersFuzzTest: failing input written to " + f + " (" + context + ")");
        } catch (IOException e) {
            System.out.println("ReadersFuzzTest: could not write the failing input: " + e);
        }
    }
}
