package io.orderflow.flow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The footprint of one closed bar: the occupied price rows (ascending) with buy, sell and total
 * volume, diagonal imbalances, the stacked-imbalance zones it formed, and the absorption and
 * exhaustion flags. Rules and defaults: {@link FootprintSettings}.
 *
 * <p>Only rows that received at least one event are listed; "consecutive" and "diagonal" always
 * mean adjacent price rows (a missing row is an empty cell). Prices are row low edges in points;
 * volumes in the proxy's unit; times ms UTC.
 *
 * <p>Immutable, thread-safe (the zones it formed are handed to {@link ImbalanceZones}, which alone
 * marks them broken).
 */
public final class FootprintBar {
    private static final ImbalanceZone[] NO_ZONES = new ImbalanceZone[0];

    private final long startMs;
    private final long endMs;
    private final FootprintSettings settings;
    private final long rowPoints;
    private final long[] rows;
    private final double[] buy;
    private final double[] sell;
    private final double[] total;
    private final boolean[] buyImbalance;
    private final boolean[] sellImbalance;
    private final int buyImbalances;
    private final int sellImbalances;
    private final ImbalanceZone[] zones;
    private final long closePrice;
    private final int events;
    private final double buyVolume;
    private final double sellVolume;
    private final double totalVolume;
    private final int poc;
    private final boolean absorptionAtHigh;
    private final boolean absorptionAtLow;
    private final boolean exhaustionAtHigh;
    private final boolean exhaustionAtLow;

    /**
     * Builds the bar and its signals.
     *
     * @param rowKeys    ascending row numbers ({@code floorDiv(price, rowPoints)}), one per occupied row
     * @param buy        buy volume per row
     * @param sell       sell volume per row
     * @param total      total volume per row (buy + sell + unclassified)
     * @param closePrice the last event's price, points
     * @param events     events in the bar
     */
    FootprintBar(long startMs, long endMs, FootprintSettings settings, long[] rowKeys, double[] buy, double[] sell,
                 double[] total, long closePrice, int events) {
        this.startMs = startMs;
        this.endMs = endMs;
        this.settings = settings;
        this.rowPoints = settings.rowPoints();
        this.rows = rowKeys;
        this.buy = buy;
        this.sell = sell;
        this.total = total;
        this.closePrice = closePrice;
        this.events = events;
        int n = rowKeys.length;
        double b = 0;
        double s = 0;
        double t = 0;
        for (int i = 0; i < n; i++) {
            b += buy[i];
            s += sell[i];
            t += total[i];
        }
        buyVolume = b;
        sellVolume = s;
        totalVolume = t;

        buyImbalance = new boolean[n];
        sellImbalance = new boolean[n];
        int nb = 0;
        int ns = 0;
        for (int i = 0; i < n; i++) {
            double below = i > 0 && rowKeys[i - 1] == rowKeys[i] - 1 ? sell[i - 1] : 0;
            double above = i < n - 1 && rowKeys[i + 1] == rowKeys[i] + 1 ? buy[i + 1] : 0;
            if (settings.isImbalance(buy[i], below)) {
                buyImbalance[i] = true;
                nb++;
            }
            if (settings.isImbalance(sell[i], above)) {
                sellImbalance[i] = true;
                ns++;
            }
        }
        buyImbalances = nb;
        sellImbalances = ns;

        if (nb >= settings.stackedRows() || ns >= settings.stackedRows()) {
            List<ImbalanceZone> z = new ArrayList<>(2);
            stacks(buyImbalance, ImbalanceZone.SUPPORT, z);
            stacks(sellImbalance, ImbalanceZone.RESISTANCE, z);
            zones = z.toArray(new ImbalanceZone[0]);
        } else {
            zones = NO_ZONES;
        }

        if (n == 0) {
            poc = -1;
            absorptionAtHigh = absorptionAtLow = exhaustionAtHigh = exhaustionAtLow = false;
            return;
        }
        long lowKey = rowKeys[0];
        long highKey = rowKeys[n - 1];
        int best = 0;
        long bestDist = Math.abs(2 * rowKeys[0] - (lowKey + highKey));
        for (int i = 1; i < n; i++) {
            long dist = Math.abs(2 * rowKeys[i] - (lowKey + highKey));
            if (total[i] > total[best] || (total[i] == total[best] && dist < bestDist)) {
                best = i;
                bestDist = dist;
            }
        }
        poc = best;

        double mean = t / n;
        long span = highKey - lowKey + 1;
        long closeKey = Math.floorDiv(closePrice, rowPoints);
        int extreme = settings.extremeRows();
        boolean absHigh = false;
        boolean absLow = false;
        if (span > extreme) {
            long topStart = highKey - extreme + 1;
            long bottomEnd = lowKey + extreme - 1;
            double buyTop = 0;
            double sellBottom = 0;
            for (int i = 0; i < n; i++) {
                if (rowKeys[i] >= topStart) buyTop += buy[i];
                if (rowKeys[i] <= bottomEnd) sellBottom += sell[i];
            }
            double heavy = settings.absorptionFactor() * extreme * mean;
            absHigh = buyTop > 0 && buyTop >= heavy && closeKey < topStart;
            absLow = sellBottom > 0 && sellBottom >= heavy && closeKey > bottomEnd;
        }
        absorptionAtHigh = absHigh;
        absorptionAtLow = absLow;
        boolean exHigh = false;
        boolean exLow = false;
        if (span >= 3) {
            double thin = settings.exhaustionFactor() * mean;
            double buyBelowTop = rowKeys[n - 2] == highKey - 1 ? buy[n - 2] : 0;
            exHigh = buy[n - 1] <= thin && buy[n - 1] < buyBelowTop;
            double sellAboveBottom = rowKeys[1] == lowKey + 1 ? sell[1] : 0;
            exLow = sell[0] <= thin && sell[0] < sellAboveBottom;
        }
        exhaustionAtHigh = exHigh;
        exhaustionAtLow = exLow;
    }

