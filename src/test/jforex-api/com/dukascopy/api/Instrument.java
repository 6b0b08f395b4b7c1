/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api;

import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.dukascopy.api.instrument.IFinancialInstrument;
import com.dukascopy.api.instrument.IInstrumentGroup;
import com.dukascopy.api.instrument.IMarketInfo;

/**
 * A traded instrument. A CLASS, not an enum (jforex-api.md 1 and 3.9): {@code switch} over it does not
 * compile, and identity is object identity (one instance per instrument). The constants below are the
 * non-deprecated predefined ones of API 2.13.63, in their order, with their pip values and pip scales;
 * tick scale = pip scale + 1. The deprecated stock CFD constants are not declared.
 */
public class Instrument implements IFinancialInstrument, Comparable<Instrument> {

    private static final Map<String, Instrument> BY_NAME = new LinkedHashMap<String, Instrument>();
    private static final Map<String, Instrument> BY_STRING = new LinkedHashMap<String, Instrument>();
    private static int count;

    /** Orders by {@code toString()}, case-insensitively; nulls first. */
    public static final Comparator<Instrument> COMPARATOR = new Comparator<Instrument>() {
        @Override
        public int compare(Instrument a, Instrument b) {
            if (a == null || b == null) {
                return a == b ? 0 : a == null ? -1 : 1;
            }
            return a.compareTo(b);
        }
    };

