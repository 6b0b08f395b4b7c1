package io.orderflow.jforex;

/**
 * The project's JForex indicators: the name each registers with the platform
 * ({@code IndicatorInfo} name, what {@code IIndicators.getIndicator(name)} looks up), its source
 * class in {@code indicators/} (the compiled file is {@code <class>.jfx}) and its title.
 */
public enum IndicatorCatalog {
    DELTA("OF_DELTA", "OrderFlowDeltaIndicator", "Order-flow delta"),
    CUMULATIVE_DELTA("OF_CUMDELTA", "CumulativeDeltaIndicator", "Cumulative delta"),
    TICK_IMBALANCE("OF_IMBALANCE", "TickImbalanceIndicator", "Tick and book imbalance"),
    OFI("OF_OFI", "OfiIndicator", "Order-flow imbalance (OFI)"),
    VOLUME_AT_PRICE("OF_VAP", "VolumeAtPriceIndicator", "Volume at price"),
    MANIPULATION("OF_MANIPULATION", "ManipulationIndicator", "Manipulation evidence (pulled large size)"),
    FOOTPRINT("OF_FOOTPRINT", "FootprintIndicator", "Footprint");

    private final String indicatorName;
    private final String className;
    private final String title;

    IndicatorCatalog(String indicatorName, String className, String title) {
        this.indicatorName = indicatorName;
        this.className = className;
        this.title = title;
    }

    /** The platform name ({@code IndicatorInfo.getName()}). */
    public String indicatorName() { return indicatorName; }

    /** The source class name (and file name) in {@code indicators/}. */
    public String className() { return className; }

    /** The compiled file's name, {@code <class>.jfx}. */
    public String jfxFileName() { return className + ".jfx"; }

    public String title() { return title; }
}
