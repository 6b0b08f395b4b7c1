package io.orderflow.market;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Registry of known instruments and their price grids.
 *
 * <p>Point and pip scales follow Dukascopy/JForex ({@code Instrument.getTickScale()} and
 * {@code getPipScale()}): FX pairs 5/4, JPY pairs 3/2, metals 3/2, BTCUSD 1/0. Only Dukascopy
 * instruments are listed (the exchange symbols of the test data live in the tests). Lookup
 * accepts {@code EURUSD}, {@code EUR/USD}, {@code eur-usd} and {@code EUR_USD}.
 *
 * <p>Thread-safe (immutable after class initialisation).
 */
public final class Instruments {
    private static final Map<String, InstrumentSpec> BY_SYMBOL;

    static {
        Map<String, InstrumentSpec> m = new LinkedHashMap<>();
        // FX majors and crosses: point 0.00001, pip 0.0001, min order 0.001 million.
        for (String s : new String[] {"EURUSD", "GBPUSD", "USDCHF", "AUDUSD", "USDCAD", "NZDUSD", "EURGBP",
                "EURCHF", "EURAUD", "EURCAD", "EURNZD", "GBPCHF", "GBPAUD", "GBPCAD", "GBPNZD", "AUDCAD",
                "AUDCHF", "AUDNZD", "CADCHF", "NZDCAD", "NZDCHF", "EURNOK", "EURSEK", "EURPLN", "EURTRY",
                "USDNOK", "USDSEK", "USDPLN", "USDTRY", "USDZAR", "USDMXN", "USDSGD", "USDHKD", "USDDKK",
                "EURDKK", "EURHKD", "AUDSGD", "CHFSGD"}) {
            fx(m, s, 5, 4);
        }
        // JPY pairs: point 0.001, pip 0.01.
        for (String s : new String[] {"USDJPY", "EURJPY", "GBPJPY", "AUDJPY", "CHFJPY", "CADJPY", "NZDJPY",
                "SGDJPY", "ZARJPY"}) {
            fx(m, s, 3, 2);
        }
        // Currencies with a large unit (Dukascopy scales).
        fx(m, "EURCZK", 4, 3);
        fx(m, "USDCZK", 4, 3);
        fx(m, "EURHUF", 3, 2);
        fx(m, "USDHUF", 3, 2);
        // Metals: point 0.001, pip 0.01; JForex amounts in millions of ounces' quote value, min 1 oz.
        add(m, new InstrumentSpec("XAUUSD", "XAU", "USD", AssetClass.METAL, 3, 2, 0.000001));
        add(m, new InstrumentSpec("XAGUSD", "XAG", "USD", AssetClass.METAL, 3, 2, 0.00005));
        // Dukascopy crypto CFDs.
        add(m, new InstrumentSpec("BTCUSD", "BTC", "USD", AssetClass.CRYPTO, 1, 0, 0.000001));
        add(m, new InstrumentSpec("ETHUSD", "ETH", "USD", AssetClass.CRYPTO, 2, 1, 0.00001));
        // Dukascopy index CFDs (datafeed folder names).
        add(m, new InstrumentSpec("USA500IDXUSD", "USA500.IDX", "USD", AssetClass.INDEX, 3, 2, 0.000001));
        add(m, new InstrumentSpec("DEUIDXEUR", "DEU.IDX", "EUR", AssetClass.INDEX, 3, 2, 0.000001));
        BY_SYMBOL = Collections.unmodifiableMap(m);
    }

    private Instruments() {
    }

    private static void fx(Map<String, InstrumentSpec> m, String symbol, int pointScale, int pipScale) {
        add(m, new InstrumentSpec(symbol, symbol.substring(0, 3), symbol.substring(3), AssetClass.FX,
                pointScale, pipScale, 0.001));
    }

    private static void add(Map<String, InstrumentSpec> m, InstrumentSpec spec) {
        m.put(spec.symbol(), spec);
    }

    /**
     * The spec for {@code name}.
     *
     * @throws IllegalArgumentException naming the instrument and listing the known ones
     */
    public static InstrumentSpec of(String name) {
        InstrumentSpec spec = find(name);
        if (spec == null) {
            throw new IllegalArgumentException("unknown instrument '" + name + "'; known: " + BY_SYMBOL.keySet());
        }
        return spec;
    }

    /** The spec for {@code name}, or null when unknown. */
    public static InstrumentSpec find(String name) {
        if (name == null) return null;
        String key = normalise(name);
        return BY_SYMBOL.get(key);
    }

    /** Symbol form used as registry key: upper case, separators and dots removed. */
    public static String normalise(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '/' || c == '-' || c == '_' || c == '.' || c == ' ') continue;
            sb.append(c);
        }
        return sb.toString().toUpperCase(Locale.ROOT);
    }

    /** All known instruments in registry order. */
    public static List<InstrumentSpec> all() {
        return Collections.unmodifiableList(new ArrayList<>(BY_SYMBOL.values()));
    }
}
