package io.orderflow.data.csv;

/**
 * A value column of a tick or candle export. Prices are read into integer points, volumes into
 * doubles; {@link #slot()} is the column's index among the prices or among the volumes.
 */
public enum CsvColumn {
    ASK(true, 0), BID(true, 1), ASK_VOLUME(false, 0), BID_VOLUME(false, 1),
    OPEN(true, 0), HIGH(true, 1), LOW(true, 2), CLOSE(true, 3), VOLUME(false, 0);

    private final boolean price;
    private final int slot;

    CsvColumn(boolean price, int slot) {
        this.price = price;
        this.slot = slot;
    }

    /** True for a price column (read as points), false for a volume. */
    public boolean isPrice() { return price; }

    /** Index among the prices or among the volumes of a row. */
    public int slot() { return slot; }
}