    public static final Instrument AUDJPY = create(Type.FOREX, "AUD", "JPY", 0.01, 2);
    public static final Instrument AUDCAD = create(Type.FOREX, "AUD", "CAD", 0.0001, 4);
    public static final Instrument AUDCHF = create(Type.FOREX, "AUD", "CHF", 0.0001, 4);
    public static final Instrument AUDNZD = create(Type.FOREX, "AUD", "NZD", 0.0001, 4);
    public static final Instrument AUDSGD = create(Type.FOREX, "AUD", "SGD", 0.0001, 4);
    public static final Instrument AUDUSD = create(Type.FOREX, "AUD", "USD", 0.0001, 4);
    public static final Instrument CADCHF = create(Type.FOREX, "CAD", "CHF", 0.0001, 4);
    public static final Instrument CADHKD = create(Type.FOREX, "CAD", "HKD", 0.0001, 4);
    public static final Instrument CADJPY = create(Type.FOREX, "CAD", "JPY", 0.01, 2);
    public static final Instrument CHFJPY = create(Type.FOREX, "CHF", "JPY", 0.01, 2);
    public static final Instrument CHFPLN = create(Type.FOREX, "CHF", "PLN", 0.0001, 4);
    public static final Instrument CHFSGD = create(Type.FOREX, "CHF", "SGD", 0.0001, 4);
    public static final Instrument EURAUD = create(Type.FOREX, "EUR", "AUD", 0.0001, 4);
    public static final Instrument EURBRL = create(Type.FOREX, "EUR", "BRL", 0.0001, 4);
    public static final Instrument EURCAD = create(Type.FOREX, "EUR", "CAD", 0.0001, 4);
    public static final Instrument EURCHF = create(Type.FOREX, "EUR", "CHF", 0.0001, 4);
    public static final Instrument EURCZK = create(Type.FOREX, "EUR", "CZK", 0.001, 3);
    public static final Instrument EURDKK = create(Type.FOREX, "EUR", "DKK", 0.0001, 4);
    public static final Instrument EURGBP = create(Type.FOREX, "EUR", "GBP", 0.0001, 4);
    public static final Instrument EURHKD = create(Type.FOREX, "EUR", "HKD", 0.0001, 4);
    public static final Instrument EURHUF = create(Type.FOREX, "EUR", "HUF", 0.01, 2);
    public static final Instrument EURJPY = create(Type.FOREX, "EUR", "JPY", 0.01, 2);
    public static final Instrument EURMXN = create(Type.FOREX, "EUR", "MXN", 0.0001, 4);
    public static final Instrument EURNOK = create(Type.FOREX, "EUR", "NOK", 0.0001, 4);
    public static final Instrument EURNZD = create(Type.FOREX, "EUR", "NZD", 0.0001, 4);
    public static final Instrument EURPLN = create(Type.FOREX, "EUR", "PLN", 0.0001, 4);
    public static final Instrument EURRUB = create(Type.FOREX, "EUR", "RUB", 0.0001, 4);
    public static final Instrument EURSEK = create(Type.FOREX, "EUR", "SEK", 0.0001, 4);
    public static final Instrument EURSGD = create(Type.FOREX, "EUR", "SGD", 0.0001, 4);
    public static final Instrument EURTHB = create(Type.FOREX, "EUR", "THB", 0.001, 3);
    public static final Instrument EURTRY = create(Type.FOREX, "EUR", "TRY", 0.0001, 4);
    public static final Instrument EURUSD = create(Type.FOREX, "EUR", "USD", 0.0001, 4);
    public static final Instrument EURZAR = create(Type.FOREX, "EUR", "ZAR", 0.0001, 4);
    public static final Instrument GBPAUD = create(Type.FOREX, "GBP", "AUD", 0.0001, 4);
    public static final Instrument GBPCAD = create(Type.FOREX, "GBP", "CAD", 0.0001, 4);
    public static final Instrument GBPCHF = create(Type.FOREX, "GBP", "CHF", 0.0001, 4);
    public static final Instrument GBPJPY = create(Type.FOREX, "GBP", "JPY", 0.01, 2);
    public static final Instrument GBPNZD = create(Type.FOREX, "GBP", "NZD", 0.0001, 4);
    public static final Instrument GBPUSD = create(Type.FOREX, "GBP", "USD", 0.0001, 4);
    public static final Instrument HKDJPY = create(Type.FOREX, "HKD", "JPY", 0.0001, 4);
    public static final Instrument HUFJPY = create(Type.FOREX, "HUF", "JPY", 0.0001, 4);
    public static final Instrument MXNJPY = create(Type.FOREX, "MXN", "JPY", 0.0001, 4);
    public static final Instrument NZDCAD = create(Type.FOREX, "NZD", "CAD", 0.0001, 4);
    public static final Instrument NZDCHF = create(Type.FOREX, "NZD", "CHF", 0.0001, 4);
    public static final Instrument NZDJPY = create(Type.FOREX, "NZD", "JPY", 0.01, 2);
    public static final Instrument NZDSGD = create(Type.FOREX, "NZD", "SGD", 0.0001, 4);
    public static final Instrument NZDUSD = create(Type.FOREX, "NZD", "USD", 0.0001, 4);
    public static final Instrument SGDJPY = create(Type.FOREX, "SGD", "JPY", 0.01, 2);
    public static final Instrument USDBRL = create(Type.FOREX, "USD", "BRL", 0.0001, 4);
    public static final Instrument USDCAD = create(Type.FOREX, "USD", "CAD", 0.0001, 4);
    public static final Instrument USDCHF = create(Type.FOREX, "USD", "CHF", 0.0001, 4);
    public static final Instrument USDCNH = create(Type.FOREX, "USD", "CNH", 0.0001, 4);
    public static final Instrument USDCZK = create(Type.FOREX, "USD", "CZK", 0.001, 3);
    public static final Instrument USDDKK = create(Type.FOREX, "USD", "DKK", 0.0001, 4);
    public static final Instrument USDHKD = create(Type.FOREX, "USD", "HKD", 0.0001, 4);
    public static final Instrument USDHUF = create(Type.FOREX, "USD", "HUF", 0.01, 2);
    public static final Instrument USDILS = create(Type.FOREX, "USD", "ILS", 0.0001, 4);
    public static final Instrument USDJPY = create(Type.FOREX, "USD", "JPY", 0.01, 2);
    public static final Instrument USDMXN = create(Type.FOREX, "USD", "MXN", 0.0001, 4);
    public static final Instrument USDNOK = create(Type.FOREX, "USD", "NOK", 0.0001, 4);
    public static final Instrument USDPLN = create(Type.FOREX, "USD", "PLN", 0.0001, 4);
    public static final Instrument USDRON = create(Type.FOREX, "USD", "RON", 0.0001, 4);
    public static final Instrument USDRUB = create(Type.FOREX, "USD", "RUB", 0.0001, 4);
    public static final Instrument USDSEK = create(Type.FOREX, "USD", "SEK", 0.0001, 4);
    public static final Instrument USDSGD = create(Type.FOREX, "USD", "SGD", 0.0001, 4);
    public static final Instrument USDTHB = create(Type.FOREX, "USD", "THB", 0.001, 3);
    public static final Instrument USDTRY = create(Type.FOREX, "USD", "TRY", 0.0001, 4);
    public static final Instrument USDZAR = create(Type.FOREX, "USD", "ZAR", 0.0001, 4);
    public static final Instrument ZARJPY = create(Type.FOREX, "ZAR", "JPY", 0.01, 2);
    public static final Instrument TRYJPY = create(Type.FOREX, "TRY", "JPY", 0.01, 2);

    public static final Instrument XAGUSD = create(Type.METAL, "XAG", "USD", 0.01, 2);
    public static final Instrument XAUUSD = create(Type.METAL, "XAU", "USD", 0.01, 2);

