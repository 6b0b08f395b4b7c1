package io.orderflow.strategy.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import io.orderflow.flow.DeltaReset;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.market.Instruments;
import io.orderflow.market.SessionAnchor;

/**
 * A complete, validated set of strategy parameters: every {@link ParameterTable} key has a value
 * (its default unless set). Immutable; thread-safe.
 *
 * <p>Build one with {@link #defaults()}, {@link #builder()} or {@link StrategyConfigLoader} (JSON).
 * The JForex strategy builds it from its {@code @Configurable} fields with {@link Builder#set} using
 * either the dotted path or the field name ({@link Param#jforexField()}).
 */
public final class StrategyConfig {
    private final Map<Param, Object> values;
    private final InstrumentSpec instrument;
    private final SessionAnchor sessionAnchor;
    private final DeltaReset cumulativeDeltaReset;

    private StrategyConfig(Map<Param, Object> values, InstrumentSpec instrument) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        this.instrument = instrument != null ? instrument : Instruments.find(string(ParameterTable.INSTRUMENT));
        this.sessionAnchor = SessionAnchor.parse(string(ParameterTable.SESSION_ANCHOR));
        this.cumulativeDeltaReset = deltaReset(string(ParameterTable.OF_CUM_DELTA_RESET), sessionAnchor);
    }

    /** {@code orderflow.cumDeltaReset}: {@code session} means the session anchor, anything else as {@link DeltaReset#parse}. */
    private static DeltaReset deltaReset(String text, SessionAnchor session) {
        return text.trim().equalsIgnoreCase("session") ? DeltaReset.at(session) : DeltaReset.parse(text);
    }

    /** Every parameter at its default. */
    public static StrategyConfig defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this configuration's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.values.putAll(values);
        if (instrument != Instruments.find(string(ParameterTable.INSTRUMENT))) b.instrumentSpec = instrument;
        return b;
    }

    public int intValue(Param p) { return (Integer) get(p, Param.Type.INT); }

    public double doubleValue(Param p) { return (Double) get(p, Param.Type.DOUBLE); }

    public boolean booleanValue(Param p) { return (Boolean) get(p, Param.Type.BOOLEAN); }

    public String string(Param p) { return (String) get(p, Param.Type.STRING); }

    public <E extends Enum<E>> E enumValue(Param p, Class<E> type) {
        return type.cast(get(p, Param.Type.ENUM));
    }

    /** The value of {@code p}: Integer, Double, Boolean, String or enum constant. */
    public Object value(Param p) { return values.get(p); }

    private Object get(Param p, Param.Type expected) {
        if (p.type() != expected) throw new IllegalArgumentException(p.path() + " is " + p.type() + ", not " + expected);
        return values.get(p);
    }

    /** The instrument named by {@code instrument}. */
    public InstrumentSpec instrument() { return instrument; }

    /** The trading-day anchor named by {@code session.anchor}. */
    public SessionAnchor sessionAnchor() { return sessionAnchor; }

    /** When cumulative delta restarts, from {@code orderflow.cumDeltaReset}. */
    public DeltaReset cumulativeDeltaReset() { return cumulativeDeltaReset; }

    /** Session volume-profile row height in points ({@code orderflow.profileRowPips} × points per pip). */
    public long profileRowPoints() {
        return Math.round(doubleValue(ParameterTable.OF_PROFILE_ROW_PIPS) * instrument.pointsPerPip());
    }

    /** Footprint row height in points ({@code orderflow.footprintRowPoints}, 0 = the profile row). */
    public long footprintRowPoints() {
        int v = intValue(ParameterTable.OF_FOOTPRINT_ROW_POINTS);
        return v > 0 ? v : profileRowPoints();
    }

    /** Bar length in ms. */
    public long barPeriodMs() { return intValue(ParameterTable.BARS_PERIOD_SECONDS) * 1000L; }

    /** Values by dotted path, in documentation order (for reports and round trips). */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Param p : ParameterTable.all()) m.put(p.path(), values.get(p));
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StrategyConfig && ((StrategyConfig) o).values.equals(values);
    }

    @Override
    public int hashCode() { return values.hashCode(); }

    @Override
    public String toString() { return asMap().toString(); }

    /** Collects values, then checks each against its range and the keys against each other. Not thread-safe. */
    public static final class Builder {
        private final Map<Param, Object> values = new LinkedHashMap<>();
        private InstrumentSpec instrumentSpec;

        private Builder() {
            for (Param p : ParameterTable.all()) values.put(p, p.defaultValue());
        }

        /**
         * Sets {@code key} (dotted path like {@code trend.emaFast}, or the JForex field name
         * {@code trendEmaFast}) to {@code value} (Number, Boolean, String or enum constant).
         *
         * @throws ConfigException for an unknown key, a wrong type or a value out of range
         */
        public Builder set(String key, Object value) {
            return set(key, value, null);
        }

        Builder set(String key, Object value, String where) {
            Param p = ParameterTable.find(key);
            if (p == null) p = byField(key);
            if (p == null) {
                throw new ConfigException(key, "unknown key '" + key + "'" + (where == null ? "" : " (" + where + ")")
                        + suggestion(key));
            }
            if (value == null) {
                throw new ConfigException(p.path(), "'" + p.path() + "' must not be null: allowed " + p.allowed()
                        + (where == null ? "" : " (" + where + ")"));
            }
            values.put(p, p.coerce(value, where));
            return this;
        }

        public Builder set(Param p, Object value) {
            return set(p.path(), value);
        }

        private static Param byField(String name) {
            for (Param p : ParameterTable.all()) {
                if (p.jforexField().equals(name)) return p;
            }
            return null;
        }

        private static String suggestion(String key) {
            int dot = key.lastIndexOf('.');
            String section = dot < 0 ? "" : key.substring(0, dot);
            if (!section.isEmpty() && !ParameterTable.isSection(section)) {
                return "; known sections: " + ParameterTable.keysUnder("");
            }
            return "; known keys " + (section.isEmpty() ? "at the top level" : "in '" + section + "'") + ": "
                    + ParameterTable.keysUnder(section);
        }

        /**
         * Validates the keys against each other and returns the configuration.
         *
         * @throws ConfigException naming the offending key
         */
        public StrategyConfig build() {
            checkCrossKeys();
            return new StrategyConfig(values, instrumentSpec);
        }

        /**
         * Uses {@code spec} for the instrument instead of the project's table: the JForex strategy
         * passes the running platform's description of it ({@code io.orderflow.jforex.PlatformInstrument}).
         * Its symbol must be the {@code instrument} value (checked at {@link #build()}); null returns to the table.
         */
        public Builder instrumentSpec(InstrumentSpec spec) {
            this.instrumentSpec = spec;
            return this;
        }

        private int i(Param p) { return (Integer) values.get(p); }

        private double d(Param p) { return (Double) values.get(p); }

        private boolean b(Param p) { return (Boolean) values.get(p); }

        private String s(Param p) { return (String) values.get(p); }

        private void checkCrossKeys() {
            String sym = s(ParameterTable.INSTRUMENT);
            InstrumentSpec spec = instrumentSpec != null ? instrumentSpec : Instruments.find(sym);
            if (instrumentSpec != null && !instrumentSpec.symbol().equals(Instruments.normalise(sym))) {
                throw new ConfigException("instrument", "'instrument' = \"" + sym + "\" but the platform's instrument is "
                        + instrumentSpec.symbol());
            }
            if (spec == null) {
                throw new ConfigException("instrument", "'instrument' = \"" + sym + "\" is not a known instrument");
            }
            try {
                SessionAnchor.parse(s(ParameterTable.SESSION_ANCHOR));
            } catch (IllegalArgumentException e) {
                throw new ConfigException("session.anchor", "'session.anchor': " + e.getMessage());
            }
            try {
                deltaReset(s(ParameterTable.OF_CUM_DELTA_RESET), SessionAnchor.FX_NEW_YORK);
            } catch (IllegalArgumentException e) {
                throw new ConfigException("orderflow.cumDeltaReset", "'orderflow.cumDeltaReset' = \""
                        + s(ParameterTable.OF_CUM_DELTA_RESET) + "\": expected session, never, fx, utc or HH:mm@Zone/Id ("
                        + e.getMessage() + ")");
            }
            if (i(ParameterTable.OF_HVN_SMOOTHING_ROWS) % 2 == 0) {
                throw new ConfigException("orderflow.hvnSmoothingRows", "'orderflow.hvnSmoothingRows' = "
                        + i(ParameterTable.OF_HVN_SMOOTHING_ROWS) + " must be odd (a centred window): allowed 1, 3, 5, .. "
                        + (long) ParameterTable.OF_HVN_SMOOTHING_ROWS.max());
            }
            String ccy = s(ParameterTable.ACCOUNT_CURRENCY);
            if (!ccy.matches("[A-Z]{3}")) {
                throw new ConfigException("account.currency", "'account.currency' = \"" + ccy
                        + "\": expected three upper-case letters such as USD");
            }
            if (d(ParameterTable.ACCOUNT_QUOTE_TO_ACCOUNT_RATE) == 0 && !ccy.equals(spec.quote())
                    && !ccy.equals(spec.base())) {
                throw new ConfigException("account.quoteToAccountRate", "'account.quoteToAccountRate' must be set "
                        + "(> 0): the account currency " + ccy + " is neither the quote (" + spec.quote()
                        + ") nor the base (" + spec.base() + ") currency of " + spec.symbol());
            }
            String prefix = s(ParameterTable.EXEC_LABEL_PREFIX);
            if (!prefix.matches("[A-Za-z][A-Za-z0-9]*")) {
                throw new ConfigException("execution.labelPrefix", "'execution.labelPrefix' = \"" + prefix
                        + "\": letters and digits only, starting with a letter");
            }
            lessThan(ParameterTable.TREND_EMA_FAST, ParameterTable.TREND_EMA_SLOW);
            lessThan(ParameterTable.TREND_MACD_FAST, ParameterTable.TREND_MACD_SLOW);
            if (!b(ParameterTable.TREND_ENABLED) && !b(ParameterTable.REV_ENABLED)) {
                throw new ConfigException("trend.enabled", "'trend.enabled' and 'reversion.enabled' are both false: "
                        + "enable at least one setup");
            }
            if (!b(ParameterTable.TREND_CONFIRM_USE_DELTA) && !b(ParameterTable.TREND_CONFIRM_USE_OFI)) {
                throw new ConfigException("trend.confirm.useDelta", "'trend.confirm.useDelta' and "
                        + "'trend.confirm.useOfi' are both false: at least one must supply the z-score confirmation");
            }
            if (!b(ParameterTable.REV_AT_VALUE_AREA) && !b(ParameterTable.REV_AT_ZONES)) {
                throw new ConfigException("reversion.atValueArea", "'reversion.atValueArea' and "
                        + "'reversion.atZones' are both false: the reversion setup needs a location");
            }
            if (!b(ParameterTable.REV_CONFIRM_ABSORPTION) && !b(ParameterTable.REV_CONFIRM_IMBALANCE_REVERSAL)) {
                throw new ConfigException("reversion.confirm.absorption", "'reversion.confirm.absorption' and "
                        + "'reversion.confirm.imbalanceReversal' are both false: nothing could confirm a reversion");
            }
            if (d(ParameterTable.REV_PERCENT_B_LOW) >= d(ParameterTable.REV_PERCENT_B_HIGH)) {
                throw new ConfigException("reversion.percentBLow", "'reversion.percentBLow' = "
                        + d(ParameterTable.REV_PERCENT_B_LOW) + " must be below 'reversion.percentBHigh' = "
                        + d(ParameterTable.REV_PERCENT_B_HIGH));
            }
            if (d(ParameterTable.RISK_PERCENT) > d(ParameterTable.RISK_MAX_TOTAL_PERCENT)) {
                throw new ConfigException("risk.riskPercent", "'risk.riskPercent' = " + d(ParameterTable.RISK_PERCENT)
                        + " exceeds 'risk.maxTotalRiskPercent' = " + d(ParameterTable.RISK_MAX_TOTAL_PERCENT)
                        + ": no trade could ever be taken");
            }
            if (d(ParameterTable.RISK_MAX_AMOUNT) < spec.minTradeAmount()) {
                throw new ConfigException("risk.maxAmount", "'risk.maxAmount' = " + d(ParameterTable.RISK_MAX_AMOUNT)
                        + " is below the minimum order amount of " + spec.symbol() + " (" + spec.minTradeAmount() + ")");
            }
            double rowPoints = d(ParameterTable.OF_PROFILE_ROW_PIPS) * spec.pointsPerPip();
            if (rowPoints < 1 || Math.abs(rowPoints - Math.rint(rowPoints)) > 1e-9) {
                throw new ConfigException("orderflow.profileRowPips", "'orderflow.profileRowPips' = "
                        + d(ParameterTable.OF_PROFILE_ROW_PIPS) + " is not a whole number of points of "
                        + spec.symbol() + " (one pip = " + spec.pointsPerPip() + " points)");
            }
            int lookback = maxLookback();
            int maxBars = i(ParameterTable.TA_MAX_BARS);
            if (maxBars < 2 * lookback) {
                throw new ConfigException("ta.maxBars", "'ta.maxBars' = " + maxBars + " is too small: allowed "
                        + (2 * lookback) + ".." + (long) ParameterTable.TA_MAX_BARS.max()
                        + " (twice the longest lookback, " + lookback + " bars)");
            }
        }

        private int maxLookback() {
            int m = 0;
            Param[] lookbacks = {ParameterTable.TA_ATR_PERIOD, ParameterTable.TREND_EMA_SLOW,
                    ParameterTable.TREND_DONCHIAN_PERIOD, ParameterTable.TREND_MACD_SLOW, ParameterTable.REV_RSI_PERIOD,
                    ParameterTable.REV_BB_PERIOD, ParameterTable.OF_Z_WINDOW, ParameterTable.OF_DIVERGENCE_BARS,
                    ParameterTable.OF_CUM_DELTA_SLOPE_BARS};
            for (Param p : lookbacks) m = Math.max(m, i(p) + 1);
            m = Math.max(m, 2 * i(ParameterTable.TREND_ADX_PERIOD));
            return m;
        }

        private void lessThan(Param a, Param b) {
            if (i(a) >= i(b)) {
                throw new ConfigException(a.path(), "'" + a.path() + "' = " + i(a) + " must be less than '" + b.path()
                        + "' = " + i(b));
            }
        }
    }

    /** The values of {@code other} that differ from this configuration's, by path (for reports). */
    public Map<String, Object> differencesFrom(StrategyConfig other) {
        Objects.requireNonNull(other, "other");
        Map<String, Object> m = new LinkedHashMap<>();
        for (Param p : ParameterTable.all()) {
            if (!values.get(p).equals(other.values.get(p))) m.put(p.path(), values.get(p));
        }
        return m;
    }
}
