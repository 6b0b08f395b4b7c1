package io.orderflow.jforex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.dukascopy.api.IEngine;
import com.dukascopy.api.IStrategy;
import com.dukascopy.api.Instrument;

import io.orderflow.backtest.BacktestConfig;
import io.orderflow.backtest.BacktestResult;
import io.orderflow.backtest.BacktestRun;
import io.orderflow.backtest.EngineStrategy;
import io.orderflow.backtest.TickSource;
import io.orderflow.backtest.broker.BrokerConfig;
import io.orderflow.backtest.testing.Ticks;
import io.orderflow.jforex.harness.FakePlatform;
import io.orderflow.jforex.harness.TickTape;
import io.orderflow.strategy.config.StrategyConfig;
import io.orderflow.trades.ClosedTrade;

/**
 * The real compiled {@code jforex.OrderFlowStrategy}, run on the fake platform with Historical
 * Tester semantics (IEngine.Type.TEST, fills confirmed by messages in order, the simulated broker's
 * next-tick fills), trades exactly as the offline backtester on the same real ticks: the same
 * trades, fill for fill.
 */
@Tag("slow")
class JForexTesterParityTest {

    static IStrategy newStrategy() throws ReflectiveOperationException {
        return (IStrategy) Class.forName("jforex.OrderFlowStrategy").getDeclaredConstructor().newInstance();
    }

    static void set(Object strategy, String field, Object value) throws ReflectiveOperationException {
        Field f = strategy.getClass().getField(field);
        f.set(strategy, value);
    }

    @Test
    void gbpjpyTwoWeeksTradesFillForFillAsTheOfflineBacktester(@TempDir Path files) throws Exception {
        BrokerConfig broker = BrokerConfig.builder().accountCurrency("USD").initialDeposit(100_000).usdPerQuote(0.0122)
                .commissionUsdPerMillion(35).slippagePoints(1).build();
        StrategyConfig config = StrategyConfig.defaults().toBuilder().set("instrument", "GBPJPY")
                .set("account.currency", "USD").set("account.quoteToAccountRate", 0.0122).build();
        compare(Ticks.gbpjpyDecember(), Instrument.GBPJPY, broker, config, files, strategy -> {
            set(strategy, "accountQuoteToAccountRate", 0.0122);
        });
    }

    @Test
    void eurusdTwoDaysOneMinuteBarsTradesFillForFillAsTheOfflineBacktester(@TempDir Path files) throws Exception {
        BrokerConfig broker = BrokerConfig.builder().accountCurrency("USD").initialDeposit(100_000)
                .commissionUsdPerMillion(35).build();
        StrategyConfig config = StrategyConfig.defaults().toBuilder().set("bars.periodSeconds", 60)
                .set("trend.orderFlowConfirmation", false).set("exits.breakEvenAtR", 1.0).set("exits.maxBarsInTrade", 30)
                .build();
        compare(Ticks.eurusdTwoDays(), Instrument.EURUSD, broker, config, files, strategy -> {
            set(strategy, "barsPeriod", com.dukascopy.api.Period.ONE_MIN);
            set(strategy, "trendOrderFlowConfirmation", false);
            set(strategy, "exitsBreakEvenAtR", 1.0);
            set(strategy, "exitsMaxBarsInTrade", 30);
        });
    }

    interface Setup {
        void apply(IStrategy strategy) throws Exception;
    }

