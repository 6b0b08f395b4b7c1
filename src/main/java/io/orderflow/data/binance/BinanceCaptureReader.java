package io.orderflow.data.binance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.orderflow.data.DataFormatException;
import io.orderflow.data.DecimalPoints;
import io.orderflow.data.Problem;
import io.orderflow.data.ProblemLog;
import io.orderflow.market.InstrumentSpec;

/**
 * Reads Binance spot websocket captures: one message per line, {@code <localNanos> <json>}, gzip
 * or plain. Recognises {@code @trade}, {@code @bookTicker} and {@code @depth} streams and the REST
 * depth snapshot (the line without {@code "stream"}); other streams are ignored and counted.
 * A line that cannot be parsed is reported to the {@link ProblemLog} with file and line number.
 *
 * <p>This reader is for test and research data (a few hundred thousand lines), so it parses each
 * line into a JSON tree. Not thread-safe.
 */
public final class BinanceCaptureReader {
    private final InstrumentSpec instrument;
    private final ProblemLog log;
    private long[] bidPrices = new long[1024];
    private double[] bidSizes = new double[1024];
    private long[] askPrices = new long[1024];
    private double[] askSizes = new double[1024];
    private long lines;
    private long ignored;

    public BinanceCaptureReader(InstrumentSpec instrument, ProblemLog log) {
        this.instrument = instrument;
        this.log = log;
    }

    /** Reads one file (gzip if its name ends in {@code .gz}). */
    public void read(Path file, BinanceCaptureListener listener) throws IOException {
        try (InputStream raw = Files.newInputStream(file)) {
            InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
            read(in, file.toString(), listener);
        }
    }

    /** Reads a stream of capture lines; {@code source} names it in errors. */
    public void read(InputStream in, String source, BinanceCaptureListener listener) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        String line;
        long lineNo = 0;
        while ((line = r.readLine()) != null) {
            lineNo++;
            lines++;
            if (line.isEmpty()) continue;
            try {
                parseLine(line, listener);
            } catch (RuntimeException e) {
                log.report(new DataFormatException(source, lineNo, Problem.MALFORMED_ROW,
                        e.getClass().getSimpleName() + ": " + e.getMessage(), e));
            }
        }
    }

    private void parseLine(String line, BinanceCaptureListener l) {
        int sp = line.indexOf(' ');
        if (sp <= 0) throw new IllegalArgumentException("expected '<nanos> <json>'");
        long nanos = Long.parseLong(line.substring(0, sp));
        JsonObject root = JsonParser.parseString(line.substring(sp + 1)).getAsJsonObject();
        JsonElement streamEl = root.get("stream");
        if (streamEl == null) {
            if (!root.has("lastUpdateId")) throw new IllegalArgumentException("neither a stream message nor a snapshot");
            int nb = levels(root.getAsJsonArray("bids"), true);
            int na = levels(root.getAsJsonArray("asks"), false);
            l.onSnapshot(root.get("lastUpdateId").getAsLong(), nb, bidPrices, bidSizes, na, askPrices, askSizes, nanos);
            return;
        }
        String stream = streamEl.getAsString();
        JsonObject d = root.getAsJsonObject("data");
        if (stream.endsWith("@trade")) {
            l.onTrade(d.get("T").getAsLong(), d.get("E").getAsLong(), d.get("t").getAsLong(), price(d.get("p")),
                    Double.parseDouble(d.get("q").getAsString()), d.get("m").getAsBoolean(), nanos);
        } else if (stream.endsWith("@bookTicker")) {
            l.onBookTicker(d.get("u").getAsLong(), price(d.get("b")), Double.parseDouble(d.get("B").getAsString()),
                    price(d.get("a")), Double.parseDouble(d.get("A").getAsString()), nanos);
        } else if (stream.contains("@depth")) {
            int nb = levels(d.getAsJsonArray("b"), true);
            int na = levels(d.getAsJsonArray("a"), false);
            l.onDepthUpdate(d.get("E").getAsLong(), d.get("U").getAsLong(), d.get("u").getAsLong(), nb, bidPrices,
                    bidSizes, na, askPrices, askSizes, nanos);
        } else {
            ignored++;
        }
    }

    private long price(JsonElement e) {
        return DecimalPoints.parse(e.getAsString(), instrument.pointScale());
    }

    private int levels(JsonArray a, boolean bids) {
        int n = a.size();
        if (bids) {
            if (bidPrices.length < n) {
                bidPrices = new long[n];
                bidSizes = new double[n];
            }
        } else if (askPrices.length < n) {
            askPrices = new long[n];
            askSizes = new double[n];
        }
        long[] p = bids ? bidPrices : askPrices;
        double[] s = bids ? bidSizes : askSizes;
        for (int i = 0; i < n; i++) {
            JsonArray lv = a.get(i).getAsJsonArray();
            p[i] = price(lv.get(0));
            double size = Double.parseDouble(lv.get(1).getAsString());
            if (!(size >= 0) || Double.isInfinite(size)) throw new IllegalArgumentException("bad size " + size);
            s[i] = size;
        }
        return n;
    }

    /** Lines read so far. */
    public long lines() { return lines; }

    /** Messages of streams this reader does not handle. */
    public long ignored() { return ignored; }
}
