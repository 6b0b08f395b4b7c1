package io.orderflow.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.orderflow.backtest.broker.BrokerConfig;
import io.orderflow.backtest.stats.BacktestStatistics;
import io.orderflow.backtest.store.TickStore;
import io.orderflow.backtest.testing.BreakoutStandIn;
import io.orderflow.backtest.testing.Ticks;
import io.orderflow.execution.CloseReason;
import io.orderflow.execution.OrderIntent;
import io.orderflow.execution.TradeSide;
import io.orderflow.market.Bar;
import io.orderflow.market.Tick;
import io.orderflow.trades.ClosedTrade;

@Tag("slow")
class BacktestRunTest {
    private static final BreakoutStandIn.Params PARAMS = new BreakoutStandIn.Params(15, 60, 1.5, 0.5);

    private static BacktestConfig config() {
        return BacktestConfig.builder().broker(BrokerConfig.builder().accountCurrency("USD").initialDeposit(100_000)
                .commissionUsdPerMillion(35).build()).build();
    }

    /** Index of the first tick at or after {@code timeMs}. */
    private static int firstAtOrAfter(List<Tick> ticks, long timeMs) {
        int lo = 0, hi = ticks.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ticks.get(mid).timeMs() < timeMs) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    @Test
    void everyTradeOnRealTicksFollowsTheFillAndTriggerRulesOfAReferenceScan() throws IOException {
        TickSource source = Ticks.eurusdTwoDays();
        BacktestResult r = BacktestRun.run(config(), source, BreakoutStandIn::new, PARAMS);
        List<Tick> ticks = Ticks.all(source);
        List<ClosedTrade> trades = r.trades();
        assertTrue(trades.size() >= 20, "the stand-in trades on these days: " + trades.size());
        int stops = 0, targets = 0;
        for (ClosedTrade t : trades) {
            boolean isLong = t.side() == TradeSide.LONG;
            // the decision was the close of a 1-minute bar: the fill is the first tick of the next minute
            long barEnd = Math.floorDiv(t.entryTimeMs(), 60_000L) * 60_000L;
            int e = firstAtOrAfter(ticks, barEnd);
            Tick entry = ticks.get(e);
            assertEquals(entry.timeMs(), t.entryTimeMs(), t.label());
            assertEquals(isLong ? entry.ask() : entry.bid(), t.entryPrice(), t.label() + " fills at the ask/bid");
            // reference scan: the first tick whose closing-side price passes the stop or the target
            int x = -1;
            CloseReason why = CloseReason.EXTERNAL;
            for (int i = e; i < ticks.size(); i++) {
                long px = isLong ? ticks.get(i).bid() : ticks.get(i).ask();
                boolean stop = isLong ? px <= t.initialStop() : px >= t.initialStop();
                boolean target = isLong ? px >= t.initialTarget() : px <= t.initialTarget();
                if (stop || target) {
                    x = i;
                    why = stop ? CloseReason.STOP_LOSS : CloseReason.TAKE_PROFIT;
                    break;
                }
            }
            if (x < 0) x = ticks.size() - 1;
            Tick exit = ticks.get(x);
            assertEquals(why, t.closeReason(), t.label());
            assertEquals(exit.timeMs(), t.exitTimeMs(), t.label());
            assertEquals(isLong ? exit.bid() : exit.ask(), t.exitPrice(), t.label() + " closes at the bid/ask");
            // money: 0.5 lots = 500,000 EUR; 1 point = 5 USD; commission 35 per USD million per side
            double gross = (isLong ? 1 : -1) * (t.exitPrice() - t.entryPrice()) * 5.0;
            double commission = 500_000 * (t.entryPrice() + t.exitPrice()) * 1e-5 * 35e-6;
            assertEquals(gross, t.grossProfitLoss(), 1e-6, t.label());
            assertEquals(commission, t.commission(), 1e-9, t.label());
            // excursions from a scan of the closing-side prices while open
            long mae = 0, mfe = 0;
            for (int i = e; i <= x; i++) {
                long move = (isLong ? 1 : -1) * ((isLong ? ticks.get(i).bid() : ticks.get(i).ask()) - t.entryPrice());
                mfe = Math.max(mfe, move);
                mae = Math.max(mae, -move);
            }
            assertEquals(mae, t.maePoints(), t.label());
            assertEquals(mfe, t.mfePoints(), t.label());
            if (why == CloseReason.STOP_LOSS) stops++;
            if (why == CloseReason.TAKE_PROFIT) targets++;
        }
        assertTrue(stops > 0 && targets > 0, "both exits occur: " + stops + " stops, " + targets + " targets");
        double sum = trades.stream().mapToDouble(ClosedTrade::profitLoss).sum();
        assertEquals(100_000 + sum, r.statistics().finalEquity(), 1e-6);
    }

