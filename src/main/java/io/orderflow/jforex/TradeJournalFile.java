package io.orderflow.jforex;

import java.io.Closeable;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import io.orderflow.trades.ClosedTrade;
import io.orderflow.trades.JournalWriter;

/**
 * The strategy's trade journal in the platform's files folder: one CSV row per closed trade, in the
 * columns of the offline backtester's journal ({@link JournalWriter#COLUMNS}), so that a Historical
 * Tester run and an offline backtest can be compared line by line.
 *
 * <p>Rows are appended: a restarted strategy continues the same file (the header is written only
 * when the file is new or empty). Each row is flushed to the operating system as it is written, so
 * a crash of the platform loses at most the row being written. Not thread-safe: the strategy
 * thread writes.
 */
public final class TradeJournalFile implements Closeable {
    private final File file;
    private final String accountCurrency;
    private final Writer out;
    private int rows;

    private TradeJournalFile(File file, String accountCurrency, Writer out) {
        this.file = file;
        this.accountCurrency = accountCurrency;
        this.out = out;
    }

    /** Opens {@code file} for appending (creating its folder), writing the header when the file is new or empty. */
    public static TradeJournalFile open(File file, String accountCurrency) throws IOException {
        File dir = file.getAbsoluteFile().getParentFile();
        if (dir != null && !dir.isDirectory() && !dir.mkdirs()) {
            throw new IOException("cannot create the folder " + dir + " for the trade journal");
        }
        boolean fresh = !file.exists() || file.length() == 0;
        Writer w = new OutputStreamWriter(new FileOutputStream(file, true), StandardCharsets.UTF_8);
        TradeJournalFile j = new TradeJournalFile(file, accountCurrency, w);
        if (fresh) {
            w.write(JournalWriter.csvHeader());
            w.flush();
        }
        return j;
    }

    /** Appends one trade and flushes. */
    public void append(ClosedTrade trade) throws IOException {
        out.write(JournalWriter.csvLine(trade, accountCurrency));
        out.flush();
        rows++;
    }

    /** The journal file. */
    public File file() { return file; }

    /** Rows written by this instance. */
    public int rowsWritten() { return rows; }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
