package io.orderflow.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.orderflow.market.Tick;
import io.orderflow.strategy.config.StrategyConfig;
import io.orderflow.strategy.setup.SetupKind;
import io.orderflow.strategy.stats.ConfirmationStats;
import io.orderflow.strategy.stats.SignalListener;
import io.orderflow.strategy.stats.SignalRecord;
import io.orderflow.strategy.stats.SkipReason;

/**
 * The confirmation statistics on real data account for every signal exactly once: each technical
 * signal is decided once, each followed signal gets one hypothetical outcome (recomputed here from
 * the records), each taken and filled signal one trade outcome. Prints the report the README quotes.
 */
class ConfirmationReportTest {

    /** Fairness: the hypothetical outcomes do not depend on whether confirmation is enforced. */
    @org.junit.jupiter.api.Test
    void hypotheticalOutcomesAreTheSameWhetherOrNotConfirmationIsRequired() throws Exception {
        ConfirmationStats required = run(true);
        ConfirmationStats off = run(false);
        for (SetupKind k : SetupKind.values()) {
            for (boolean conf : new boolean[] {true, false}) {
                ConfirmationStats.Bucket a = required.signals(k, conf);
                ConfirmationStats.Bucket b = off.signals(k, conf);
                assertEquals(a.count(), b.count(), k + " " + conf);
                assertEquals(a.totalR(), b.totalR(), 1e-9, k + " " + conf);
                assertEquals(a.wins(), b.wins(), k + " " + conf);
            }
        }
        assertTrue(required.signals(SetupKind.TREND, false).count() > 10);
    }

    private static ConfirmationStats run(boolean confirmation) throws Exception {
        StrategyConfig c = StrategyConfig.builder().set("instrument", "GBPJPY").set("account.quoteToAccountRate", 0.0121)
                .set("risk.maxSpreadPips", 6.0).set("trend.orderFlowConfirmation", confirmation)
                .set("reversion.orderFlowConfirmation", confirmation).build();
        FakeBroker broker = FakeBroker.perfect(c.instrument(), 0.0121);
        StrategyEngine engine = new StrategyEngine(c, broker);
        broker.setListener(engine);
        for (Tick t : ScenarioData.gbpjpy()) {
            broker.onTick(t);
            engine.onTick(t);
        }
        engine.finish();
        return engine.stats();
    }

    @ParameterizedTest
    @CsvSource({"EURUSD, 0, 2.0, true", "GBPJPY, 0.0121, 6.0, true", "GBPJPY, 0.0121, 6.0, false"})
    void everySignalIsCountedOnceAndTheReportMatchesTheRecords(String symbol, double rate, double spread,
                                                              boolean confirmation) throws Exception {
        List<Tick> ticks = symbol.equals("EURUSD") ? ScenarioData.eurusd() : ScenarioData.gbpjpy();
        StrategyConfig c = StrategyConfig.builder().set("instrument", symbol).set("account.quoteToAccountRate", rate)
                .set("risk.maxSpreadPips", spread).set("trend.orderFlowConfirmation", confirmation)
                .set("reversion.orderFlowConfirmation", confirmation).build();
        FakeBroker broker = FakeBroker.perfect(c.instrument(), rate == 0 ? 1 : rate);
        StrategyEngine engine = new StrategyEngine(c, broker);
        broker.setListener(engine);
        List<SignalRecord> decided = new ArrayList<>();
        List<SignalRecord> outcomes = new ArrayList<>();
        List<SignalRecord> trades = new ArrayList<>();
        engine.setSignalListener(new SignalListener() {
            @Override
            public void onSignal(SignalRecord r) {
                decided.add(r);
            }

            @Override
            public void onSignalClosed(SignalRecord r) {
                outcomes.add(r);
            }

            @Override
            public void onTradeClosed(SignalRecord r) {
                trades.add(r);
            }
        });
        for (Tick t : ticks) {
            broker.onTick(t);
            engine.onTick(t);
        }
        engine.finish();
        ConfirmationStats st = engine.stats();
        long blockedByTime = decided.stream().filter(r -> r.skipReason == SkipReason.WEEKLY_CLOSE
                || r.skipReason == SkipReason.SESSION_END).count();
        assertTrue(outcomes.size() <= decided.size() - blockedByTime, "signals the time rules block are not followed");
        assertEquals(decided.stream().filter(r -> r.closed).count(), outcomes.size(),
                "one hypothetical outcome per followed signal");
        assertEquals(outcomes.size(), outcomes.stream().distinct().count());
        for (SetupKind k : SetupKind.values()) {
            long n = 0;
            for (SkipReason s : SkipReason.values()) n += st.decisions(k, s);
            assertEquals(decided.stream().filter(r -> r.setup == k).count(), n, k + " decisions");
            for (boolean conf : new boolean[] {true, false}) {
                List<SignalRecord> group = outcomes.stream().filter(r -> r.setup == k && r.confirmed() == conf).toList();
                ConfirmationStats.Bucket b = st.signals(k, conf);
                assertEquals(group.size(), b.count());
                if (!group.isEmpty()) {
                    double mean = group.stream().mapToDouble(r -> r.rMultiple).average().orElse(0);
                    double hit = group.stream().filter(r -> r.rMultiple > 0).count() / (double) group.size();
                    assertEquals(mean, b.expectancy(), 1e-9);
                    assertEquals(hit, b.hitRate(), 1e-12);
                }
                assertEquals(trades.stream().filter(r -> r.setup == k && r.confirmed() == conf).count(),
                        st.trades(k, conf).count());
            }
        }
        for (SignalRecord r : outcomes) {
            assertTrue(r.maeR >= 0 && r.rMultiple >= -r.maeR - 1e-9, "R at exit is never below -MAE: " + r);
        }
        if (confirmation) {
            assertTrue(trades.stream().allMatch(SignalRecord::confirmed), "only confirmed signals traded");
        } else {
            assertTrue(trades.stream().anyMatch(r -> !r.confirmed()), "unconfirmed signals traded too");
        }
        assertTrue(decided.size() >= 5, symbol + " signals " + decided.size());
        System.out.println(symbol + " confirmation " + (confirmation ? "required" : "off") + ": " + decided.size()
                + " signals, " + trades.size() + " trades\n" + st.report());
    }
}
