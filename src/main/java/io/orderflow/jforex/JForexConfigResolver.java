package io.orderflow.jforex;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


import io.orderflow.market.InstrumentSpec;
import io.orderflow.market.Instruments;
import io.orderflow.strategy.config.ConfigException;
import io.orderflow.strategy.config.Param;
import io.orderflow.strategy.config.ParameterTable;
import io.orderflow.strategy.config.StrategyConfig;
import io.orderflow.strategy.config.StrategyConfigLoader.Located;
import io.orderflow.strategy.config.StrategyConfigLoader;

/**
 * Builds the strategy configuration inside JForex from three sources, in this order of precedence
 * (later wins):
 *
 * <ol>
 * <li>the strategy's public {@code @Configurable} fields, one per key, named by
 * {@link Param#jforexField()} ({@code trend.emaFast} → {@code trendEmaFast}); the strategy passes the
 * keys whose fields have JForex types (the instrument, the bar period) already converted;</li>
 * <li>the optional JSON file from the strategy files folder: <b>every key the file contains replaces
 * the field of the same name</b>; keys it leaves out keep the field values (so a file can hold a
 * whole tested configuration or just a few keys);</li>
 * <li>facts of the platform that no setting may contradict: the account currency and the equity at
 * start ({@code account.currency}, {@code account.initialEquity}).</li>
 * </ol>
 *
 * The merged values are validated once, with the same messages as the offline loader; a JSON
 * error names the file and line. Stateless; thread-safe.
 */
public final class JForexConfigResolver {
    private JForexConfigResolver() {
    }

    /** Supplies the quote-to-account rate at start for a cross (the strategy reads the conversion instrument). */
    public interface RateSource {
        /** The account-currency value of one unit of {@code instrument}'s quote currency now. */
        double rate(InstrumentSpec instrument, String accountCurrency) throws Exception;
    }

    /** The running platform's description of an instrument ({@link PlatformInstrument}). */
    public interface InstrumentSource {
        /** The spec of the platform's instrument {@code symbol} (e.g. "GBPJPY"), or null when the platform has none. */
        InstrumentSpec spec(String symbol) throws Exception;
    }

    /** A resolved configuration and where its values came from. Immutable. */
    public static final class Resolved {
        private final StrategyConfig config;
        private final List<String> fromFile;
        private final List<String> notes;
        private final boolean rateFromPlatform;

        Resolved(StrategyConfig config, List<String> fromFile, List<String> notes, boolean rateFromPlatform) {
            this.config = config;
            this.rateFromPlatform = rateFromPlatform;
            this.fromFile = Collections.unmodifiableList(new ArrayList<>(fromFile));
            this.notes = Collections.unmodifiableList(new ArrayList<>(notes));
        }

        public StrategyConfig config() { return config; }

        /** Keys whose values came from the JSON file, in file order. */
        public List<String> fromFile() { return fromFile; }

        /** Human-readable remarks: fields the file replaced, file keys the platform overrode. */
        public List<String> notes() { return notes; }

        /**
         * True when no quote-to-account rate was set and the {@link RateSource} supplied one at start:
         * the strategy should then follow the live rate ({@link QuoteConversion}); false when the
         * configuration fixed the rate or none is needed.
         */
        public boolean rateFromPlatform() { return rateFromPlatform; }
    }

    /**
     * Resolves the configuration.
     *
     * @param fields    the strategy object (its public fields are read by name)
     * @param converted values for keys whose fields are not plain types, by dotted path (the strategy
     *                  converts {@code Instrument} and {@code Period}); these replace the fields
     * @param json      the JSON file, or null for none
     * @param platform  values the platform decides, by dotted path (account currency and equity)
     * @throws ConfigException for a bad value, naming the key (and the file and line for JSON)
     * @throws IOException     when the JSON file cannot be read
     */
    public static Resolved resolve(Object fields, Map<String, Object> converted, File json,
                                   Map<String, Object> platform) throws IOException {
        return resolve(fields, converted, json, platform, null);
    }

    /**
     * As {@link #resolve(Object, Map, File, Map)}; when the merged configuration trades a cross
     * without a quote-to-account rate ({@code account.quoteToAccountRate} = 0 while neither currency
     * is the account's), {@code rates} supplies the rate at start (null: the validation refuses it).
     */
    public static Resolved resolve(Object fields, Map<String, Object> converted, File json,
                                   Map<String, Object> platform, RateSource rates) throws IOException {
        return resolve(fields, converted, json, platform, rates, null);
    }

