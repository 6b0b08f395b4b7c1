package io.orderflow.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.orderflow.backtest.broker.BrokerConfig;
import io.orderflow.trades.ClosedTrade;
import io.orderflow.backtest.testing.BreakoutStandIn;
import io.orderflow.backtest.testing.Ticks;
import io.orderflow.execution.CloseReason;
import io.orderflow.execution.ExecutionListener;
import io.orderflow.execution.OrderIntent;
import io.orderflow.market.Bar;
import io.orderflow.market.Tick;
import io.orderflow.strategy.config.StrategyConfig;

/**
 * The replay path without unused work (issue 17): the broker's outcomes reach the strategy's own
 * listener and the observers straight from the driver, and bars are built only when someone reads
 * them. Oracles: the journal the broker keeps (fills against trades) and a plain count of the
 * ticks' one-minute periods (bars).
 */
@Tag("slow")
class ReplayDriverLeanPathTest {
    private static final BreakoutStandIn.Params PARAMS = new BreakoutStandIn.Params(15, 60, 1.5, 0.5);

    private static BacktestConfig.Builder config() {
        return BacktestConfig.builder().broker(BrokerConfig.builder().accountCurrency("USD").initialDeposit(100_000)
                .commissionUsdPerMillion(35).build());
    }

    /** Counts ticks and bars; reads no bars itself unless told to. */
    private static final class Counting implements BacktestStrategy {
        final boolean readsBars;
        int bars;
        long ticks;

        Counting(boolean readsBars) {
            this.readsBars = readsBars;
        }

        @Override
        public void onStart(StrategyContext context) {
        }

        @Override
        public void onBar(Bar bar) {
            bars++;
        }

        @Override
        public void onTick(Tick tick) {
            ticks++;
        }

        @Override
        public boolean readsBars() {
            return readsBars;
        }
    }

    /** Bars and fills an observer sees. */
    private static final class Seen implements ReplayObserver {
        final List<Bar> bars = new ArrayList<>();
        final List<long[]> fills = new ArrayList<>();

        @Override
        public void onBar(Bar bar) {
            bars.add(bar);
        }

        @Override
        public void onFilled(String label, long timeMs, long pricePoints, double amount) {
            fills.add(new long[] {timeMs, pricePoints});
        }
    }

    /** One-minute periods that hold at least one tick, counted from the ticks themselves. */
    private static int minutesWithTicks() throws IOException {
        TreeSet<Long> minutes = new TreeSet<>();
        for (Tick t : Ticks.all(Ticks.eurusdTwoDays())) minutes.add(Math.floorDiv(t.timeMs(), 60_000L));
        return minutes.size();
    }

    @Test
    void barsAreBuiltOnlyWhenTheStrategyTheSeriesOrAnObserverReadsThem() throws IOException {
        int minutes = minutesWithTicks();

        Counting none = new Counting(false);
        BacktestResult r = BacktestRun.run(config().collectSeries(false).build(), Ticks.eurusdTwoDays(), none);
        assertEquals(0, none.bars, "a strategy that reads no bars gets none");
        assertEquals(List.of(), r.bars());
        assertTrue(none.ticks > 100_000, "ticks still flow: " + none.ticks);

        Counting reads = new Counting(true);
        BacktestRun.run(config().collectSeries(false).build(), Ticks.eurusdTwoDays(), reads);
        assertEquals(minutes - 1, reads.bars, "every completed one-minute bar (the last, partial one is not delivered)");

        Counting series = new Counting(false);
        r = BacktestRun.run(config().collectSeries(true).build(), Ticks.eurusdTwoDays(), series);
        assertEquals(0, series.bars, "the report's bars are not handed to a strategy that does not read them");
        assertEquals(minutes, r.bars().size(), "the report keeps every bar including the partial last one");

        Seen seen = new Seen();
        BacktestRun.run(config().collectSeries(false).build(), Ticks.eurusdTwoDays(), new Counting(false), seen);
        assertEquals(minutes, seen.bars.size(), "an observer sees every bar including the partial last one");
    }

