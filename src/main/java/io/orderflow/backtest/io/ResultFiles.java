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
import io.orderflow.backtest.journal.JournalWriter;
import io.orderflow.backtest.report.HtmlReportWriter;
import io.orderflow.backtest.report.ReportModel;
import io.orderflow.backtest.stats.ConfirmationTable;

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
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("instrument", r.instrument().symbol());
        doc.put("accountCurrency", r.accountCurrency());
        doc.put("source", r.source());
        doc.put("config", r.config().toString());
        doc.put("statistics", finite(r.statistics().asMap()));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ReportModel.ConfirmationRow row : ConfirmationTable.fromTrades(r.trades(), ConfirmationTable.DEFAULT_TAG)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("group", row.group);
            m.put("signals", row.signals);
            m.put("wins", row.wins);
            m.put("hitRate", row.hitRate);
            m.put("expectancy", row.expectancy);
            m.put("expectancyR", row.expectancyR);
            rows.add(finite(m));
        }
        doc.put("confirmation", rows);
        doc.put("rejections", r.rejections());
        doc.put("rejectionSamples", r.rejectionSamples());
        doc.put("dataProblems", r.dataProblems());
        final String json = new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create().toJson(doc);
        AtomicFiles.writeString(target, json + "\n");
    }

    public static void writeReport(Path target, final ReportModel model) throws IOException {
        AtomicFiles.writeText(target, (Writer out) -> HtmlReportWriter.write(model, out));
    }

    /**
     * Writes {@code <base>-journal.csv}, {@code <base>-journal.json}, {@code <base>-stats.json} and
     * (when {@code model} is not null) {@code <base>-report.html} into {@code dir}; returns the paths.
     */
    public static List<Path> writeAll(Path dir, String base, BacktestResult r, ReportModel model) throws IOException {
        List<Path> out = new ArrayList<>();
        Path p = dir.resolve(base + "-journal.csv");
        writeJournalCsv(p, r);
        out.add(p);
        p = dir.resolve(base + "-journal.json");
        writeJournalJson(p, r);
        out.add(p);
        p = dir.resolve(base + "-stats.json");
        writeStatisticsJson(p, r);
        out.add(p);
        if (model != null) {
            p = dir.resolve(base + "-report.html");
            writeReport(p, model);
            out.add(p);
        }
        return out;
    }

    private static Map<String, Object> finite(Map<String, Object> in) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : in.entrySet()) {
            Object v = e.getValue();
            if (v instanceof Double && (((Double) v).isNaN() || ((Double) v).isInfinite())) v = null;
            m.put(e.getKey(), v);
        }
        return m;
    }

}
