package io.orderflow.data.csv;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import io.orderflow.data.DataFormatException;
import io.orderflow.data.Problem;
import io.orderflow.data.ProblemLog;
import io.orderflow.market.InstrumentSpec;

/**
 * The shared part of the CSV readers: opens the (possibly gzip) input, recognises the header, splits
 * each line into fields in place and parses the time and the numbers into primitive arrays. Syntax
 * problems ({@link Problem#MALFORMED_ROW}, {@link Problem#UNKNOWN_HEADER}, off-grid prices as
 * {@link Problem#BAD_PRICE}, {@link Problem#CORRUPT_COMPRESSION}) are reported here, naming the
 * source and line; the readers check the values.
 *
 * <p><b>Comma as decimal separator.</b> With {@code ;} or tab as the field separator a comma is
 * simply the decimal separator. A JForex export made in a comma-decimal locale can also use
 * {@code ,} for both ({@code 2016.01.04 10:00:00,1,08701,1,08713,...}); then a row has more
 * comma-separated parts than columns, and each number is either {@code int} or {@code int,fraction}.
 * Every split is tried; a split is valid when each integer part has no leading zero (so
 * {@code 08701} can only be a fraction), prices lie on the instrument's grid and the row passes
 * the reader's plausibility check (ask ≥ bid, low ≤ open/close ≤ high, volumes ≥ 0). Among valid
 * splits the one giving the most prices a fraction wins; a tie between valid splits is reported as
 * a malformed (ambiguous) row rather than guessed.
 *
 * <p>Per line: no allocation for well-formed rows. Not thread-safe.
 */
final class CsvRowParser {
    /** Plausibility of a candidate row, used to resolve decimal commas. */
    interface RowCheck {
        boolean plausible(long[] prices, double[] volumes);
    }

    private static final int MAX_FIELDS = 16;
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final InputStream raw;
    private final String source;
    private final ProblemLog log;
    private final CsvHeader.Content expected;
    private final InstrumentSpec instrument;
    private final int scale;
    private final RowCheck check;
    private final CsvTime time = new CsvTime();
    private final AsciiView view = new AsciiView();
    private final int[] fieldStart = new int[MAX_FIELDS];
    private final int[] fieldEnd = new int[MAX_FIELDS];
    private final long[] trialPrices = new long[4];
    private final double[] trialVolumes = new double[2];

    /** Prices of the current row by {@link CsvColumn#slot()}, in points. */
    final long[] prices = new long[4];
    /** Volumes of the current row by {@link CsvColumn#slot()}. */
    final double[] volumes = new double[2];
    /** Time of the current row, ms UTC. */
    long timeMs;

    private LineSource lines;
    private CsvHeader header;
    private boolean started;
    private boolean finished;
    private long rows;

    CsvRowParser(InputStream raw, String source, InstrumentSpec instrument, ProblemLog log,
                 CsvHeader.Content expected, RowCheck check) {
        this.raw = raw;
        this.source = source;
        this.instrument = instrument;
        this.scale = instrument.pointScale();
        this.log = log;
        this.expected = expected;
        this.check = check;
    }

    /** Advances to the next well-formed row; false at the end of the input. */
    boolean nextRow() throws IOException {
        if (finished) return false;
        if (!started) {
            started = true;
            if (!open() || !readHeader()) {
                finished = true;
                return false;
            }
        }
        while (lines.next()) {
            if (isBlank(lines.buffer(), lines.start(), lines.end())) continue;
            if (parseRow()) {
                rows++;
                return true;
            }
        }
        finished = true;
        return false;
    }

    private boolean open() throws IOException {
        InputStream in;
        try {
            in = TransparentGzip.open(raw);
        } catch (ZipException | EOFException e) {
            log.report(DataFormatException.atLine(source, 0, Problem.CORRUPT_COMPRESSION,
                    "gzip header damaged: " + e.getMessage(), e));
            return false;
        }
        lines = new LineSource(in, source, log, in instanceof GZIPInputStream);
        return true;
    }

