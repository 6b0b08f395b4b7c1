package io.orderflow.backtest;

import java.io.IOException;

import io.orderflow.backtest.stats.AccountSummary;
import io.orderflow.backtest.stats.BacktestStatistics;
import io.orderflow.backtest.stats.StatisticsCalculator;
import io.orderflow.market.TickCursor;

/**
 * Runs one backtest: ticks from a {@link TickSource} through a strategy and the simulated broker,
 * giving a {@link BacktestResult} (journal, statistics, equity, bars for the report).
 *
 * <pre>{@code
 * BacktestResult r = BacktestRun.run(BacktestConfig.builder().build(),
 *         TickSource.dukascopy(new DirectoryBi5Source(dir), Instruments.of("EURUSD"), from, to, InputPolicy.FAIL),
 *         factory, parameters);
 * }</pre>
 *
 * Runs on the calling thread; separate runs may go on in parallel (see {@link Sweep}).
 */
public final class BacktestRun {
    private BacktestRun() {
    }

    /** Runs a strategy made by {@code factory} from {@code parameters}. */
    public static <P> BacktestResult run(BacktestConfig config, TickSource source, StrategyFactory<P> factory,
                                         P parameters, ReplayObserver... observers) throws IOException {
        return run(config, source, factory.create(parameters), observers);
    }

    /** Runs {@code strategy} (a fresh one: strategies keep state). */
    public static BacktestResult run(BacktestConfig config, TickSource source, BacktestStrategy strategy,
                                     ReplayObserver... observers) throws IOException {
        ReplayDriver driver = new ReplayDriver(source.instrument(), config, strategy, observers);
        TickCursor cursor = source.open();
        driver.run(cursor);
        return result(config, source.describe(), driver, cursor.problemSummary());
    }

    static BacktestResult result(BacktestConfig config, String source, ReplayDriver driver, String problems) {
        AccountSummary account = new AccountSummary(config.broker().initialDeposit(), driver.broker().equity(),
                driver.broker().maxDrawdown(), driver.broker().timeInMarketMs(), driver.broker().firstTickMs(),
                driver.broker().lastTickMs(), driver.ticks());
        BacktestStatistics stats = StatisticsCalculator.compute(driver.journal().trades(), account,
                driver.sessionEquity(), config.periodsPerYear());
        return new BacktestResult(config, driver.broker().instrument(), source, driver.broker().accountCurrency(),
                driver.journal().trades(), stats, driver.sessionEquity(), driver.barEquity(), driver.bars(),
                driver.rejections(), driver.rejectionSamples(), problems);
    }
}