    @Test
    void statisticsFromTa4jAgreeWithPlainLoopsOverTheJournal() throws IOException {
        BacktestResult r = BacktestRun.run(config(), Ticks.eurusdTwoDays(), BreakoutStandIn::new, PARAMS);
        BacktestStatistics s = r.statistics();
        List<ClosedTrade> trades = r.trades();
        double net = 0, grossProfit = 0, grossLoss = 0, equity = 100_000, peak = equity, dd = 0, sumR = 0;
        int wins = 0;
        long inMarket = 0;
        for (ClosedTrade t : trades) {
            net += t.profitLoss();
            if (t.profitLoss() > 0) { grossProfit += t.profitLoss(); wins++; } else grossLoss += t.profitLoss();
            equity += t.profitLoss();
            peak = Math.max(peak, equity);
            dd = Math.max(dd, (peak - equity) / peak);
            sumR += t.rMultiple();
            inMarket += t.durationMs(); // the stand-in holds one position at a time
        }
        assertEquals(trades.size(), s.trades());
        assertEquals(net, s.netProfit(), 1e-6);
        assertEquals(wins, s.wins());
        assertEquals((double) wins / trades.size(), s.winRate(), 1e-12);
        assertEquals(grossProfit, s.grossProfit(), 1e-6);
        assertEquals(grossLoss, s.grossLoss(), 1e-6);
        assertEquals(grossProfit / -grossLoss, s.profitFactor(), 1e-9);
        assertEquals(dd, s.maxDrawdownClosed(), 1e-9);
        assertTrue(s.maxDrawdown() >= dd - 1e-12, "marked drawdown is at least the closed one");
        assertEquals(net / trades.size(), s.expectancy(), 1e-9);
        assertEquals(sumR / trades.size(), s.expectancyR(), 1e-9);
        assertEquals(net / 100_000, s.netReturn(), 1e-12);
        long span = s.asMap().get("lastTickMs") instanceof Long l ? l - (Long) s.asMap().get("firstTickMs") : -1;
        assertEquals((double) inMarket / span, s.exposure(), 1e-12);
        assertEquals(3, s.periods(), "the data touches three FX days (from 17:00 New York): Feb 3 22:00 UTC, Feb 4 22:00, Feb 5 22:00");
    }

    @Test
    void replayFromTheStoreGivesTheSameJournalAsDecodingTheFiles() throws IOException {
        TickSource files = Ticks.eurusdTwoDays();
        TickStore store = TickStore.load(files.open(), files.instrument());
        BacktestResult a = BacktestRun.run(config(), files, BreakoutStandIn::new, PARAMS);
        BacktestResult b = BacktestRun.run(config(), TickSource.of(store), BreakoutStandIn::new, PARAMS);
        assertEquals(a.trades().toString(), b.trades().toString());
        assertEquals(a.statistics().asMap(), b.statistics().asMap());
        assertEquals("no problems", a.dataProblems());
    }

    @Test
    void aStopOverTheWeekendGapFillsAtTheFirstAskAfterIt() throws IOException {
        // GBPJPY closed Friday 2012-12-14 near 133.5 and reopened Sunday 16th 22:00 UTC after the Japanese election
        TickSource source = Ticks.gbpjpy("2012-12-14T21:00:00Z", "2012-12-17T00:00:00Z");
        List<Tick> ticks = Ticks.all(source);
        int sunday = firstAtOrAfter(ticks, java.time.Instant.parse("2012-12-16T00:00:00Z").toEpochMilli());
        Tick fridayLast = ticks.get(sunday - 1);
        Tick sundayFirst = ticks.get(sunday);
        long stop = fridayLast.ask() + 200;
        assertTrue(sundayFirst.ask() > stop + 200, "the data gaps up by more than 2 yen: " + fridayLast + " -> " + sundayFirst);
        BacktestStrategy shortFriday = new BacktestStrategy() {
            StrategyContext ctx;
            boolean sent;

            @Override
            public void onStart(StrategyContext context) { ctx = context; }

            @Override
            public void onBar(Bar bar) { }

            @Override
            public void onTick(Tick tick) {
                if (!sent && tick.timeMs() >= fridayLast.timeMs() - 60_000) {
                    sent = true;
                    ctx.port().submit(OrderIntent.enter("WEEKEND", "GBPJPY", TradeSide.SHORT, 0.1, stop, 0, tick.timeMs(), "gap test"));
                }
            }
        };
        BacktestConfig cfg = BacktestConfig.builder().broker(BrokerConfig.builder().initialDeposit(10_000_000).slippagePoints(5).build()).build();
        BacktestResult r = BacktestRun.run(cfg, source, shortFriday);
        assertEquals(List.of(), r.rejectionSamples());
        ClosedTrade t = r.trades().get(0);
        assertEquals(CloseReason.STOP_LOSS, t.closeReason());
        assertEquals(sundayFirst.timeMs(), t.exitTimeMs());
        assertEquals(sundayFirst.ask() + 5, t.exitPrice(), "first ask after the gap plus slippage, far beyond the stop");
        assertEquals("JPY", r.accountCurrency());
        assertEquals((t.entryPrice() - t.exitPrice()) * 0.001 * 100_000, t.profitLoss(), 1e-6);
    }

    @Test
    void rejectionsAreCountedAndSampledInTheResult() throws IOException {
        BacktestStrategy tooSmall = new BacktestStrategy() {
            StrategyContext ctx;
            int n;

            @Override
            public void onStart(StrategyContext context) { ctx = context; }

            @Override
            public void onBar(Bar bar) {
                if (n++ < 3) {
                    ctx.port().submit(OrderIntent.enter("X" + n, "EURUSD", TradeSide.LONG, 0.0001, 0, 0, bar.endMs(), ""));
                }
            }

            @Override
            public void onTick(Tick tick) { }
        };
        BacktestResult r = BacktestRun.run(config(), Ticks.eurusdTwoDays(), tooSmall);
        assertEquals(3, r.rejections());
        assertTrue(r.rejectionSamples().get(0).startsWith("X1 ENTER at 2019-02-04T00:01:00Z: amount 1.0E-4 is below the minimum 0.001"),
                r.rejectionSamples().get(0));
        assertEquals(0, r.statistics().trades());
        assertEquals(new ArrayList<>(), r.trades());
    }
}
