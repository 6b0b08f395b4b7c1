package io.orderflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.orderflow.backtest.BacktestConfig;
import io.orderflow.backtest.BacktestResult;
import io.orderflow.backtest.BacktestRun;
import io.orderflow.backtest.BarSpec;
import io.orderflow.backtest.EngineStrategy;
import io.orderflow.backtest.broker.BrokerConfig;
import io.orderflow.backtest.report.OrderFlowReport;
import io.orderflow.backtest.testing.Ticks;
import io.orderflow.market.Bar;
import io.orderflow.market.BarClock;
import io.orderflow.market.Tick;
import io.orderflow.strategy.config.StrategyConfig;
import io.orderflow.strategy.config.ParameterTable;
import io.orderflow.strategy.readings.OrderFlowSnapshot;
import io.orderflow.strategy.readings.OrderFlowSource;
import io.orderflow.strategy.readings.ProjectOrderFlowSource;

/**
 * Does the backtest report recompute the numbers the engine already has (issue 17)? The report's
 * per-bar delta, cumulative delta and OFI ({@code OrderFlowReport} with the command's
 * {@code reportSettings}) against the engine's own readings of the same bars, recorded at each bar
 * close from its order-flow source, on two days of real EURUSD ticks with the default
 * configuration. They are the same numbers bar for bar; the report has one bar more (the partial
 * last bar, which the engine never closes). The mean queue imbalance is defined differently (the
 * engine leaves out ticks without quoted size), and the footprint and profile differ in settings,
 * which is why the report keeps its own calculators (see docs/readme/speed.md).
 */
@Tag("slow")
class ReportVersusEngineReadingsTest {

    /** The engine's default source, recording each bar's readings. */
    private static final class Recording implements OrderFlowSource {
        final ProjectOrderFlowSource inner;
        final List<double[]> bars = new ArrayList<>();

        Recording(StrategyConfig c) {
            inner = new ProjectOrderFlowSource(c);
        }

        @Override
        public void onTick(Tick tick) { inner.onTick(tick); }

        @Override
        public void onBar(Bar bar, OrderFlowSnapshot out) {
            inner.onBar(bar, out);
            bars.add(new double[] {bar.endMs(), out.delta, out.cumDelta, out.ofi});
        }

        @Override
        public void fillHighVolumeNodes(OrderFlowSnapshot out) { inner.fillHighVolumeNodes(out); }

        @Override
        public void reset() { inner.reset(); }

        @Override
        public String provenance() { return inner.provenance(); }
    }

    @Test
    void theReportsDeltaCumulativeDeltaAndOfiAreTheEnginesReadingsBarForBar() throws IOException {
        StrategyConfig config = StrategyConfig.defaults();
        final Recording[] source = new Recording[1];
        EngineStrategy engine = new EngineStrategy(config, c -> source[0] = new Recording(c));
        OrderFlowReport report = new OrderFlowReport(config.instrument(), BacktestCommand.reportSettings(config),
                BarClock.fixed(config.barPeriodMs()));
        BacktestConfig bt = BacktestConfig.builder().bars(BarSpec.time(config.barPeriodMs()))
                .broker(BrokerConfig.builder().accountCurrency("USD")
                        .initialDeposit(config.doubleValue(ParameterTable.ACCOUNT_INITIAL_EQUITY)).build()).build();
        BacktestResult r = BacktestRun.run(bt, Ticks.eurusdTwoDays(), engine, report);

        List<double[]> engineBars = source[0].bars;
        double[] delta = report.delta();
        double[] cumulative = report.cumulativeDelta();
        double[] ofi = report.ofi();
        assertEquals(r.bars().size(), delta.length, "the report: one value per bar of the replay");
        assertEquals(delta.length - 1, engineBars.size(), "the engine closes every bar but the partial last one");
        assertTrue(engineBars.size() > 500, "bars: " + engineBars.size());
        int nonZero = 0;
        for (int i = 0; i < engineBars.size(); i++) {
            double[] e = engineBars.get(i);
            assertEquals(r.bars().get(i).endMs(), (long) e[0], "bar " + i);
            assertEquals(e[1], delta[i], 0, "delta of bar " + i);
            assertEquals(e[2], cumulative[i], 0, "cumulative delta of bar " + i);
            // the engine sums the bar's OFI terms, the report differences a running total: rounding only
            assertEquals(e[3], ofi[i], 1e-6, "OFI of bar " + i);
            if (e[1] != 0) nonZero++;
        }
        assertTrue(nonZero > engineBars.size() / 2, "delta is not trivially zero: " + nonZero);
    }
}
