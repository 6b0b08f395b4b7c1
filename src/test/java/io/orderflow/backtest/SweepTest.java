package io.orderflow.backtest;

import org.junit.jupiter.api.Tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.orderflow.backtest.broker.BrokerConfig;
import io.orderflow.backtest.store.TickStore;
import io.orderflow.backtest.testing.BreakoutStandIn;
import io.orderflow.backtest.testing.Ticks;

@Tag("slow")
class SweepTest {
    private static final StrategyFactory<Map<String, Object>> FACTORY = p -> new BreakoutStandIn(new BreakoutStandIn.Params(
            (Integer) p.get("lookback"), (Long) p.get("stop"), (Double) p.get("targetR"), 0.2));

    private static List<Map<String, Object>> grid() {
        return new ParameterGrid().axis("lookback", List.of(10, 30)).axis("stop", List.of(40L, 80L, 160L))
                .axis("targetR", List.of(1.0, 2.0)).points();
    }

    private static String fingerprint(Sweep.Result<Map<String, Object>> r) {
        StringBuilder sb = new StringBuilder();
        for (Sweep.Entry<Map<String, Object>> e : r.inGridOrder()) {
            sb.append(e.index()).append(e.parameters()).append(e.result().statistics().asMap())
                    .append(e.result().trades()).append('\n');
        }
        for (Sweep.Entry<Map<String, Object>> e : r.ranked()) sb.append(e.index()).append(' ');
        return sb.toString();
    }

    @Test
    void resultsAreIdenticalForOneTwoAndThreeThreadsAndRankedByTheStatistic() throws IOException {
        TickSource files = Ticks.eurusdTwoDays();
        TickStore store = TickStore.load(files.open(), files.instrument());
        BacktestConfig cfg = BacktestConfig.builder().broker(BrokerConfig.builder().accountCurrency("USD")
                .commissionUsdPerMillion(25).latencyMs(50).slippagePoints(1).build()).build();
        List<Map<String, Object>> points = grid();
        assertEquals(12, points.size());
        Sweep.Result<Map<String, Object>> one = Sweep.run(store, cfg, points, FACTORY, Ranking.NET_RETURN, 1);
        Sweep.Result<Map<String, Object>> two = Sweep.run(store, cfg, points, FACTORY, Ranking.NET_RETURN, 2);
        Sweep.Result<Map<String, Object>> three = Sweep.run(store, cfg, points, FACTORY, Ranking.NET_RETURN, 3);
        assertEquals(fingerprint(one), fingerprint(two));
        assertEquals(fingerprint(one), fingerprint(three));

        // ranked best first by net return, ties by grid index
        List<Sweep.Entry<Map<String, Object>>> ranked = one.ranked();
        for (int i = 1; i < ranked.size(); i++) {
            double a = ranked.get(i - 1).result().statistics().netReturn();
            double b = ranked.get(i).result().statistics().netReturn();
            assertTrue(a > b || (a == b && ranked.get(i - 1).index() < ranked.get(i).index()), "rank " + i);
        }
        // the runs really differ (a sweep that ignores its parameters would pass the checks above)
        assertTrue(ranked.get(0).result().statistics().netReturn() > ranked.get(11).result().statistics().netReturn());

        // the confirmation table of each run counts its tagged trades (the stand-in tags every trade)
        for (Sweep.Entry<Map<String, Object>> e : one.inGridOrder()) {
            int tagged = e.confirmation().get(0).signals + e.confirmation().get(1).signals;
            assertEquals(e.result().trades().size(), tagged, "run " + e.index());
        }
        // each sweep run equals a single run decoding the files
        Map<String, Object> p = points.get(7);
        BacktestResult single = BacktestRun.run(cfg, files, FACTORY, p);
        assertEquals(single.statistics().asMap(), one.inGridOrder().get(7).result().statistics().asMap());
        assertEquals(single.trades().toString(), one.inGridOrder().get(7).result().trades().toString());
    }

    @Test
    void gridOrderVariesTheLastAxisFastest() {
        List<Map<String, Object>> p = new ParameterGrid().axis("a", List.of(1, 2)).axis("b", List.of("x", "y", "z")).points();
        List<String> seen = new ArrayList<>();
        for (Map<String, Object> m : p) seen.add(m.get("a") + "" + m.get("b"));
        assertEquals(List.of("1x", "1y", "1z", "2x", "2y", "2z"), seen);
    }

    @Test
    void rankingLowerDrawdownFirstAndNanLast() {
        assertEquals(Ranking.MAX_DRAWDOWN, Ranking.parse("max-drawdown"));
        assertEquals(Ranking.SHARPE, Ranking.parse("sharpeAnnualised"));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Ranking.parse("luck"));
        assertTrue(e.getMessage().contains("known: net-return"), e.getMessage());
    }
}