    private boolean readHeader() throws IOException {
        while (lines.next()) {
            byte[] b = lines.buffer();
            int s = lines.start();
            int e = lines.end();
            if (lines.lineNumber() == 1 && e - s >= 3 && b[s] == BOM[0] && b[s + 1] == BOM[1] && b[s + 2] == BOM[2]) {
                s += 3;
            }
            if (isBlank(b, s, e)) continue;
            String text = new String(b, s, Math.min(e - s, 1024), StandardCharsets.ISO_8859_1);
            CsvHeader h = CsvHeader.parse(text.trim());
            if (h == null) {
                problem(Problem.UNKNOWN_HEADER, "not a known header; expected "
                        + (expected == CsvHeader.Content.TICKS ? "Time (UTC),Ask,Bid,AskVolume,BidVolume"
                        : "Time (UTC),Open,High,Low,Close,Volume") + " or the Gmt time/Local time forms");
                return false;
            }
            if (h.content() != expected) {
                problem(Problem.UNKNOWN_HEADER, "a " + h.content().name().toLowerCase() + " export where "
                        + expected.name().toLowerCase() + " were expected");
                return false;
            }
            header = h;
            return true;
        }
        return false;
    }

    private static boolean isBlank(byte[] b, int s, int e) {
        for (int i = s; i < e; i++) {
            if (b[i] != ' ' && b[i] != '\t') return false;
        }
        return true;
    }

    private boolean parseRow() throws IOException {
        byte[] b = lines.buffer();
        int n = split(b, lines.start(), lines.end(), (byte) header.separator());
        if (n < 0) return malformed("more than " + MAX_FIELDS + " fields");
        long t = time.parse(b, fieldStart[0], fieldEnd[0]);
        if (t == CsvTime.INVALID) {
            return malformed("cannot read the time '" + AsciiView.text(b, fieldStart[0], fieldEnd[0]) + "'");
        }
        if (header.localTime() && !time.hadOffset()) {
            return malformed("Local time without its GMT offset: '" + AsciiView.text(b, fieldStart[0], fieldEnd[0])
                    + "'");
        }
        timeMs = t;
        int cols = header.columnCount();
        if (n == cols + 1) return readFields(b);
        if (header.separator() == ',' && n > cols + 1 && n <= 2 * cols + 1) return readCommaDecimals(b, n);
        return malformed("expected " + (cols + 1) + " fields, found " + n);
    }

    private int split(byte[] b, int s, int e, byte sep) {
        int n = 0;
        int i = s;
        while (true) {
            if (n == MAX_FIELDS) return -1;
            int a = i;
            while (i < e && b[i] != sep) i++;
            int z = i;
            while (a < z && b[a] == ' ') a++;
            while (z > a && b[z - 1] == ' ') z--;
            fieldStart[n] = a;
            fieldEnd[n] = z;
            n++;
            if (i >= e) return n;
            i++;
        }
    }

    /** One field per column. */
    private boolean readFields(byte[] b) throws IOException {
        for (int c = 0; c < header.columnCount(); c++) {
            CsvColumn col = header.column(c);
            int s = fieldStart[c + 1];
            int e = fieldEnd[c + 1];
            if (col.isPrice()) {
                long p = CsvNumbers.points(b, s, e, scale, view);
                if (p == CsvNumbers.NOT_A_NUMBER) return malformed(col + " is not a number: '" + AsciiView.text(b, s, e) + "'");
                if (p == CsvNumbers.OFF_GRID) {
                    problem(Problem.BAD_PRICE, col + " " + AsciiView.text(b, s, e) + " is off the " + instrument.symbol()
                            + " grid of " + scale + " decimals");
                    return false;
                }
                prices[col.slot()] = p;
            } else if (!CsvNumbers.decimal(b, s, e, volumes, col.slot())) {
                return malformed(col + " is not a number: '" + AsciiView.text(b, s, e) + "'");
            }
        }
        return true;
    }

