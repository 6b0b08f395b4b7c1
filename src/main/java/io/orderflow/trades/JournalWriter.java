package io.orderflow.trades;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.stream.JsonWriter;

/**
 * Writes the trade journal as CSV or JSON, one row/object per closed trade, in closing order.
 *
 * <p>Columns (CSV header = JSON keys): {@code label, instrument, side, amount} (JForex units),
 * {@code entry_time, exit_time} (ISO-8601 UTC with ms), {@code entry_price, exit_price,
 * initial_stop, initial_target, final_stop, final_target} (exact decimal prices; empty/null when
 * none), {@code close_reason, close_note, gross_pl, commission, net_pl, account_currency},
 * {@code r_multiple} (empty/null without an initial stop), {@code risk, mae_points, mfe_points,
 * duration_ms, reason, tags} (CSV: {@code key=value} joined by {@code ;}; JSON: an object).
 * CSV quoting per RFC 4180. Stateless; thread-safe.
 */
public final class JournalWriter {
    /** The CSV header, also the JSON key order. */
    public static final String[] COLUMNS = {"label", "instrument", "side", "amount", "entry_time", "entry_price",
            "exit_time", "exit_price", "initial_stop", "initial_target", "final_stop", "final_target", "close_reason",
            "close_note", "gross_pl", "commission", "net_pl", "account_currency", "r_multiple", "risk", "mae_points",
            "mfe_points", "duration_ms", "reason", "tags"};

    private JournalWriter() {
    }

    /** One trade's fields by column name, as strings/numbers/maps (null for none). */
    public static Map<String, Object> row(ClosedTrade t, String accountCurrency) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", t.label());
        m.put("instrument", t.instrument());
        m.put("side", t.side().name());
        m.put("amount", t.amount());
        m.put("entry_time", Instant.ofEpochMilli(t.entryTimeMs()).toString());
        m.put("entry_price", t.price(t.entryPrice()));
        m.put("exit_time", Instant.ofEpochMilli(t.exitTimeMs()).toString());
        m.put("exit_price", t.price(t.exitPrice()));
        m.put("initial_stop", t.initialStop() == 0 ? null : t.price(t.initialStop()));
        m.put("initial_target", t.initialTarget() == 0 ? null : t.price(t.initialTarget()));
        m.put("final_stop", t.finalStop() == 0 ? null : t.price(t.finalStop()));
        m.put("final_target", t.finalTarget() == 0 ? null : t.price(t.finalTarget()));
        m.put("close_reason", t.closeReason().name());
        m.put("close_note", t.closeNote());
        m.put("gross_pl", round(t.grossProfitLoss()));
        m.put("commission", round(t.commission()));
        m.put("net_pl", round(t.profitLoss()));
        m.put("account_currency", accountCurrency);
        m.put("r_multiple", Double.isNaN(t.rMultiple()) ? null : round(t.rMultiple()));
        m.put("risk", round(t.riskAtEntry()));
        m.put("mae_points", t.maePoints());
        m.put("mfe_points", t.mfePoints());
        m.put("duration_ms", t.durationMs());
        m.put("reason", t.reason());
        m.put("tags", t.tags());
        return m;
    }

    /** Rounds money to 1e-6 of the currency unit for printing (the values are sums of doubles). */
    private static double round(double v) {
        return Math.rint(v * 1e6) / 1e6;
    }

    public static void writeCsv(List<ClosedTrade> trades, String accountCurrency, Writer out) throws IOException {
        out.write(csvHeader());
        for (ClosedTrade t : trades) out.write(csvLine(t, accountCurrency));
    }

    /** The CSV header line, with its CRLF. */
    public static String csvHeader() {
        StringBuilder sb = new StringBuilder(256);
        for (int i = 0; i < COLUMNS.length; i++) {
            if (i > 0) sb.append(',');
            sb.append(COLUMNS[i]);
        }
        return sb.append("\r\n").toString();
    }

    /** One trade as a CSV line in {@link #COLUMNS} order, with its CRLF. */
    public static String csvLine(ClosedTrade t, String accountCurrency) {
        StringBuilder sb = new StringBuilder(256);
        int i = 0;
        for (Object v : row(t, accountCurrency).values()) {
            if (i++ > 0) sb.append(',');
            sb.append(csv(v));
        }
        return sb.append("\r\n").toString();
    }

    public static void writeJson(List<ClosedTrade> trades, String accountCurrency, Writer out) throws IOException {
        Gson gson = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();
        JsonWriter w = gson.newJsonWriter(out);
        w.setIndent("  ");
        w.beginArray();
        for (ClosedTrade t : trades) gson.toJson(row(t, accountCurrency), Map.class, w);
        w.endArray();
        w.flush();
    }

    static String csv(Object v) {
        if (v == null) return "";
        String s;
        if (v instanceof Map) {
            StringBuilder sb = new StringBuilder();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                if (sb.length() > 0) sb.append(';');
                sb.append(e.getKey()).append('=').append(e.getValue());
            }
            s = sb.toString();
        } else if (v instanceof Double) {
            double d = (Double) v;
            s = d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
        } else if (v instanceof java.math.BigDecimal) {
            s = ((java.math.BigDecimal) v).toPlainString();
        } else {
            s = v.toString();
        }
        boolean quote = false;
        for (int i = 0; i < s.length() && !quote; i++) {
            char c = s.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
