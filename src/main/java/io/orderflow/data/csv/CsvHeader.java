package io.orderflow.data.csv;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;

/**
 * The recognised layouts of a Dukascopy CSV file, read from its header line. Immutable,
 * thread-safe.
 *
 * <ul>
 * <li>JForex platform export: {@code Time (UTC),Ask,Bid,AskVolume,BidVolume} (ticks) and
 * {@code Time (UTC),Open,High,Low,Close,Volume} (candles), times {@code yyyy.MM.dd HH:mm:ss[.SSS]}.</li>
 * <li>Dukascopy web export ("Historical Data Feed"): {@code Gmt time,...} with times
 * {@code dd.MM.yyyy HH:mm:ss.SSS}, or {@code Local time,...} with a {@code GMT+hhmm} suffix on every
 * time.</li>
 * </ul>
 * Column names are matched ignoring case, spaces and underscores, so a trailing space
 * ({@code Volume }) or {@code Ask Volume} are accepted, and the value columns may come in any order.
 * The field separator is {@code ;} or a tab when the header contains one, else {@code ,}.
 */
public final class CsvHeader {
    /** What the rows hold. */
    public enum Content {
        TICKS(EnumSet.of(CsvColumn.ASK, CsvColumn.BID, CsvColumn.ASK_VOLUME, CsvColumn.BID_VOLUME)),
        CANDLES(EnumSet.of(CsvColumn.OPEN, CsvColumn.HIGH, CsvColumn.LOW, CsvColumn.CLOSE, CsvColumn.VOLUME));

        private final EnumSet<CsvColumn> columns;

        Content(EnumSet<CsvColumn> columns) {
            this.columns = columns;
        }

        /** Prices per row. */
        public int prices() {
            int n = 0;
            for (CsvColumn c : columns) if (c.isPrice()) n++;
            return n;
        }

        /** Volumes per row. */
        public int volumes() { return columns.size() - prices(); }
    }

    /** Which program wrote the file, told by the name of the time column. */
    public enum Dialect {
        /** JForex desktop platform: {@code Time (UTC)}. */
        JFOREX,
        /** Dukascopy web export: {@code Gmt time} or {@code Local time}. */
        DUKASCOPY_WEB
    }

    private final Content content;
    private final Dialect dialect;
    private final boolean localTime;
    private final char separator;
    private final CsvColumn[] columns;

    private CsvHeader(Content content, Dialect dialect, boolean localTime, char separator, CsvColumn[] columns) {
        this.content = content;
        this.dialect = dialect;
        this.localTime = localTime;
        this.separator = separator;
        this.columns = columns;
    }

    /**
     * Recognises a header line (byte order mark and line terminator already removed).
     *
     * @return the layout, or null when the line is not a known header
     */
    public static CsvHeader parse(String line) {
        char sep = line.indexOf(';') >= 0 ? ';' : line.indexOf('\t') >= 0 ? '\t' : ',';
        String[] names = line.split(sep == '\t' ? "\t" : String.valueOf(sep), -1);
        if (names.length < 2) return null;
        Dialect dialect;
        boolean local = false;
        switch (normalise(names[0])) {
            case "time(utc)": dialect = Dialect.JFOREX; break;
            case "gmttime": dialect = Dialect.DUKASCOPY_WEB; break;
            case "localtime": dialect = Dialect.DUKASCOPY_WEB; local = true; break;
            default: return null;
        }
        CsvColumn[] cols = new CsvColumn[names.length - 1];
        EnumSet<CsvColumn> seen = EnumSet.noneOf(CsvColumn.class);
        for (int i = 1; i < names.length; i++) {
            CsvColumn c = column(normalise(names[i]));
            if (c == null || !seen.add(c)) return null;
            cols[i - 1] = c;
        }
        for (Content content : Content.values()) {
            if (content.columns.equals(seen)) return new CsvHeader(content, dialect, local, sep, cols);
        }
        return null;
    }

    private static CsvColumn column(String name) {
        switch (name) {
            case "ask": return CsvColumn.ASK;
            case "bid": return CsvColumn.BID;
            case "askvolume": return CsvColumn.ASK_VOLUME;
            case "bidvolume": return CsvColumn.BID_VOLUME;
            case "open": return CsvColumn.OPEN;
            case "high": return CsvColumn.HIGH;
            case "low": return CsvColumn.LOW;
            case "close": return CsvColumn.CLOSE;
            case "volume": return CsvColumn.VOLUME;
            default: return null;
        }
    }

    private static String normalise(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == ' ' || c == '_' || c == '"' || c == '\t') continue;
            sb.append(c);
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    public Content content() { return content; }

    public Dialect dialect() { return dialect; }

    /** True for {@code Local time}: every time carries its {@code GMT+hhmm} offset. */
    public boolean localTime() { return localTime; }

    /** Field separator. */
    public char separator() { return separator; }

    /** Number of value columns (after the time). */
    public int columnCount() { return columns.length; }

    /** The value column at {@code index} (0 = first after the time). */
    public CsvColumn column(int index) { return columns[index]; }

    @Override
    public String toString() {
        return dialect + " " + content + (localTime ? " (local time)" : "") + " sep '" + separator + "' "
                + Arrays.toString(columns);
    }
}
