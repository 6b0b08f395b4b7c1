package io.orderflow.cli;

import java.math.BigDecimal;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * The data of the {@code depth} command's HTML page, built from the very CSV text the command
 * writes (so the page shows exactly the CSV's rows): {@code columns} (the CSV header), {@code rows}
 * (one array per CSV row: numbers as JSON numbers, times as ISO-8601 UTC text, the flash side as
 * text, empty cells and NaN as null) and {@code mid} (per row, the mid price at the bar's last
 * update, in price units). Stateless; thread-safe.
 */
final class DepthReportDocument {
    private DepthReportDocument() {
    }

    /**
     * @param csv the command's CSV text (header line first)
     * @param mids per bar start (ms UTC), the mid in points
     * @param pointScale decimals of a point (mid points / 10^scale = price)
     */
    static String json(String csv, BarMids mids, int pointScale, String symbol, String source, long periodMs,
                       int levels, String summary) {
        String[] lines = csv.split("\n");
        JsonObject o = new JsonObject();
        o.addProperty("symbol", symbol);
        o.addProperty("source", source);
        o.addProperty("periodMs", periodMs);
        o.addProperty("levels", levels);
        o.addProperty("pointScale", pointScale);
        o.addProperty("summary", summary);
        JsonArray columns = new JsonArray();
        String[] head = lines[0].split(",", -1);
        for (String h : head) columns.add(h);
        o.add("columns", columns);
        JsonArray rows = new JsonArray();
        JsonArray mid = new JsonArray();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isEmpty()) continue;
            String[] cells = lines[i].split(",", -1);
            JsonArray row = new JsonArray();
            for (int c = 0; c < cells.length; c++) row.add(cell(head[c], cells[c]));
            rows.add(row);
            double m = mids.midPoints(java.time.Instant.parse(cells[0]).toEpochMilli());
            mid.add(Double.isNaN(m) ? JsonNull.INSTANCE
                    : new JsonPrimitive(new BigDecimal(m).movePointLeft(pointScale).doubleValue()));
        }
        o.add("rows", rows);
        o.add("mid", mid);
        return new GsonBuilder().create().toJson(o);
    }

    private static com.google.gson.JsonElement cell(String column, String text) {
        if (text.isEmpty()) return JsonNull.INSTANCE;
        if (column.equals("bar_start") || column.equals("flash_time") || column.equals("flash_side")) {
            return new JsonPrimitive(text);
        }
        double v = Double.parseDouble(text);
        return Double.isNaN(v) || Double.isInfinite(v) ? JsonNull.INSTANCE : new JsonPrimitive(v);
    }
}
