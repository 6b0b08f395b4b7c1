package io.orderflow.backtest.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.orderflow.backtest.BacktestConfig;
import io.orderflow.backtest.BacktestResult;
import io.orderflow.backtest.BacktestRun;
import io.orderflow.backtest.BacktestStrategy;
import io.orderflow.backtest.BarSpec;
import io.orderflow.backtest.StrategyContext;
import io.orderflow.backtest.broker.BrokerConfig;
import io.orderflow.trades.ClosedTrade;
import io.orderflow.backtest.testing.BreakoutStandIn;
import io.orderflow.backtest.testing.Ticks;
import io.orderflow.flow.FootprintBar;
import io.orderflow.market.Bar;
import io.orderflow.market.BarClock;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.market.Instruments;
import io.orderflow.market.Tick;

/**
 * The report's order-flow part on real EURUSD ticks, checked against plain recomputations: the
 * footprint of a chosen range cell by cell (mid tick rule, flow at the ask for buys and the bid for
 * sells, one-pip rows), the busiest hour chosen without trades, the hour around a marked trade, and
 * one delta value per bar of the replay.
 */
@Tag("slow")
class OrderFlowReportTest {
    private static final long FIVE_MIN = 300_000;
    private static final InstrumentSpec EURUSD = Instruments.of("EURUSD");

    /** Trades nothing. */
    private static BacktestStrategy idle(long[] markAt, OrderFlowReport report) {
        return new BacktestStrategy() {
            @Override
            public void onStart(StrategyContext context) {
            }

            @Override
            public void onBar(Bar bar) {
            }

            @Override
            public void onTick(Tick tick) {
                if (markAt != null && tick.timeMs() >= markAt[0] && markAt[0] > 0) {
                    report.markTrade(tick.timeMs());
                    markAt[0] = 0;
                }
            }
        };
    }

    private static OrderFlowReport run(long from, long to, long[] markAt, ReportModel[] model) throws IOException {
        OrderFlowReport report = from == Long.MIN_VALUE
                ? new OrderFlowReport(EURUSD, OrderFlowBars.Settings.defaults(10), BarClock.fixed(FIVE_MIN))
                : new OrderFlowReport(EURUSD, OrderFlowBars.Settings.defaults(10), BarClock.fixed(FIVE_MIN), from, to);
        BacktestResult r = BacktestRun.run(BacktestConfig.builder().bars(BarSpec.time(FIVE_MIN)).build(),
                Ticks.eurusdTwoDays(), idle(markAt, report), report);
        model[0] = ReportModels.fromResult(r, "test");
        report.fill(model[0]);
        return report;
    }

    private static long utc(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }

    @Test
    void theFootprintOfAChosenRangeEqualsAPlainRecountOfItsTicks() throws IOException {
        long from = utc("2019-02-05T14:00:00Z");
        long to = utc("2019-02-05T15:00:00Z");
        ReportModel[] m = new ReportModel[1];
        OrderFlowReport report = run(from, to, null, m);
        List<FootprintBar> bars = report.footprintBars();
        assertEquals(12, bars.size());
        assertEquals(from, bars.get(0).startMs());

        // recount: side by the mid tick rule (zero ticks repeat the last sign), at the ask for a buy and
        // the bid for a sell, rows of one pip (10 points) by their lower edge
        Map<String, double[]> ref = new HashMap<>();
        int sign = 0;
        long prev = -1;
        for (Tick t : Ticks.all(Ticks.eurusdTwoDays())) {
            long mid2 = t.ask() + t.bid();
            if (prev >= 0 && mid2 != prev) sign = mid2 > prev ? 1 : -1;
            prev = mid2;
            if (t.timeMs() < from || t.timeMs() >= to || sign == 0) continue;
            long price = sign > 0 ? t.ask() : t.bid();
            long bar = Math.floorDiv(t.timeMs(), FIVE_MIN) * FIVE_MIN;
            ref.computeIfAbsent(bar + ":" + Math.floorDiv(price, 10) * 10, k -> new double[2])[sign > 0 ? 0 : 1]++;
        }
        int cells = 0;
        for (ReportModel.FootprintCell c : m[0].footprint.cells) {
            double[] want = ref.get(c.time + ":" + EURUSD.toPoints(c.price));
            assertTrue(want != null, "cell " + c.time + " " + c.price);
            assertEquals(want[0], c.buyVolume, 0, "buys at " + c.price);
            assertEquals(want[1], c.sellVolume, 0, "sells at " + c.price);
            cells++;
        }
        assertEquals(ref.size(), cells, "every recounted cell is shown");
        assertTrue(m[0].footprint.title.contains("the chosen range"), m[0].footprint.title);
        assertEquals(m[0].bars.size(), m[0].panes.get(0).series.get(0).values.length, "one delta per bar");
        assertEquals(576, m[0].bars.size());
    }

