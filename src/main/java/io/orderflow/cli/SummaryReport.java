package io.orderflow.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import io.orderflow.data.Problem;
import io.orderflow.data.ProblemLog;
import io.orderflow.data.feed.DownloadProgress;
import io.orderflow.market.InstrumentSpec;

/**
 * The finished result of {@code summary}, rendered as aligned text for people or JSON for programs.
 * Every UTC day of the range gets a row, days without ticks included. Immutable once built.
 */
final class SummaryReport {
    private final InstrumentSpec spec;
    private final long fromMs;
    private final long toMs;
    private final String source;
    private final TickSummary s;
    private final int hourFilesRead;
    private final int hoursMissing;
    private final int hoursDamaged;
    private final ProblemLog problems;
    private final DownloadProgress download;
    private final boolean csv;

    SummaryReport(InstrumentSpec spec, long fromMs, long toMs, String source, TickSummary summary, int hourFilesRead,
                  int hoursMissing, int hoursDamaged, ProblemLog problems, DownloadProgress download, boolean csv) {
        this.hoursDamaged = hoursDamaged;
        this.csv = csv;
        this.spec = spec;
        this.fromMs = fromMs;
        this.toMs = toMs;
        this.source = source;
        this.s = summary;
        this.hourFilesRead = hourFilesRead;
        this.hoursMissing = hoursMissing;
        this.problems = problems;
        this.download = download;
    }

    private double pips(double points) {
        return spec.pointsToPips(points);
    }

    private String price(long points) {
        return Formats.price(spec, points).toPlainString();
    }

    String text() {
        StringBuilder b = new StringBuilder();
        line(b, "instrument", spec.symbol() + " (point " + BigDecimal.ONE.movePointLeft(spec.pointScale()).toPlainString()
                + ", pip " + BigDecimal.ONE.movePointLeft(spec.pipScale()).toPlainString() + ")");
        line(b, "range", Formats.time(fromMs) + " to " + Formats.time(toMs) + " (end exclusive)");
        line(b, "source", source);
        if (download != null) {
            line(b, "datafeed files", download.filesTotal() + ": " + download.filesDownloaded() + " downloaded ("
                    + Formats.bytes(download.bytesDownloaded()) + "), " + download.filesCached() + " from cache, "
                    + download.filesEmpty() + " empty, " + download.filesNotFound() + " not found (404)"
                    + (download.filesUnfinished() > 0 ? ", " + download.filesUnfinished() + " unfinished (not cached)" : "")
                    + (download.retries() > 0 ? ", " + download.retries() + " retries" : ""));
        }
        line(b, "ticks", Formats.count(s.ticks()));
        if (s.ticks() > 0) {
            line(b, "first tick", Formats.timeMs(s.firstMs()));
            line(b, "last tick", Formats.timeMs(s.lastMs()));
            line(b, "bid low / high", price(s.bidLow()) + " / " + price(s.bidHigh()));
            line(b, "ask low / high", price(s.askLow()) + " / " + price(s.askHigh()));
            line(b, "spread mean", String.format(Locale.ROOT, "%.2f points (%.3f pips)", s.meanSpreadPoints(),
                    pips(s.meanSpreadPoints())));
            line(b, "spread max", String.format(Locale.ROOT, "%d points (%s pips)", s.maxSpreadPoints(),
                    BigDecimal.valueOf(s.maxSpreadPoints()).movePointLeft(spec.pointScale() - spec.pipScale())
                            .toPlainString()));
            line(b, "bid volume", Formats.volumeText(s.bidVolume()));
            line(b, "ask volume", Formats.volumeText(s.askVolume()));
        }
        line(b, csv ? "CSV files read" : "hour files read", Integer.toString(hourFilesRead));
        line(b, "hours missing", hoursMissing + (csv ? " (hours inside trading hours without a tick)"
                : " (hours inside trading hours without a file or without a tick)"));
        if (!csv) line(b, "hours damaged", hoursDamaged + " (files that could not be decoded to their end)");
        line(b, "problems", problems.summary());
        for (String sample : problems.samples()) b.append("  ").append(sample).append('\n');

        b.append('\n');
        String fmt = "%-10s  %9s  %12s  %12s  %12s  %12s  %14s  %14s%n";
        b.append(String.format(Locale.ROOT, fmt, "UTC day", "ticks", "bid open", "bid high", "bid low", "bid close",
                "bid volume", "ask volume"));
        int next = 0;
        for (LocalDate d = firstDay(); !d.isAfter(lastDay()); d = d.plusDays(1)) {
            TickSummary.Day row = next < s.days().size() && s.days().get(next).date().equals(d) ? s.days().get(next++) : null;
            if (row == null) {
                b.append(String.format(Locale.ROOT, fmt, d, "0", "-", "-", "-", "-", "0.00", "0.00"));
            } else {
                b.append(String.format(Locale.ROOT, fmt, d, Formats.count(row.ticks()), price(row.open()),
                        price(row.high()), price(row.low()), price(row.close()),
                        Formats.volumeText(row.bidVolume()), Formats.volumeText(row.askVolume())));
            }
        }
        return b.toString();
    }

