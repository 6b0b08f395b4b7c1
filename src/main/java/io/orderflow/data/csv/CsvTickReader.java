package io.orderflow.data.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import io.orderflow.data.PricePlausibility;
import io.orderflow.data.Problem;
import io.orderflow.data.ProblemLog;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.market.Tick;
import io.orderflow.market.TickCursor;

/**
 * Reads a tick CSV exported by the JForex platform ({@code Time (UTC),Ask,Bid,AskVolume,BidVolume})
 * or by Dukascopy's web export ({@code Gmt time,...} / {@code Local time,...}), plain or gzip
 * (recognised by its magic bytes), as a {@link TickCursor}. See {@link CsvHeader} for the accepted
 * layouts. Times: {@code yyyy.MM.dd HH:mm:ss[.SSS]} or {@code dd.MM.yyyy HH:mm:ss[.SSS]} (dashes also
 * accepted), optionally followed by {@code GMT+hhmm}, which is converted to UTC.
 *
 * <p>Prices become integer points of the instrument exactly (a price with more decimals than the
 * instrument's grid is a {@link Problem#BAD_PRICE}); volumes are the decimals as written (millions
 * of base currency for Dukascopy FX). Every row is checked like a {@code .bi5} record: time not
 * before the previous tick ({@link Problem#TIME_BACKWARDS}), positive prices, ask not below bid
 * ({@link Problem#ASK_BELOW_BID}), finite non-negative volumes ({@link Problem#BAD_VOLUME}), plausible
 * prices ({@link Problem#IMPLAUSIBLE_PRICE}, see {@link PricePlausibility});
 * unreadable rows are {@link Problem#MALFORMED_ROW}. Each problem goes to the {@link ProblemLog}
 * naming the file and line: thrown under {@code FAIL}, counted and skipped under {@code SKIP}. An
 * unknown header is one {@link Problem#UNKNOWN_HEADER} and the file yields no ticks.
 *
 * <p>Streams the file: memory is a fixed 64 KiB line buffer; no allocation per row. The reader owns
 * the stream and closes it in {@link #close()}. Not thread-safe.
 */
public final class CsvTickReader implements TickCursor {
    private final CsvRowParser parser;
    private long lastTimeMs = Long.MIN_VALUE;
    private final PricePlausibility prices;
    private long ticks;

    /**
     * @param in         the file's bytes, plain or gzip; owned by the reader from now on
     * @param source     name used in error messages (path or URL)
     * @param instrument gives the price grid (points scale)
     * @param log        the bad-input policy and account
     */
    public CsvTickReader(InputStream in, String source, InstrumentSpec instrument, ProblemLog log) {
        this.parser = new CsvRowParser(in, source, instrument, log, CsvHeader.Content.TICKS,
                CsvTickReader::plausible);
        this.prices = PricePlausibility.forInstrument(instrument.symbol(), instrument.pointsPerPip());
    }

    /** Opens {@code file} (plain or gzip). */
    public static CsvTickReader open(Path file, InstrumentSpec instrument, ProblemLog log) throws IOException {
        return new CsvTickReader(Files.newInputStream(file), file.toString(), instrument, log);
    }

    private static boolean plausible(long[] p, double[] v) {
        return p[1] > 0 && p[0] >= p[1] && v[0] >= 0 && v[1] >= 0 && !Double.isInfinite(v[0])
                && !Double.isInfinite(v[1]);
    }

    @Override
    public boolean next(Tick into) throws IOException {
        long[] p = parser.prices;
        double[] v = parser.volumes;
        while (parser.nextRow()) {
            long time = parser.timeMs;
            long ask = p[CsvColumn.ASK.slot()];
            long bid = p[CsvColumn.BID.slot()];
            double askVol = v[CsvColumn.ASK_VOLUME.slot()];
            double bidVol = v[CsvColumn.BID_VOLUME.slot()];
            String implausible;
            if (time < lastTimeMs) {
                parser.problem(Problem.TIME_BACKWARDS, "time goes backwards: " + Instant.ofEpochMilli(time) + " after "
                        + Instant.ofEpochMilli(lastTimeMs) + " on the row before (rows must be in time order)");
            } else if (ask <= 0 || bid <= 0) {
                parser.problem(Problem.BAD_PRICE, "ask " + ask + ", bid " + bid + " points");
            } else if (ask < bid) {
                parser.problem(Problem.ASK_BELOW_BID, "ask " + ask + " < bid " + bid + " points");
            } else if (!(askVol >= 0) || !(bidVol >= 0) || Double.isInfinite(askVol) || Double.isInfinite(bidVol)) {
                parser.problem(Problem.BAD_VOLUME, "ask volume " + askVol + ", bid volume " + bidVol);
            } else if ((implausible = prices.check(ask, bid)) != null) {
                parser.problem(Problem.IMPLAUSIBLE_PRICE, implausible);
            } else {
                lastTimeMs = time;
                ticks++;
                into.set(time, ask, bid, askVol, bidVol);
                return true;
            }
        }
        return false;
    }

    /** Ticks handed out so far. */
    public long ticks() { return ticks; }

    /** The recognised header (null before the first {@link #next} or when unknown). */
    public CsvHeader header() { return parser.header(); }

    /** 1-based number of the line read last. */
    public long lineNumber() { return parser.lineNumber(); }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