    // CFDs (commodities and indices); pip 0.01 / scale 2 unless stated
    public static final Instrument BRENTCMDUSD = create(Type.CFD, "BRENT.CMD", "USD", 0.01, 2);
    public static final Instrument LIGHTCMDUSD = create(Type.CFD, "LIGHT.CMD", "USD", 0.01, 2);
    public static final Instrument DIESELCMDUSD = create(Type.CFD, "DIESEL.CMD", "USD", 0.01, 2);
    public static final Instrument COTTONCMDUSD = create(Type.CFD, "COTTON.CMD", "USD", 0.01, 2);
    public static final Instrument SUGARCMDUSD = create(Type.CFD, "SUGAR.CMD", "USD", 0.01, 2);
    public static final Instrument OJUICECMDUSD = create(Type.CFD, "OJUICE.CMD", "USD", 0.01, 2);
    public static final Instrument COFFEECMDUSD = create(Type.CFD, "COFFEE.CMD", "USD", 0.01, 2);
    public static final Instrument COCOACMDUSD = create(Type.CFD, "COCOA.CMD", "USD", 0.01, 2);
    public static final Instrument DEUIDXEUR = create(Type.CFD, "DEU.IDX", "EUR", 0.01, 2);
    public static final Instrument FRAIDXEUR = create(Type.CFD, "FRA.IDX", "EUR", 0.01, 2);
    public static final Instrument CHEIDXCHF = create(Type.CFD, "CHE.IDX", "CHF", 0.01, 2);
    public static final Instrument GBRIDXGBP = create(Type.CFD, "GBR.IDX", "GBP", 0.01, 2);
    public static final Instrument JPNIDXJPY = create(Type.CFD, "JPN.IDX", "JPY", 0.01, 2);
    public static final Instrument USA30IDXUSD = create(Type.CFD, "USA30.IDX", "USD", 0.01, 2);
    public static final Instrument USATECHIDXUSD = create(Type.CFD, "USATECH.IDX", "USD", 0.01, 2);
    public static final Instrument USA500IDXUSD = create(Type.CFD, "USA500.IDX", "USD", 0.01, 2);
    public static final Instrument AUSIDXAUD = create(Type.CFD, "AUS.IDX", "AUD", 0.01, 2);
    public static final Instrument EUSIDXEUR = create(Type.CFD, "EUS.IDX", "EUR", 0.01, 2);
    public static final Instrument NLDIDXEUR = create(Type.CFD, "NLD.IDX", "EUR", 0.01, 2);
    public static final Instrument ITAIDXEUR = create(Type.CFD, "ITA.IDX", "EUR", 0.01, 2);
    public static final Instrument ESPIDXEUR = create(Type.CFD, "ESP.IDX", "EUR", 0.01, 2);
    public static final Instrument HKGIDXHKD = create(Type.CFD, "HKG.IDX", "HKD", 0.01, 2);
    public static final Instrument PRTIDXEUR = create(Type.CFD, "PRT.IDX", "EUR", 0.0001, 4);
    public static final Instrument COPPERCMDUSD = create(Type.CFD, "COPPER.CMD", "USD", 0.001, 3);
    public static final Instrument GASCMDUSD = create(Type.CFD, "GAS.CMD", "USD", 0.001, 3);

    // Crypto (type FOREX in the real API)
    public static final Instrument BTCUSD = create(Type.FOREX, "BTC", "USD", 1, 0);
    public static final Instrument ETHUSD = create(Type.FOREX, "ETH", "USD", 1, 0);

    private final int ordinal;
    private final String name;
    private final String stringValue;
    private final Type type;
    private final ICurrency primaryCurrency;
    private final ICurrency secondaryCurrency;
    private final double pipValue;
    private final int pipScale;
    private final int tickScale;
    private final double minTradeAmount;
    private final double maxTradeAmount;
    private final double tradeAmountIncrement;
    private final double amountPerContract;

    private Instrument(int ordinal, Type type, ICurrency primary, ICurrency secondary, double pipValue, int pipScale) {
        this.ordinal = ordinal;
        this.type = type;
        this.primaryCurrency = primary;
        this.secondaryCurrency = secondary;
        this.pipValue = pipValue;
        this.pipScale = pipScale;
        this.tickScale = pipScale + 1;
        String joined = (primary.getCurrencyCode() + secondary.getCurrencyCode()).replaceAll("[^a-zA-Z0-9]+", "");
        this.name = Character.isDigit(joined.charAt(0)) ? "_" + joined : joined;
        this.stringValue = primary.getCurrencyCode() + getPairsSeparator() + secondary.getCurrencyCode();
        this.minTradeAmount = type == Type.FOREX ? 1000 : 1;
        this.maxTradeAmount = 500000000;
        this.tradeAmountIncrement = 1;
        this.amountPerContract = 1;
    }

    private static Instrument create(Type type, String primary, String secondary, double pipValue, int pipScale) {
        Instrument instrument = new Instrument(count++, type, JFCurrency.getInstance(primary), JFCurrency.getInstance(secondary),
                pipValue, pipScale);
        BY_NAME.put(instrument.name, instrument);
        BY_STRING.put(instrument.stringValue, instrument);
        return instrument;
    }