    private LocalDate firstDay() {
        return LocalDate.ofEpochDay(Math.floorDiv(fromMs, 86_400_000L));
    }

    private LocalDate lastDay() {
        return LocalDate.ofEpochDay(Math.floorDiv(toMs - 1, 86_400_000L));
    }

    private static void line(StringBuilder b, String label, String value) {
        b.append(String.format(Locale.ROOT, "%-16s %s%n", label, value));
    }

    String json() {
        JsonObject o = new JsonObject();
        o.addProperty("instrument", spec.symbol());
        o.add("pointSize", new JsonPrimitive(BigDecimal.ONE.movePointLeft(spec.pointScale())));
        o.add("pipSize", new JsonPrimitive(BigDecimal.ONE.movePointLeft(spec.pipScale())));
        o.addProperty("from", Formats.iso(fromMs));
        o.addProperty("to", Formats.iso(toMs));
        o.addProperty("source", source);
        if (download != null) {
            JsonObject d = new JsonObject();
            d.addProperty("files", download.filesTotal());
            d.addProperty("downloaded", download.filesDownloaded());
            d.addProperty("fromCache", download.filesCached());
            d.addProperty("empty", download.filesEmpty());
            d.addProperty("notFound", download.filesNotFound());
            d.addProperty("unfinished", download.filesUnfinished());
            d.addProperty("bytes", download.bytesDownloaded());
            d.addProperty("retries", download.retries());
            o.add("download", d);
        }
        boolean any = s.ticks() > 0;
        o.addProperty("ticks", s.ticks());
        o.add("firstTick", any ? new JsonPrimitive(Formats.iso(s.firstMs())) : JsonNull.INSTANCE);
        o.add("lastTick", any ? new JsonPrimitive(Formats.iso(s.lastMs())) : JsonNull.INSTANCE);
        o.add("bid", range(any, s.bidLow(), s.bidHigh()));
        o.add("ask", range(any, s.askLow(), s.askHigh()));
        JsonObject spread = new JsonObject();
        spread.add("meanPoints", any ? new JsonPrimitive(s.meanSpreadPoints()) : JsonNull.INSTANCE);
        spread.add("meanPips", any ? new JsonPrimitive(pips(s.meanSpreadPoints())) : JsonNull.INSTANCE);
        spread.add("maxPoints", any ? new JsonPrimitive(s.maxSpreadPoints()) : JsonNull.INSTANCE);
        spread.add("maxPips", any ? new JsonPrimitive(pips(s.maxSpreadPoints())) : JsonNull.INSTANCE);
        o.add("spread", spread);
        JsonObject volume = new JsonObject();
        volume.add("bid", new JsonPrimitive(Formats.volume(s.bidVolume())));
        volume.add("ask", new JsonPrimitive(Formats.volume(s.askVolume())));
        o.add("volume", volume);
        JsonArray days = new JsonArray();
        int next = 0;
        for (LocalDate d = firstDay(); !d.isAfter(lastDay()); d = d.plusDays(1)) {
            TickSummary.Day row = next < s.days().size() && s.days().get(next).date().equals(d) ? s.days().get(next++) : null;
            JsonObject day = new JsonObject();
            day.addProperty("date", d.toString());
            day.addProperty("ticks", row == null ? 0 : row.ticks());
            day.add("bidOpen", row == null ? JsonNull.INSTANCE : new JsonPrimitive(Formats.price(spec, row.open())));
            day.add("bidHigh", row == null ? JsonNull.INSTANCE : new JsonPrimitive(Formats.price(spec, row.high())));
            day.add("bidLow", row == null ? JsonNull.INSTANCE : new JsonPrimitive(Formats.price(spec, row.low())));
            day.add("bidClose", row == null ? JsonNull.INSTANCE : new JsonPrimitive(Formats.price(spec, row.close())));
            day.add("bidVolume", new JsonPrimitive(Formats.volume(row == null ? 0 : row.bidVolume())));
            day.add("askVolume", new JsonPrimitive(Formats.volume(row == null ? 0 : row.askVolume())));
            days.add(day);
        }
        o.add("days", days);
        o.addProperty(csv ? "csvFilesRead" : "hourFilesRead", hourFilesRead);
        o.addProperty("hoursMissing", hoursMissing);
        if (!csv) o.addProperty("hoursDamaged", hoursDamaged);
        JsonObject p = new JsonObject();
        p.addProperty("policy", problems.policy().name().toLowerCase(Locale.ROOT));
        p.addProperty("total", problems.total());
        JsonObject counts = new JsonObject();
        for (Map.Entry<Problem, Long> e : problems.counts().entrySet()) counts.addProperty(e.getKey().name(), e.getValue());
        p.add("counts", counts);
        JsonArray samples = new JsonArray();
        for (String sample : problems.samples()) samples.add(sample);
        p.add("samples", samples);
        o.add("problems", p);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(o) + "\n";
    }

    private JsonElement range(boolean any, long low, long high) {
        if (!any) return JsonNull.INSTANCE;
        JsonObject r = new JsonObject();
        r.add("low", new JsonPrimitive(Formats.price(spec, low)));
        r.add("high", new JsonPrimitive(Formats.price(spec, high)));
        return r;
    }
}