    @Test
    void withoutTradesTheFootprintShowsTheBusiestHourAndWithATradeTheHourAroundIt() throws IOException {
        Map<Long, Integer> perHour = new HashMap<>();
        for (Tick t : Ticks.all(Ticks.eurusdTwoDays())) perHour.merge(Math.floorDiv(t.timeMs(), 3_600_000L), 1, Integer::sum);
        long busiest = perHour.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey() * 3_600_000L;

        ReportModel[] m = new ReportModel[1];
        OrderFlowReport report = run(Long.MIN_VALUE, 0, null, m);
        List<FootprintBar> bars = report.footprintBars();
        assertEquals(busiest, bars.get(0).startMs(), "the busiest hour: " + Instant.ofEpochMilli(busiest));
        assertEquals(12, bars.size());
        assertTrue(m[0].footprint.title.contains("busiest hour"), m[0].footprint.title);

        long trade = utc("2019-02-04T09:32:10Z");
        OrderFlowReport marked = run(Long.MIN_VALUE, 0, new long[] {trade}, m);
        List<FootprintBar> around = marked.footprintBars();
        assertEquals(utc("2019-02-04T09:00:00Z"), around.get(0).startMs(), "30 minutes before, by whole bars");
        assertEquals(utc("2019-02-04T10:00:00Z"), around.get(around.size() - 1).startMs());
        assertEquals(13, around.size());
        assertTrue(m[0].footprint.title.contains("last trade entry (09:32 UTC)"), m[0].footprint.title);
    }

    /**
     * The report hears the broker's fills itself (it is an observer of the run): with a trading
     * strategy and no wrapper around it, the automatic footprint is the hour around the journal's
     * last entry.
     */
    @Test
    void theReportMarksTheLastEntryFillItHearsAsAnObserver() throws IOException {
        OrderFlowReport report = new OrderFlowReport(EURUSD, OrderFlowBars.Settings.defaults(10),
                BarClock.fixed(FIVE_MIN));
        BacktestResult r = BacktestRun.run(BacktestConfig.builder().bars(BarSpec.time(FIVE_MIN))
                        .broker(BrokerConfig.builder().accountCurrency("USD").initialDeposit(100_000).build()).build(),
                Ticks.eurusdTwoDays(), new BreakoutStandIn(new BreakoutStandIn.Params(15, 60, 1.5, 0.5)), report);
        assertTrue(r.trades().size() >= 2, "the breakout trades: " + r.trades().size());
        long last = 0;
        for (ClosedTrade t : r.trades()) last = Math.max(last, t.entryTimeMs());
        ReportModel m = ReportModels.fromResult(r, "test");
        report.fill(m);
        String hhmm = Instant.ofEpochMilli(last).toString().substring(11, 16);
        assertTrue(m.footprint.title.contains("the hour around the last trade entry (" + hhmm + " UTC)"),
                m.footprint.title + " (last entry " + Instant.ofEpochMilli(last) + ")");
        List<FootprintBar> around = report.footprintBars();
        assertTrue(around.get(0).startMs() <= last - 1_800_000L + FIVE_MIN, "starts 30 minutes before, by whole bars");
        assertTrue(around.get(around.size() - 1).endMs() >= last + 1_800_000L - FIVE_MIN, "ends 30 minutes after");
    }
}