    /** Comma as both field and decimal separator: try every split (see the class comment). */
    private boolean readCommaDecimals(byte[] b, int n) throws IOException {
        int cols = header.columnCount();
        int fractions = n - 1 - cols;
        int priceMask = 0;
        for (int c = 0; c < cols; c++) if (header.column(c).isPrice()) priceMask |= 1 << c;
        int best = -1;
        int bestRank = -1;
        int ties = 0;
        for (int mask = 0; mask < (1 << cols); mask++) {
            if (Integer.bitCount(mask) != fractions || !trial(b, mask, trialPrices, trialVolumes)) continue;
            boolean plausible = check.plausible(trialPrices, trialVolumes);
            int rank = (plausible ? 100 : 0) + Integer.bitCount(mask & priceMask);
            if (rank > bestRank) {
                best = mask;
                bestRank = rank;
                ties = 0;
            } else if (rank == bestRank) {
                ties++;
            }
        }
        if (best < 0) {
            return malformed((n - 1) + " comma-separated parts cannot be read as " + cols
                    + " numbers with decimal commas");
        }
        if (bestRank >= 100 && ties > 0) {
            return malformed("ambiguous decimal commas: the row reads as " + (ties + 1) + " different valid rows");
        }
        trial(b, best, prices, volumes);
        return true;
    }

    /** Reads the row with a fraction on the columns whose bit is set in {@code mask}; false if invalid. */
    private boolean trial(byte[] b, int mask, long[] p, double[] v) {
        int k = 1;
        for (int c = 0; c < header.columnCount(); c++) {
            int s = fieldStart[k];
            if (!isIntegerPart(b, s, fieldEnd[k])) return false;
            int e;
            if ((mask & (1 << c)) != 0) {
                int fs = fieldStart[k + 1];
                int fe = fieldEnd[k + 1];
                if (fieldEnd[k] + 1 != fs || fe == fs) return false;
                for (int i = fs; i < fe; i++) if (!CsvNumbers.isDigit(b[i])) return false;
                e = fe;
                k += 2;
            } else {
                e = fieldEnd[k];
                k += 1;
            }
            CsvColumn col = header.column(c);
            if (col.isPrice()) {
                long x = CsvNumbers.points(b, s, e, scale, view);
                if (x == CsvNumbers.NOT_A_NUMBER || x == CsvNumbers.OFF_GRID) return false;
                p[col.slot()] = x;
            } else if (!CsvNumbers.decimal(b, s, e, v, col.slot())) {
                return false;
            }
        }
        return true;
    }

    /** Digits with an optional minus sign and no leading zero (except a lone 0). */
    private static boolean isIntegerPart(byte[] b, int s, int e) {
        if (s < e && b[s] == '-') s++;
        if (s == e) return false;
        if (b[s] == '0' && e - s > 1) return false;
        for (int i = s; i < e; i++) if (!CsvNumbers.isDigit(b[i])) return false;
        return true;
    }

    private boolean malformed(String detail) throws DataFormatException {
        problem(Problem.MALFORMED_ROW, detail);
        return false;
    }

    /** Reports a problem at the current line, quoting it. */
    void problem(Problem kind, String detail) throws DataFormatException {
        long line = lines == null ? 0 : lines.lineNumber();
        String text = lines == null ? "" : " in '" + AsciiView.text(lines.buffer(), lines.start(), lines.end()) + "'";
        log.report(DataFormatException.atLine(source, line, kind, detail + text, null));
    }

    /** The header, once the first row has been requested (null before, or when unrecognised). */
    CsvHeader header() { return header; }

    /** Current 1-based line number (0 before the first line). */
    long lineNumber() { return lines == null ? 0 : lines.lineNumber(); }

    /** Well-formed rows handed out so far. */
    long rows() { return rows; }

    void close() throws IOException {
        finished = true;
        if (lines != null) {
            lines.close();
        } else {
            raw.close();
        }
    }
}