    @Test
    void outcomesGoToTheStrategysListenerAndFillsToTheObserversAsTheJournalRecordsThem() throws IOException {
        final List<String> heard = new ArrayList<>();
        final BreakoutStandIn inner = new BreakoutStandIn(PARAMS);
        BacktestStrategy s = new BacktestStrategy() {
            @Override
            public void onStart(StrategyContext context) { inner.onStart(context); }

            @Override
            public void onBar(Bar bar) { inner.onBar(bar); }

            @Override
            public void onTick(Tick tick) { inner.onTick(tick); }

            @Override
            public ExecutionListener outcomes() {
                return new ExecutionListener() {
                    @Override
                    public void onFilled(String label, long timeMs, long pricePoints, double amount) {
                        heard.add("F " + timeMs + " " + pricePoints);
                        inner.onFilled(label, timeMs, pricePoints, amount);
                    }

                    @Override
                    public void onRejected(String label, long timeMs, OrderIntent.Kind kind, String reason) {
                        heard.add("R " + label);
                        inner.onRejected(label, timeMs, kind, reason);
                    }

                    @Override
                    public void onModified(String label, long timeMs, long stopPoints, long targetPoints) {
                        inner.onModified(label, timeMs, stopPoints, targetPoints);
                    }

                    @Override
                    public void onClosed(String label, long timeMs, long pricePoints, CloseReason reason,
                                         double profitLoss) {
                        heard.add("C " + timeMs + " " + pricePoints);
                        inner.onClosed(label, timeMs, pricePoints, reason, profitLoss);
                    }
                };
            }
        };
        Seen seen = new Seen();
        BacktestResult r = BacktestRun.run(config().build(), Ticks.eurusdTwoDays(), s, seen);

        List<ClosedTrade> trades = r.trades();
        assertTrue(trades.size() >= 5, "the breakout trades: " + trades.size());
        assertEquals(0, r.rejections());
        List<String> expected = new ArrayList<>();
        for (ClosedTrade t : trades) {
            expected.add("F " + t.entryTimeMs() + " " + t.entryPrice());
            expected.add("C " + t.exitTimeMs() + " " + t.exitPrice());
        }
        assertEquals(expected, heard, "one position at a time: fill, close, fill, close ... as journalled");
        assertEquals(trades.size(), seen.fills.size());
        for (int i = 0; i < trades.size(); i++) {
            assertEquals(trades.get(i).entryTimeMs(), seen.fills.get(i)[0]);
            assertEquals(trades.get(i).entryPrice(), seen.fills.get(i)[1]);
        }
    }

    @Test
    void theEngineGivesTheSameRunWithAndWithoutTheReplaysBars() throws IOException {
        StrategyConfig c = StrategyConfig.defaults().toBuilder().set("bars.periodSeconds", 60).build();
        BacktestConfig base = BacktestConfig.builder().broker(BrokerConfig.builder().accountCurrency("USD")
                .initialDeposit(c.doubleValue(io.orderflow.strategy.config.ParameterTable.ACCOUNT_INITIAL_EQUITY))
                .commissionUsdPerMillion(35).build()).bars(BarSpec.time(60_000)).build();
        BacktestResult withBars = BacktestRun.run(base, Ticks.eurusdTwoDays(), new EngineStrategy(c));
        BacktestResult noBars = BacktestRun.run(base.toBuilder().collectSeries(false).build(), Ticks.eurusdTwoDays(),
                new EngineStrategy(c));
        assertTrue(withBars.bars().size() > 2000, "the first run built the report's bars: " + withBars.bars().size());
        assertEquals(List.of(), noBars.bars());
        assertTrue(withBars.trades().size() > 0, "the engine trades on these two days");
        assertEquals(withBars.trades().toString(), noBars.trades().toString());
        assertEquals(withBars.statistics().asMap(), noBars.statistics().asMap());
    }
}