    private void stacks(boolean[] flags, int kind, List<ImbalanceZone> out) {
        int n = rows.length;
        int i = 0;
        while (i < n) {
            if (!flags[i]) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < n && flags[j + 1] && rows[j + 1] == rows[j] + 1) j++;
            int len = j - i + 1;
            if (len >= settings.stackedRows()) {
                out.add(new ImbalanceZone(kind, rows[i] * rowPoints, (rows[j] + 1) * rowPoints, len, endMs));
            }
            i = j + 1;
        }
    }

    /** Bar start, ms UTC. */
    public long startMs() { return startMs; }

    /** Bar end (exclusive), ms UTC. */
    public long endMs() { return endMs; }

    /** Rows and signal rules the bar was built with. */
    public FootprintSettings settings() { return settings; }

    /** Row height in points. */
    public long rowPoints() { return rowPoints; }

    /** Occupied rows. */
    public int rowCount() { return rows.length; }

    /** Low edge of row {@code i} (0 = lowest), points. */
    public long rowPrice(int i) { return rows[i] * rowPoints; }

    /** Buy volume of row {@code i}. */
    public double buyVolume(int i) { return buy[i]; }

    /** Sell volume of row {@code i}. */
    public double sellVolume(int i) { return sell[i]; }

    /** Total volume of row {@code i} (buy + sell + unclassified). */
    public double totalVolume(int i) { return total[i]; }

    /** Buy minus sell volume of row {@code i}. */
    public double delta(int i) { return buy[i] - sell[i]; }

    /** True when row {@code i}'s buy volume is an imbalance against the sell volume one row below. */
    public boolean isBuyImbalance(int i) { return buyImbalance[i]; }

    /** True when row {@code i}'s sell volume is an imbalance against the buy volume one row above. */
    public boolean isSellImbalance(int i) { return sellImbalance[i]; }

    /** Index of the row holding {@code price} (points), or -1. */
    public int indexOf(long price) {
        int i = Arrays.binarySearch(rows, Math.floorDiv(price, rowPoints));
        return i >= 0 ? i : -1;
    }

    /** Rows with a buy imbalance. */
    public int buyImbalanceCount() { return buyImbalances; }

    /** Rows with a sell imbalance. */
    public int sellImbalanceCount() { return sellImbalances; }

    /** Stacked-imbalance zones this bar formed. */
    public int zoneCount() { return zones.length; }

    /** Zone {@code i} this bar formed (supports first, each kind ascending). */
    public ImbalanceZone zone(int i) { return zones[i]; }

    /** Bar buy volume. */
    public double buyVolume() { return buyVolume; }

    /** Bar sell volume. */
    public double sellVolume() { return sellVolume; }

    /** Bar total volume. */
    public double totalVolume() { return totalVolume; }

    /** Bar delta. */
    public double delta() { return buyVolume - sellVolume; }

    /** Events in the bar. */
    public int events() { return events; }

    /** Last event's price, points. */
    public long closePrice() { return closePrice; }

    /** Index of the bar's POC row (most total volume; ties: closest to the middle, then lower), -1 if empty. */
    public int pocIndex() { return poc; }

    /** POC row's low edge, points; {@code Long.MIN_VALUE} if empty. */
    public long pocPrice() { return poc < 0 ? Long.MIN_VALUE : rows[poc] * rowPoints; }

    /** Aggressive buying absorbed at the bar's high (bearish). */
    public boolean absorptionAtHigh() { return absorptionAtHigh; }

    /** Aggressive selling absorbed at the bar's low (bullish). */
    public boolean absorptionAtLow() { return absorptionAtLow; }

    /** Buying dried up into the bar's high (bearish). */
    public boolean exhaustionAtHigh() { return exhaustionAtHigh; }

    /** Selling dried up into the bar's low (bullish). */
    public boolean exhaustionAtLow() { return exhaustionAtLow; }

    @Override
    public String toString() {
        return "FootprintBar{" + startMs + ".." + endMs + " " + rows.length + " rows, buy " + buyVolume + " sell "
                + sellVolume + ", imbalances " + buyImbalances + "/" + sellImbalances + ", zones " + zones.length + "}";
    }
}
