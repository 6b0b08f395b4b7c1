package io.orderflow.backtest;

import org.junit.jupiter.api.Tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import io.orderflow.backtest.broker.BrokerConfig;
import io.orderflow.backtest.report.ReportModel;
import io.orderflow.backtest.report.ReportModels;
import io.orderflow.backtest.testing.Ticks;
import io.orderflow.execution.EntryTags;
import io.orderflow.strategy.setup.SetupKind;
import io.orderflow.strategy.config.StrategyConfig;
import io.orderflow.trades.ClosedTrade;

/** The real strategy engine replayed by the backtester on real ticks. */
@Tag("slow")
class EngineStrategyTest {

    private static BacktestConfig backtest() {
        return BacktestConfig.builder().broker(BrokerConfig.builder().accountCurrency("USD").initialDeposit(100_000).usdPerQuote(0.0122)
                .commissionUsdPerMillion(35).build()).build();
    }

    @Test
    void engineBalanceFollowsTheBrokerTradeForTradeOnGbpJpy() throws IOException {
        StrategyConfig config = StrategyConfig.defaults().toBuilder().set("instrument", "GBPJPY")
                .set("account.currency", "USD").set("account.quoteToAccountRate", 0.0122).build();
        EngineStrategy strategy = new EngineStrategy(config);
        BacktestResult r = BacktestRun.run(backtest(), Ticks.gbpjpyDecember(), strategy);

        assertFalse(r.trades().isEmpty(), "the default setups trade two weeks of GBPJPY");
        double pnl = 0;
        for (ClosedTrade t : r.trades()) {
            pnl += t.profitLoss();
            assertTrue(t.tags().containsKey("setup"), t.label() + " carries its setup tag: " + t.tags());
            assertTrue(t.tags().containsKey("orderflow_confirmed"), t.label() + ": " + t.tags());
            // the closed trade carries the engine's typed tags; the journal column is their rendering
            SetupKind.valueOf(t.entryTags().setup());
            assertTrue(t.entryTags().confirmation() != EntryTags.Confirmation.UNKNOWN, t.label() + ": " + t.entryTags());
            assertEquals(t.entryTags().asMap(), t.tags(), t.label());
        }
        // the report's trade list and confirmation table count the typed verdicts
        int confirmed = 0, unconfirmed = 0;
        for (ClosedTrade t : r.trades()) {
            if (t.entryTags().confirmation() == EntryTags.Confirmation.CONFIRMED) confirmed++;
            else if (t.entryTags().confirmation() == EntryTags.Confirmation.UNCONFIRMED) unconfirmed++;
        }
        ReportModel m = ReportModels.fromResult(r, "test");
        assertEquals(confirmed, m.confirmation.get(0).signals);
        assertEquals(unconfirmed, m.confirmation.get(1).signals);
        for (int i = 0; i < r.trades().size(); i++) {
            assertEquals(r.trades().get(i).entryTags().confirmation() == EntryTags.Confirmation.CONFIRMED ? "true" : "false",
                    m.trades.get(i).confirmed, r.trades().get(i).label());
        }
        assertEquals(100_000 + pnl, strategy.engine().balance(), 1e-6,
                "the engine's balance is the deposit plus the broker's closed P/L");
        assertEquals(0, strategy.engine().positions().inUse(), "nothing open after the end of data");
    }

    @Test
    void refusesADepositThatDiffersFromTheConfiguredEquity() {
        StrategyConfig config = StrategyConfig.defaults().toBuilder().set("instrument", "GBPJPY")
                .set("account.quoteToAccountRate", 0.0122).set("account.initialEquity", 50_000.0).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BacktestRun.run(backtest(), Ticks.gbpjpy("2012-12-03T00:00:00Z", "2012-12-04T00:00:00Z"), new EngineStrategy(config)));
        assertTrue(e.getMessage().contains("account.initialEquity"), e.getMessage());
    }

    @Test
    void refusesToReplayAnotherInstrumentThanItsConfigurationTrades() {
        EngineStrategy strategy = new EngineStrategy(StrategyConfig.defaults());
        assertThrows(IllegalArgumentException.class,
                () -> BacktestRun.run(backtest(), Ticks.gbpjpyDecember(), strategy));
    }
}