    /** All predefined instruments, in declaration order. */
    public static Instrument[] values() {
        return BY_NAME.values().toArray(new Instrument[0]);
    }

    public static int size() {
        return BY_NAME.size();
    }

    /** By constant name ("EURUSD") or by string ("EUR/USD"); null when unknown (no exception). */
    public static Instrument valueOf(String name) {
        Instrument instrument = BY_NAME.get(name);
        return instrument != null ? instrument : BY_STRING.get(name);
    }

    /** By string in "CUR1/CUR2" form; null when unknown. */
    public static Instrument fromString(String instrumentStr) {
        return BY_STRING.get(instrumentStr);
    }

    /** The instrument whose inverted string ("USD/EUR" for EUR/USD) is given; null otherwise. */
    public static Instrument fromInvertedString(String instrumentStr) {
        for (Instrument instrument : BY_NAME.values()) {
            String inverted = instrument.secondaryCurrency.getCurrencyCode() + getPairsSeparator()
                    + instrument.primaryCurrency.getCurrencyCode();
            if (inverted.equals(instrumentStr)) {
                return instrument;
            }
        }
        return null;
    }

    public static boolean isInverted(String instrumentStr) {
        return fromString(instrumentStr) == null && fromInvertedString(instrumentStr) != null;
    }

    public static boolean contains(String instrumentString) {
        return BY_STRING.containsKey(instrumentString) || BY_NAME.containsKey(instrumentString);
    }

    public static Set<String> toStringSet(Collection<Instrument> instruments) {
        Set<String> set = new TreeSet<String>();
        if (instruments != null) {
            for (Instrument instrument : instruments) {
                set.add(instrument.toString());
            }
        }
        return set;
    }

    public static Set<Instrument> fromStringSet(Set<String> instrumentsAsString) {
        Set<Instrument> set = new TreeSet<Instrument>(COMPARATOR);
        if (instrumentsAsString != null) {
            for (String text : instrumentsAsString) {
                Instrument instrument = fromString(text);
                if (instrument == null) {
                    instrument = fromInvertedString(text);
                }
                if (instrument == null) {
                    instrument = valueOf(text);
                }
                if (instrument != null) {
                    set.add(instrument);
                }
            }
        }
        return set;
    }

    /** "/" */
    public static String getPairsSeparator() {
        return "/";
    }

    public int ordinal() {
        return ordinal;
    }

    /** Constant name, e.g. "EURUSD". */
    public String name() {
        return name;
    }

    /** "EUR/USD" */
    @Override
    public String getName() {
        return stringValue;
    }

    /** "EUR/USD" */
    @Override
    public String toString() {
        return stringValue;
    }

    /** True when the symbol is this instrument's "CUR1/CUR2" string. */
    public boolean equals(String symbol) {
        return symbol != null && stringValue.equals(symbol);
    }

    @Override
    public int compareTo(Instrument another) {
        return stringValue.compareToIgnoreCase(another.stringValue);
    }

    @Override
    public ICurrency getPrimaryJFCurrency() {
        return primaryCurrency;
    }

    @Override
    public ICurrency getSecondaryJFCurrency() {
        return secondaryCurrency;
    }

    @Deprecated
    @Override
    public Currency getPrimaryCurrency() {
        return primaryCurrency.getJavaCurrency();
    }

    @Deprecated
    @Override
    public Currency getSecondaryCurrency() {
        return secondaryCurrency.getJavaCurrency();
    }

    @Override
    public double getPipValue() {
        return pipValue;
    }

    @Override
    public int getPipScale() {
        return pipScale;
    }

    @Override
    public int getTickScale() {
        return tickScale;
    }

    @Override
    public Type getType() {
        return type;
    }

    /** Null for predefined instruments outside a session (as in the real API without a login). */
    @Override
    public IInstrumentGroup getGroup() {
        return null;
    }

    /** Minimal amount in contracts (default 1000 for FOREX, 1 otherwise, before a login). */
    @Override
    public double getMinTradeAmount() {
        return minTradeAmount;
    }

    public double getMaxTradeAmount() {
        return maxTradeAmount;
    }

    @Override
    public double getTradeAmountIncrement() {
        return tradeAmountIncrement;
    }

    @Override
    public double getAmountPerContract() {
        return amountPerContract;
    }

    @Override
    public String getDescription() {
        return null;
    }

    @Override
    public double getLeverageUse() {
        return 0;
    }

    @Override
    public String getCountry() {
        return null;
    }

    public IMarketInfo getMarketInfo() {
        return null;
    }

    @Override
    public boolean isExotic() {
        return false;
    }

    /** False unless subscribed in a session; always false in the facade. */
    public boolean isTradable() {
        return false;
    }
}
