package io.orderflow.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

import io.orderflow.backtest.BacktestConfig;
import io.orderflow.backtest.BarSpec;
import io.orderflow.backtest.broker.AccountConversion;
import io.orderflow.backtest.broker.BrokerConfig;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.strategy.config.ConfigException;
import io.orderflow.strategy.config.Param;
import io.orderflow.strategy.config.ParameterTable;
import io.orderflow.strategy.config.StrategyConfig;
import io.orderflow.strategy.config.StrategyConfigLoader;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options of a backtest run that {@code backtest}, {@code sweep} and {@code validate} share (a
 * picocli mixin), from which it builds the run's {@code StrategyConfig} ({@link #strategy}) and
 * {@code BacktestConfig} ({@link #backtest}): the strategy's configuration
 * ({@code --config FILE.json}, then {@code --set key=value} overrides, see
 * {@link ParameterTable}) and the simulated broker (latency, slippage, commission, leverage, margin
 * cut). The account — deposit and currency — is the strategy's ({@code account.initialEquity},
 * {@code account.currency}), so engine and broker always agree; {@code --deposit} and
 * {@code --account-currency} set both.
 *
 * <p>Every problem is a usage error (exit code 2) naming the option, the key and what is allowed,
 * raised before any tick is downloaded or read.
 */
public final class BacktestOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--config", paramLabel = "FILE.json",
            description = "Strategy configuration (JSON, nested by the dots of the keys; every key optional, "
                    + "defaults otherwise). Keys and ranges: docs/readme/strategy.md.")
    Path configFile;

    @Option(names = {"-s", "--set"}, paramLabel = "KEY=VALUE",
            description = "Override one configuration key, e.g. --set trend.emaFast=5 --set risk.riskPercent=0.25 "
                    + "(dotted key or JForex field name). Repeatable; applied after --config.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--deposit", paramLabel = "AMOUNT",
            description = "Initial deposit in the account currency (sets account.initialEquity; default 100000).")
    Double deposit;

    @Option(names = "--account-currency", paramLabel = "CCY",
            description = "Account currency: USD or the instrument's quote currency (sets account.currency; default USD).")
    String accountCurrency;

    @Option(names = "--leverage", paramLabel = "X", defaultValue = "100",
            description = "Leverage, e.g. 30 for 1:30 (default: ${DEFAULT-VALUE}).")
    double leverage;

    @Option(names = "--commission", paramLabel = "USD", defaultValue = "0",
            description = "Commission in USD per million USD traded, per side, as Dukascopy quotes it (e.g. 35; "
                    + "default: ${DEFAULT-VALUE}).")
    double commission;

    @Option(names = "--slippage", paramLabel = "POINTS", defaultValue = "0",
            description = "Adverse slippage on market fills (entries, exits, stops), in points (default: ${DEFAULT-VALUE}).")
    long slippage;

    @Option(names = "--latency", paramLabel = "MS", defaultValue = "0",
            description = "Delay between a decision and the first tick that can fill it, ms (default: ${DEFAULT-VALUE}).")
    long latency;

    @Option(names = "--margin-cut", paramLabel = "PERCENT", defaultValue = "200",
            description = "Use of leverage at which every position is closed, %% (0 = off; default: ${DEFAULT-VALUE}).")
    double marginCut;

    @Option(names = "--usd-per-quote", paramLabel = "RATE",
            description = "US dollars per unit of the quote currency, for crosses without USD (GBPJPY: the dollar value "
                    + "of one yen, e.g. 0.0122); default: account.quoteToAccountRate when the account is in USD.")
    Double usdPerQuote;

    /**
     * The strategy configuration for {@code instrument}: the file (or the defaults), the instrument,
     * {@code --deposit}/{@code --account-currency}, then the {@code --set} overrides in order.
     *
     * @throws ParameterException naming the option, key and allowed values
     */
    public StrategyConfig strategy(InstrumentSpec instrument) {
        StrategyConfig.Builder b = base(instrument).toBuilder();
        try {
            b.set(ParameterTable.INSTRUMENT, instrument.symbol());
            if (deposit != null) b.set(ParameterTable.ACCOUNT_INITIAL_EQUITY, deposit);
            if (accountCurrency != null) b.set(ParameterTable.ACCOUNT_CURRENCY, accountCurrency.toUpperCase(Locale.ROOT));
        } catch (ConfigException e) {
            throw usage((deposit != null && e.key().equals(ParameterTable.ACCOUNT_INITIAL_EQUITY.path()) ? "--deposit: "
                    : accountCurrency != null && e.key().equals(ParameterTable.ACCOUNT_CURRENCY.path())
                    ? "--account-currency: " : "") + e.getMessage());
        }
        for (String s : sets) {
            int eq = s.indexOf('=');
            if (eq <= 0) throw usage("--set " + s + ": expected KEY=VALUE, e.g. --set trend.emaFast=5");
            String key = s.substring(0, eq).trim();
            Param p = ParameterTable.findByKeyOrField(key);
            if (p != null && p.path().equals(ParameterTable.INSTRUMENT.path())) {
                String v = s.substring(eq + 1).trim().replace("/", "").toUpperCase(Locale.ROOT);
                if (!v.equals(instrument.symbol())) {
                    throw usage("--set " + s + " contradicts --instrument " + instrument.symbol()
                            + "; the instrument is chosen with --instrument alone");
                }
            }
            try {
                b.set(key, ParameterTable.parseValue(key, s.substring(eq + 1)));
            } catch (ConfigException e) {
                throw usage("--set " + s + ": " + e.getMessage());
            }
        }
        try {
            return b.build();
        } catch (ConfigException e) {
            throw usage("invalid configuration: " + e.getMessage());
        }
    }

    /** The configuration file, or the defaults; checks the file's instrument against {@code instrument}. */
    private StrategyConfig base(InstrumentSpec instrument) {
        if (configFile == null) return StrategyConfig.defaults();
        StrategyConfig c;
        try {
            c = StrategyConfigLoader.load(configFile);
        } catch (NoSuchFileException e) {
            throw usage("--config " + configFile + ": no such file");
        } catch (ConfigException e) {
            throw usage("--config: " + e.getMessage());
        } catch (IOException e) {
            throw usage("--config " + configFile + ": cannot read it: " + e.getMessage());
        }
        if (fileNamesInstrument() && !c.instrument().symbol().equals(instrument.symbol())) {
            throw usage("--config " + configFile + " trades " + c.instrument().symbol() + " but --instrument is "
                    + instrument.symbol() + "; change one of them");
        }
        return c;
    }

    private boolean fileNamesInstrument() {
        try (Reader r = Files.newBufferedReader(configFile, StandardCharsets.UTF_8)) {
            JsonElement e = JsonParser.parseReader(r);
            return e.isJsonObject() && e.getAsJsonObject().has("instrument");
        } catch (IOException | RuntimeException e) {
            return false; // the loader read it already; cannot happen in practice
        }
    }

    /**
     * The backtest settings for a strategy configuration: the broker with the strategy's account and
     * this command line's costs, and bars of the strategy's period for the report.
     *
     * @throws ParameterException when the broker cannot be set up as asked (naming the option)
     */
    public BacktestConfig backtest(StrategyConfig config, boolean collectSeries) {
        InstrumentSpec spec = config.instrument();
        String ccy = config.string(ParameterTable.ACCOUNT_CURRENCY);
        double rate = usdPerQuote != null ? usdPerQuote
                : "USD".equals(ccy) && config.doubleValue(ParameterTable.ACCOUNT_QUOTE_TO_ACCOUNT_RATE) > 0
                ? config.doubleValue(ParameterTable.ACCOUNT_QUOTE_TO_ACCOUNT_RATE) : Double.NaN;
        BrokerConfig.Builder b = BrokerConfig.builder();
        try {
            b.initialDeposit(config.doubleValue(ParameterTable.ACCOUNT_INITIAL_EQUITY)).accountCurrency(ccy);
            option("--leverage", () -> b.leverage(leverage));
            option("--commission", () -> b.commissionUsdPerMillion(commission));
            option("--slippage", () -> b.slippagePoints(slippage));
            option("--latency", () -> b.latencyMs(latency));
            option("--margin-cut", () -> b.marginCutPercent(marginCut));
            if (!Double.isNaN(rate)) option("--usd-per-quote", () -> b.usdPerQuote(rate));
            new AccountConversion(spec, ccy, rate, commission > 0);
        } catch (IllegalArgumentException e) {
            throw usage("the simulated broker cannot run this account: " + e.getMessage()
                    + " (--account-currency, --usd-per-quote or account.quoteToAccountRate)");
        }
        return BacktestConfig.builder().broker(b.build()).bars(BarSpec.time(config.barPeriodMs()))
                .collectSeries(collectSeries).build();
    }

    private void option(String name, Runnable set) {
        try {
            set.run();
        } catch (IllegalArgumentException e) {
            throw usage(name + ": " + e.getMessage());
        }
    }

    /** The broker settings in words, for summaries. */
    String describeCosts() {
        return String.format(Locale.ROOT, "leverage 1:%s, commission %s USD per million per side, slippage %d points, "
                        + "latency %d ms, margin cut %s", trim(leverage), trim(commission),
                slippage, latency, marginCut == 0 ? "off" : trim(marginCut) + " %");
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    private ParameterException usage(String message) {
        return new ParameterException(command.commandLine(), message);
    }
}
