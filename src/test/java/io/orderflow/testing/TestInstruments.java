package io.orderflow.testing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import io.orderflow.market.AssetClass;
import io.orderflow.market.BinanceInstruments;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.market.Instruments;

/**
 * The exchange symbols of the shared test data (Binance, FTX, CME, equities), with the scale of
 * their exchange tick. They are not Dukascopy instruments ({@link Instruments}); only the Binance
 * spot ones are known to the program, for the {@code depth} command ({@link BinanceInstruments});
 * the rest exist only for tests. Thread-safe.
 */
public final class TestInstruments {
    private static final Map<String, InstrumentSpec> EXCHANGE;

    static {
        Map<String, InstrumentSpec> m = new LinkedHashMap<>();
        m.putAll(BinanceInstruments.all());
        add(m, new InstrumentSpec("XRPETH", "XRP", "ETH", AssetClass.CRYPTO, 8, 8, 1));
        add(m, new InstrumentSpec("BTCPERP", "BTC", "PERP", AssetClass.CRYPTO, 1, 0, 0.0001));
        add(m, new InstrumentSpec("6E", "6E", "USD", AssetClass.FUTURE, 5, 4, 1));
        add(m, new InstrumentSpec("ORCL", "ORCL", "USD", AssetClass.EQUITY, 4, 2, 1));
        add(m, new InstrumentSpec("SPY", "SPY", "USD", AssetClass.EQUITY, 4, 2, 1));
        add(m, new InstrumentSpec("AAPL", "AAPL", "USD", AssetClass.EQUITY, 4, 2, 1));
        EXCHANGE = Collections.unmodifiableMap(m);
    }

    private TestInstruments() {
    }

    private static void add(Map<String, InstrumentSpec> m, InstrumentSpec s) {
        m.put(s.symbol(), s);
    }

    /** A test-data exchange instrument, or else {@link Instruments#of} (Dukascopy instruments). */
    public static InstrumentSpec of(String name) {
        InstrumentSpec s = EXCHANGE.get(Instruments.normalise(name));
        return s != null ? s : Instruments.of(name);
    }

    /** The exchange instruments of the test data, in a fixed order. */
    public static Map<String, InstrumentSpec> exchange() {
        return EXCHANGE;
    }
}
