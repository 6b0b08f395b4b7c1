package io.orderflow.backtest.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import io.orderflow.backtest.stats.ConfirmationRow;

/**
 * Everything the HTML report shows, as plain objects that the backtest, the analytics and the
 * strategy fill in; {@link HtmlReportWriter} embeds it as JSON. Field names are the JSON names.
 *
 * <p>Units: times ms UTC; prices as decimal prices (not points); volumes in the source's unit;
 * money in {@link #accountCurrency}. Series values are aligned with {@link #bars} (one value per
 * bar; NaN = gap). Not thread-safe while being filled.
 */
public final class ReportModel {
    /** One OHLC bar of the price chart. */
    public static final class PriceBar {
        public final long time;
        public final double open, high, low, close, volume;

        public PriceBar(long time, double open, double high, double low, double close, double volume) {
            this.time = time;
            this.open = open;
            this.high = high;
            this.low = low;
            this.close = close;
            this.volume = volume;
        }
    }

    /** A closed trade drawn on the price chart and listed in the trades table. */
    public static final class TradeMark {
        public final String label;
        public final String side;
        public final long entryTime;
        public final double entryPrice;
        public final long exitTime;
        public final double exitPrice;
        /** 0 = none. */
        public final double stop;
        public final double target;
        public final double profitLoss;
        /** NaN without a stop. */
        public final double rMultiple;
        public final String closeReason;
        public final String reason;
        /** The entry's typed order-flow verdict as the journal writes it: "true", "false" or null (none). */
        public final String confirmed;

        public TradeMark(String label, String side, long entryTime, double entryPrice, long exitTime, double exitPrice,
                         double stop, double target, double profitLoss, double rMultiple, String closeReason,
                         String reason, String confirmed) {
            this.label = label;
            this.side = side;
            this.entryTime = entryTime;
            this.entryPrice = entryPrice;
            this.exitTime = exitTime;
            this.exitPrice = exitPrice;
            this.stop = stop;
            this.target = target;
            this.profitLoss = profitLoss;
            this.rMultiple = rMultiple;
            this.closeReason = closeReason;
            this.reason = reason;
            this.confirmed = confirmed;
        }
    }

    /** How a series is drawn. */
    public enum Style { LINE, HISTOGRAM }

    /** One line or histogram of a pane, one value per bar. */
    public static final class Series {
        public final String name;
        public final Style style;
        /** CSS colour, or null for the theme's default. */
        public final String color;
        public final double[] values;

        public Series(String name, Style style, String color, double[] values) {
            this.name = name;
            this.style = style;
            this.color = color;
            this.values = values;
        }
    }

    /** A chart below the price chart sharing its time axis (delta, cumulative delta, OFI...). */
    public static final class SeriesPane {
        public final String title;
        /** How the values were obtained, e.g. "tick rule on mid, bid/ask volume proxy". */
        public final String provenance;
        public final List<Series> series = new ArrayList<>();

        public SeriesPane(String title, String provenance) {
            this.title = title;
            this.provenance = provenance;
        }

        public SeriesPane add(Series s) {
            series.add(s);
            return this;
        }
    }

    /** One price row of a volume profile. */
    public static final class ProfileRow {
        public final double price;
        public final double buyVolume;
        public final double sellVolume;

        public ProfileRow(double price, double buyVolume, double sellVolume) {
            this.price = price;
            this.buyVolume = buyVolume;
            this.sellVolume = sellVolume;
        }
    }

    /**
     * The report's view of a volume profile (not the calculator {@code profile.VolumeProfile}): volume
     * at price over a range, with point of control and value area, as decimal prices.
     */
    public static final class VolumeProfileView {
        public final String title;
        public final String provenance;
        /** Row height as a price. */
        public final double rowSize;
        public final double poc;
        public final double valueAreaHigh;
        public final double valueAreaLow;
        public final List<ProfileRow> rows = new ArrayList<>();

        public VolumeProfileView(String title, String provenance, double rowSize, double poc, double valueAreaHigh,
                                 double valueAreaLow) {
            this.title = title;
            this.provenance = provenance;
            this.rowSize = rowSize;
            this.poc = poc;
            this.valueAreaHigh = valueAreaHigh;
            this.valueAreaLow = valueAreaLow;
        }
    }

    /** One cell of the footprint: a bar and a price row. */
    public static final class FootprintCell {
        /** Start time of the bar. */
        public final long time;
        public final double price;
        public final double buyVolume;
        public final double sellVolume;

        public FootprintCell(long time, double price, double buyVolume, double sellVolume) {
            this.time = time;
            this.price = price;
            this.buyVolume = buyVolume;
            this.sellVolume = sellVolume;
        }
    }

    /**
     * The report's view of footprints (not the calculator {@code flow.Footprint}): buy/sell volume per
     * price row per bar over a chosen range, as decimal prices.
     */
    public static final class FootprintView {
        public final String title;
        public final String provenance;
        public final double rowSize;
        /** Bar start times, left to right. */
        public final List<Long> barTimes = new ArrayList<>();
        public final List<FootprintCell> cells = new ArrayList<>();

        public FootprintView(String title, String provenance, double rowSize) {
            this.title = title;
            this.provenance = provenance;
            this.rowSize = rowSize;
        }
    }

    public String title = "Backtest";
    public String subtitle = "";
    public String instrument = "";
    /** Decimals to print prices with. */
    public int priceDecimals = 5;
    public String accountCurrency = "";
    /** Interval of the bars, ms (for labels). */
    public long barPeriodMs;
    public final List<PriceBar> bars = new ArrayList<>();
    public final List<TradeMark> trades = new ArrayList<>();
    public final List<SeriesPane> panes = new ArrayList<>();
    public VolumeProfileView profile;
    public FootprintView footprint;
    public long[] equityTimes = new long[0];
    public double[] equity = new double[0];
    public final List<ConfirmationRow> confirmation = new ArrayList<>();
    /** Summary figures by name (see BacktestStatistics). */
    public final Map<String, Object> statistics = new LinkedHashMap<>();
    /** Free notes shown under the header (configuration, data problems). */
    public final List<String> notes = new ArrayList<>();
}
