package io.orderflow.market;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Binance spot instruments whose level-2 captures the {@code depth} command reads, with the scale
 * of the exchange's price tick (points) and amount step. They are not Dukascopy instruments:
 * {@link Instruments} (what {@code -i} accepts) does not list them. Immutable, thread-safe.
 */
public final class BinanceInstruments {
    private static final Map<String, InstrumentSpec> BY_SYMBOL;

    static {
        Map<String, InstrumentSpec> m = new LinkedHashMap<String, InstrumentSpec>();
        add(m, new InstrumentSpec("BTCUSDT", "BTC", "USDT", AssetClass.CRYPTO, 2, 2, 0.00001));
        add(m, new InstrumentSpec("ETHUSDT", "ETH", "USDT", AssetClass.CRYPTO, 2, 2, 0.0001));
        BY_SYMBOL = Collections.unmodifiableMap(m);
    }

    private BinanceInstruments() {
    }

    private static void add(Map<String, InstrumentSpec> m, InstrumentSpec s) {
        m.put(s.symbol(), s);
    }

    /** The instrument for a symbol in any case or with separators ({@code btc-usdt}), or null. */
    public static InstrumentSpec find(String name) {
        return name == null ? null : BY_SYMBOL.get(Instruments.normalise(name));
    }

    /** Every known symbol, in a fixed order. */
    public static Map<String, InstrumentSpec> all() {
        return BY_SYMBOL;
    }
}