    private static void compare(TickSource source, Instrument instrument, BrokerConfig broker, StrategyConfig config,
                                Path files, Setup setup) throws Exception {
        EngineStrategy offlineStrategy = new EngineStrategy(config);
        BacktestResult offline = BacktestRun.run(BacktestConfig.builder().broker(broker).collectSeries(false).build(),
                source, offlineStrategy);
        assertTrue(offline.trades().size() >= 5, "the comparison needs trades: " + offline.trades().size());

        TickTape tape = TickTape.load(source);
        IStrategy strategy = newStrategy();
        set(strategy, "instrument", instrument);
        set(strategy, "warmUpHours", 0);
        setup.apply(strategy);
        List<ClosedTrade> platform;
        try (FakePlatform p = new FakePlatform(instrument, tape, broker, IEngine.Type.TEST, files.toFile(), 0)) {
            p.start(strategy);
            p.replayAll(strategy);
            p.endOfData(strategy);
            StrategyHost host = host(strategy);
            assertEquals(config, host.config(), "the strategy resolved the same configuration");
            platform = host.closedTrades();
            p.stop(strategy);
            assertEquals(offlineStrategy.engine().stats().report(), host.engine().stats().report(),
                    "every signal, its verdict and both outcomes are the same");
            assertTrue(p.threadViolations().isEmpty(), "no order call off the strategy thread: " + p.threadViolations());
            assertEquals(offline.trades().size(), p.submissions().size(), "one order per offline trade");
        }

        assertEquals(offline.trades().size(), platform.size(), "trade count");
        for (int i = 0; i < platform.size(); i++) {
            ClosedTrade a = offline.trades().get(i);
            ClosedTrade b = platform.get(i);
            String what = "trade " + i + " " + a.label();
            assertEquals(a.label(), b.label(), what);
            assertEquals(a.side(), b.side(), what);
            assertEquals(a.amount(), b.amount(), 1e-12, what + " amount");
            assertEquals(a.entryTimeMs(), b.entryTimeMs(), what + " entry time");
            assertEquals(a.entryPrice(), b.entryPrice(), what + " entry price");
            assertEquals(a.exitTimeMs(), b.exitTimeMs(), what + " exit time");
            assertEquals(a.exitPrice(), b.exitPrice(), what + " exit price");
            assertEquals(a.initialStop(), b.initialStop(), what + " initial stop");
            assertEquals(a.initialTarget(), b.initialTarget(), what + " initial target");
            assertEquals(a.finalStop(), b.finalStop(), what + " final stop");
            assertEquals(a.finalTarget(), b.finalTarget(), what + " final target");
            assertEquals(a.closeReason(), b.closeReason(), what + " close reason");
            assertEquals(a.grossProfitLoss(), b.grossProfitLoss(), 1e-9, what + " gross P/L");
            assertEquals(a.commission(), b.commission(), 1e-9, what + " commission");
            assertEquals(a.tags(), b.tags(), what + " tags");
            assertEquals(a.entryTags(), b.entryTags(), what + " typed entry tags");
            // one excursion rule (OpenTrade) in both hosts: the quotes of the ticks the position lived through,
            // then the exit fill (slippage included) on the tick that closed it
            assertEquals(a.maePoints(), b.maePoints(), what + " MAE");
            assertEquals(a.mfePoints(), b.mfePoints(), what + " MFE");
            assertEquals(a.riskAtEntry(), b.riskAtEntry(), 1e-9 * Math.max(1, a.riskAtEntry()), what + " risk at entry");
        }
        long stops = platform.stream().filter(t -> t.finalStop() != t.initialStop()).count();
        System.out.printf("%s: %d trades equal fill for fill (%d with a moved stop), %d ticks%n",
                instrument, platform.size(), stops, tape.size());
        File[] journals = files.resolve("orderflow").toFile().listFiles((d, n) -> n.endsWith("_journal.csv"));
        assertEquals(1, journals.length, "one journal");
        File journal = journals[0];
        assertEquals("OF_" + instrument.name() + "_TEST_" + io.orderflow.jforex.Times.compact(tape.time(0)) + "_journal.csv",
                journal.getName(), "started before the first tick, the tester's journal is named after that tick");
        List<String> rows = Files.readAllLines(journal.toPath(), StandardCharsets.UTF_8);
        assertEquals(platform.size() + 1, rows.size(), "journal: header and one row per trade");
    }

    static StrategyHost host(IStrategy strategy) throws ReflectiveOperationException {
        Field f = strategy.getClass().getDeclaredField("host");
        f.setAccessible(true);
        return (StrategyHost) f.get(strategy);
    }

    static String journalText(Path files) throws IOException {
        File[] fs = files.resolve("orderflow").toFile().listFiles((d, n) -> n.endsWith("_journal.csv"));
        return fs == null || fs.length == 0 ? "" : new String(Files.readAllBytes(fs[0].toPath()), StandardCharsets.UTF_8);
    }
}