    /**
     * As {@link #resolve(Object, Map, File, Map, RateSource)}; the instrument (after the JSON file had
     * its say) is described by {@code instruments} — the running platform — instead of the project's
     * table (null: the table).
     *
     * @throws ConfigException also when the platform has no such instrument or describes it inconsistently
     */
    public static Resolved resolve(Object fields, Map<String, Object> converted, File json,
                                   Map<String, Object> platform, RateSource rates, InstrumentSource instruments)
            throws IOException {
        StrategyConfig.Builder b = StrategyConfig.builder();
        Map<String, Object> current = new LinkedHashMap<>();
        for (Param p : ParameterTable.all()) {
            Object v;
            if (converted.containsKey(p.path())) {
                v = converted.get(p.path());
            } else if (platform.containsKey(p.path())) {
                continue;
            } else {
                v = readField(fields, p);
            }
            b.set(p.path(), v);
            current.put(p.path(), v);
        }
        List<String> fromFile = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (json != null) {
            Map<String, Located> values = readJson(json);
            for (Map.Entry<String, Located> e : values.entrySet()) {
                String key = e.getKey();
                Located l = e.getValue();
                if (platform.containsKey(key)) {
                    notes.add(json.getName() + ": '" + key + "' is ignored: the platform decides it ("
                            + platform.get(key) + ")");
                    continue;
                }
                try {
                    b.set(key, l.value());
                } catch (ConfigException ex) {
                    throw new ConfigException(ex.key(), json.getName() + ":" + l.line() + ": " + ex.getMessage());
                }
                fromFile.add(key);
                Object before = current.get(key);
                if (before != null && !sameValue(before, l.value())) {
                    notes.add(json.getName() + " sets '" + key + "' = " + l.value() + " (parameter: " + before + ")");
                }
                current.put(key, l.value());
            }
        }
        for (Map.Entry<String, Object> e : platform.entrySet()) {
            b.set(e.getKey(), e.getValue());
            current.put(e.getKey(), e.getValue());
        }
        Object symbol = current.get(ParameterTable.INSTRUMENT.path());
        Object account = current.get(ParameterTable.ACCOUNT_CURRENCY.path());
        Object rate = current.get(ParameterTable.ACCOUNT_QUOTE_TO_ACCOUNT_RATE.path());
        InstrumentSpec spec = symbol instanceof String ? Instruments.find((String) symbol) : null;
        if (instruments != null && symbol instanceof String) {
            InstrumentSpec runtime;
            try {
                runtime = instruments.spec(Instruments.normalise((String) symbol));
            } catch (Exception e) {
                throw new ConfigException(ParameterTable.INSTRUMENT.path(), "'instrument' = \"" + symbol + "\": "
                        + e.getMessage());
            }
            if (runtime == null) {
                throw new ConfigException(ParameterTable.INSTRUMENT.path(), "'instrument' = \"" + symbol
                        + "\": the platform offers no such instrument");
            }
            spec = runtime;
            b.instrumentSpec(runtime);
            b.set(ParameterTable.INSTRUMENT.path(), runtime.symbol());
        }
        boolean rateFromPlatform = false;
        if (rates != null && spec != null && account instanceof String && rate instanceof Number
                && ((Number) rate).doubleValue() == 0 && QuoteConversion.needed(spec, (String) account)) {
            double r;
            try {
                r = rates.rate(spec, (String) account);
            } catch (Exception e) {
                throw new ConfigException(ParameterTable.ACCOUNT_QUOTE_TO_ACCOUNT_RATE.path(), "no rate converts "
                        + spec.quote() + " into " + account + " for " + spec.symbol() + ": " + e.getMessage()
                        + "; set 'account.quoteToAccountRate'");
            }
            b.set(ParameterTable.ACCOUNT_QUOTE_TO_ACCOUNT_RATE.path(), r);
            rateFromPlatform = true;
            notes.add("'account.quoteToAccountRate' = " + r + " at start (" + spec.quote() + " in " + account
                    + "), then live from the conversion instrument");
        }
        StrategyConfig config;
        try {
            config = b.build();
        } catch (ConfigException ex) {
            throw new ConfigException(ex.key(), (json != null ? "parameters with " + json.getName() : "parameters")
                    + ": " + ex.getMessage());
        }
        return new Resolved(config, fromFile, notes, rateFromPlatform);
    }

    private static boolean sameValue(Object a, Object b) {
        if (a instanceof Number && b instanceof Number) return ((Number) a).doubleValue() == ((Number) b).doubleValue();
        if (a instanceof Enum && b instanceof String) return ((Enum<?>) a).name().equalsIgnoreCase((String) b);
        return a.equals(b);
    }

    /** The value of the public field named by {@code p}. */
    static Object readField(Object fields, Param p) {
        String name = p.jforexField();
        Field f;
        try {
            f = fields.getClass().getField(name);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(fields.getClass().getName() + " has no public field '" + name
                    + "' for the parameter '" + p.path() + "'");
        }
        if (Modifier.isStatic(f.getModifiers())) {
            throw new IllegalStateException(fields.getClass().getName() + "." + name + " must not be static");
        }
        try {
            Object v = f.get(fields);
            if (v == null) {
                throw new ConfigException(p.path(), "the parameter " + name + " ('" + p.path() + "') is empty: allowed "
                        + p.allowed());
            }
            return v;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    /** The file's values by dotted key, in file order (shape checked; values are checked by the builder). */
    private static Map<String, Located> readJson(File json) throws IOException {
        try (Reader r = Files.newBufferedReader(json.toPath(), StandardCharsets.UTF_8)) {
            return StrategyConfigLoader.read(r, json.getName());
        }
    }

    /**
     * The bar period in seconds for a JForex period of {@code intervalMs} milliseconds
     * ({@code Period.getInterval()}; -1 for TICK).
     *
     * @throws ConfigException when the period is not a whole number of seconds from 10 s to one day
     */
    public static int barSeconds(long intervalMs, String periodName) {
        if (intervalMs <= 0 || intervalMs % 1000 != 0 || intervalMs < 10_000 || intervalMs > 86_400_000L) {
            throw new ConfigException("bars.periodSeconds", "'barsPeriod' = " + periodName
                    + " is not allowed: choose a time period from 10 seconds to one day");
        }
        return (int) (intervalMs / 1000);
    }
}
