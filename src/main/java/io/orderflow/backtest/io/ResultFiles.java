package io.orderflow.backtest.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

import io.orderflow.backtest.BacktestResult;
import io.orderflow.backtest.report.HtmlReportWriter;
import io.orderflow.backtest.report.ReportModel;
import io.orderflow.backtest.stats.ConfirmationRow;
import io.orderflow.backtest.stats.ConfirmationTable;
import io.orderflow.trades.JournalWriter;

/**
 * Writes a run's outputs, each atomically ({@link AtomicFiles}): journal CSV and JSON, statistics
 * JSON, HTML report. In the statistics JSON, undefined figures (NaN, infinities) are {@code null}.
 * Stateless; thread-safe for distinct targets.
 */
public final class ResultFiles {
    private ResultFiles() {
    }

    public static void writeJournalCsv(Path target, final BacktestResult r) throws IOException {
        AtomicFiles.writeText(target, (Writer out) -> JournalWriter.writeCsv(r.trades(), r.accountCurrency(), out));
    }

    public static void writeJournalJson(Path target, final BacktestResult r) throws IOException {
        AtomicFiles.writeText(target, (Writer out) -> JournalWriter.writeJson(r.trades(), r.accountCurrency(), out));
    }

    /** Statistics plus what produced them: instrument, source, configuration, rejections, data problems, confirmation table. */
    public static void writeStatisticsJson(Path target, BacktestResult r) throws IOException {
        AtomicFiles.writeString(target, statisticsJson(r, null));
    }

    /**
     * The statistics document: instrument, account currency, source, configuration, statistics
     * (undefined figures null), the journal's confirmation table, rejections, data problems, then
     * the entries of {@code extra} (may be null) in their order — e.g. the strategy's configuration
     * and its signal-level confirmation table. Values of {@code extra} are plain objects Gson can
     * write (maps, lists, numbers, strings, {@link ConfirmationRow}s); non-finite doubles
     * anywhere become null.
     */
    public static String statisticsJson(BacktestResult r, Map<String, Object> extra) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("instrument", r.instrument().symbol());
        doc.put("accountCurrency", r.accountCurrency());
        doc.put("source", r.source());
        doc.put("config", r.config().toString());
        doc.put("statistics", finite(r.statistics().asMap()));
        doc.put("confirmation", confirmationRows(ConfirmationTable.fromTrades(r.trades())));
        doc.put("rejections", r.rejections());
        doc.put("rejectionSamples", r.rejectionSamples());
        doc.put("dataProblems", r.dataProblems());
        if (extra != null) {
            for (Map.Entry<String, Object> e : extra.entrySet()) doc.put(e.getKey(), plain(e.getValue()));
        }
        return new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create().toJson(doc) + "\n";
    }

    /** Confirmation rows as JSON-ready maps (non-finite figures null). */
    public static List<Map<String, Object>> confirmationRows(List<ConfirmationRow> in) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ConfirmationRow row : in) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("group", row.group);
            m.put("basis", row.basis);
            m.put("count", row.signals);
            m.put("wins", row.wins);
            m.put("hitRate", row.hitRate);
            m.put("expectancy", row.expectancy);
            m.put("expectancyR", row.expectancyR);
            m.put("standardErrorR", row.standardErrorR);
            m.put("meanMaeR", row.meanMaeR);
            rows.add(finite(m));
        }
        return rows;
    }

    public static void writeReport(Path target, final ReportModel model) throws IOException {
        AtomicFiles.writeText(target, (Writer out) -> HtmlReportWriter.write(model, out));
    }

    /**
     * Writes {@code <base>-journal.csv}, {@code <base>-journal.json}, {@code <base>-stats.json} and
     * (when {@code model} is not null) {@code <base>-report.html} into {@code dir}; returns the paths.
     */
    public static List<Path> writeAll(Path dir, String base, BacktestResult r, ReportModel model) throws IOException {
        return writeAll(dir, base, r, model, null);
    }

    /**
     * As {@link #writeAll(Path, String, BacktestResult, ReportModel)}, with {@code extra} entries in
     * the statistics document (see {@link #statisticsJson}). The files replace the set named
     * {@code base} in {@code dir} as a whole ({@link FileSet}): a failure leaves the old set.
     *
     * @throws FileSet.BusyException when another run writes the same set now
     */
    public static List<Path> writeAll(Path dir, String base, final BacktestResult r, final ReportModel model,
                                      Map<String, Object> extra) throws IOException {
        try (FileSet set = FileSet.lock(dir, base)) {
            return writeAll(set, base, r, model, extra);
        }
    }

    /** As {@link #writeAll(Path, String, BacktestResult, ReportModel, Map)} into a set the caller holds. */
    public static List<Path> writeAll(FileSet set, String base, final BacktestResult r, final ReportModel model,
                                      Map<String, Object> extra) throws IOException {
        Map<String, AtomicFiles.Content> files = new LinkedHashMap<>();
        files.put(base + "-journal.csv",
                AtomicFiles.utf8((Writer out) -> JournalWriter.writeCsv(r.trades(), r.accountCurrency(), out)));
        files.put(base + "-journal.json",
                AtomicFiles.utf8((Writer out) -> JournalWriter.writeJson(r.trades(), r.accountCurrency(), out)));
        final String stats = statisticsJson(r, extra);
        files.put(base + "-stats.json", AtomicFiles.utf8((Writer out) -> out.write(stats)));
        if (model != null) {
            files.put(base + "-report.html", AtomicFiles.utf8((Writer out) -> HtmlReportWriter.write(model, out)));
        }
        return set.commit(files);
    }

    /** A copy of {@code v} with non-finite doubles replaced by null, through maps and lists. */
    @SuppressWarnings("unchecked")
    private static Object plain(Object v) {
        if (v instanceof Double && (((Double) v).isNaN() || ((Double) v).isInfinite())) return null;
        if (v instanceof Map) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : ((Map<String, Object>) v).entrySet()) m.put(e.getKey(), plain(e.getValue()));
            return m;
        }
        if (v instanceof List) {
            List<Object> l = new ArrayList<>();
            for (Object o : (List<Object>) v) l.add(plain(o));
            return l;
        }
        if (v instanceof ConfirmationRow) {
            List<ConfirmationRow> one = new ArrayList<>();
            one.add((ConfirmationRow) v);
            return confirmationRows(one).get(0);
        }
        return v;
    }

    /** A copy of {@code in} with NaN and infinite doubles as null (JSON has no such numbers). */
    public static Map<String, Object> finite(Map<String, Object> in) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : in.entrySet()) {
            Object v = e.getValue();
            if (v instanceof Double && (((Double) v).isNaN() || ((Double) v).isInfinite())) v = null;
            m.put(e.getKey(), v);
        }
        return m;
    }

}
