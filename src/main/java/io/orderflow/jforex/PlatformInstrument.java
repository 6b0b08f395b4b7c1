package io.orderflow.jforex;

import io.orderflow.market.AssetClass;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.market.Instruments;

/**
 * The price grid and order amounts of an instrument as the running platform describes it, built
 * from the properties of JForex's {@code Instrument} object (passed as plain values: no JForex types
 * here). The project's own table ({@link Instruments}) is only a fallback for the asset class: JForex
 * 2.13.63 defines some instruments with scales that differ from it (ETH/USD is
 * {@code createForexInstrument("ETH","USD",1,0)}: pip 1, tick scale 1, where the table has 0.1/2),
 * and the minimum amount and its increment "may be overridden in runtime after instrument
 * subscription" ({@code Instrument.java}), so only the runtime object is authoritative.
 *
 * <p>Units: JForex gives the minimum and the increment in contracts ({@code getMinTradeAmount()},
 * "Minimal trade amount in contracts"), one contract being {@code getAmountPerContract()} units of
 * the base; orders are in millions of units (wiki "Order Amounts"), so both are divided by 10^6.
 * Stateless; thread-safe.
 */
public final class PlatformInstrument {
    private PlatformInstrument() {
    }

    /**
     * The spec of a runtime instrument.
     *
     * @param name              {@code Instrument.name()}, e.g. {@code GBPJPY}
     * @param base              {@code getPrimaryJFCurrency().getCurrencyCode()}
     * @param quote             {@code getSecondaryJFCurrency().getCurrencyCode()}
     * @param type              {@code getType().name()}: FOREX, CFD, METAL (others map to INDEX)
     * @param pipValue          {@code getPipValue()}, e.g. 0.01 for GBPJPY
     * @param pipScale          {@code getPipScale()}
     * @param tickScale         {@code getTickScale()}: decimals of one point (Dukascopy stores prices in points)
     * @param minContracts      {@code getMinTradeAmount()}, contracts
     * @param incrementContracts {@code getTradeAmountIncrement()}, contracts
     * @param unitsPerContract  {@code getAmountPerContract()}, units of the base per contract
     * @throws IllegalArgumentException naming the instrument and the inconsistent property
     */
    public static InstrumentSpec spec(String name, String base, String quote, String type, double pipValue,
                                      int pipScale, int tickScale, double minContracts, double incrementContracts,
                                      double unitsPerContract) {
        String where = "instrument " + name + ": ";
        if (pipScale < 0 || tickScale < pipScale || tickScale > 18) {
            throw new IllegalArgumentException(where + "pip scale " + pipScale + " and tick scale " + tickScale
                    + " are inconsistent (expected 0 <= pip scale <= tick scale <= 18)");
        }
        if (!(pipValue > 0) || Math.abs(pipValue * Math.pow(10, pipScale) - 1) > 1e-9) {
            throw new IllegalArgumentException(where + "pip value " + pipValue + " is not 10^-" + pipScale
                    + " (its pip scale); the project's prices need a decimal pip");
        }
        if (!(minContracts > 0) || !(incrementContracts > 0) || !(unitsPerContract > 0)) {
            throw new IllegalArgumentException(where + "minimum amount " + minContracts + ", increment "
                    + incrementContracts + " and amount per contract " + unitsPerContract + " must all be > 0");
        }
        double min = minContracts * unitsPerContract / 1_000_000d;
        double step = incrementContracts * unitsPerContract / 1_000_000d;
        return new InstrumentSpec(Instruments.normalise(name), base, quote, assetClass(name, type), tickScale, pipScale,
                min, step);
    }

    private static AssetClass assetClass(String name, String type) {
        InstrumentSpec known = Instruments.find(name);
        if (known != null) return known.assetClass();
        if ("METAL".equals(type)) return AssetClass.METAL;
        if ("FOREX".equals(type)) return AssetClass.FX;
        return AssetClass.INDEX;
    }
}
