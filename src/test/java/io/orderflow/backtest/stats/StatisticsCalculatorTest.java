package io.orderflow.backtest.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ta4j.core.BarSeries;
import org.ta4j.core.TradingRecord;
import org.ta4j.core.criteria.ExpectancyCriterion;
import org.ta4j.core.criteria.MaximumDrawdownCriterion;
import org.ta4j.core.criteria.NumberOfPositionsCriterion;
import org.ta4j.core.criteria.pnl.GrossReturnCriterion;
import org.ta4j.core.criteria.pnl.ProfitLossCriterion;

import io.orderflow.execution.CloseReason;
import io.orderflow.execution.EntryTags;
import io.orderflow.execution.TradeSide;
import io.orderflow.market.AssetClass;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.trades.ClosedTrade;
import io.orderflow.trades.OpenTrade;

class StatisticsCalculatorTest {
    private static final InstrumentSpec EURUSD = new InstrumentSpec("EURUSD", "EUR", "USD", AssetClass.FX, 5, 4, 0.001);

    /** A trade with net result {@code pl} (gross pl + 1, commission 1) and 50 of risk. */
    static ClosedTrade trade(String label, long entry, long exit, double pl) {
        // risk: 50 points x 0.00001 x 100,000 units at 1 account unit per quote unit = 50
        OpenTrade t = new OpenTrade(label, EURUSD, TradeSide.LONG, 0.1, 109_950, 0, "", EntryTags.NONE);
        t.fill(entry, 110_000, 0.1, 1.0);
        t.charge(1);
        return t.close(exit, 110_000, CloseReason.REQUESTED, "", pl + 1);
    }

    private static final List<ClosedTrade> FOUR = List.of(
            trade("A", 1_000, 2_000, 100), trade("B", 3_000, 5_000, -50),
            trade("C", 6_000, 6_500, 30), trade("D", 8_000, 9_000, -20));

    @Test
    void handComputedFiguresOfFourTrades() {
        EquityCurve sessions = new EquityCurve();
        sessions.add(5_000, 1_010);
        sessions.add(8_000, 1_000);
        sessions.add(10_000, 1_030);
        AccountSummary account = new AccountSummary(1_000, 1_060, 0.07, 4_500, 0, 10_000, 1234);
        BacktestStatistics s = StatisticsCalculator.compute(FOUR, account, sessions, 260);
        assertEquals(60, s.netProfit(), 1e-9);
        assertEquals(0.06, s.netReturn(), 1e-12);
        assertEquals(4, s.trades());
        assertEquals(2, s.wins());
        assertEquals(0.5, s.winRate(), 1e-12);
        assertEquals(130, s.grossProfit(), 1e-9);
        assertEquals(-70, s.grossLoss(), 1e-9);
        assertEquals(130.0 / 70.0, s.profitFactor(), 1e-12);
        // closed equity 1000, 1100, 1050, 1080, 1060: worst fall 50 from 1100
        assertEquals(50.0 / 1100.0, s.maxDrawdownClosed(), 1e-12);
        assertEquals(0.07, s.maxDrawdown(), 0, "the marked drawdown comes from the broker");
        assertEquals(0.45, s.exposure(), 1e-12);
        assertEquals(15, s.expectancy(), 1e-12);
        // R: 100/50, -50/50, 30/50, -20/50 = 2, -1, 0.6, -0.4 -> mean 0.3
        assertEquals(0.3, s.expectancyR(), 1e-12);
        assertEquals(65, s.averageWin(), 1e-12);
        assertEquals(-35, s.averageLoss(), 1e-12);
        assertEquals(4, s.commission(), 1e-12);
        // returns 0.01, 1000/1010-1, 0.03
        double r1 = 0.01, r2 = 1000.0 / 1010.0 - 1, r3 = 0.03;
        double mean = (r1 + r2 + r3) / 3;
        double sd = Math.sqrt(((r1 - mean) * (r1 - mean) + (r2 - mean) * (r2 - mean) + (r3 - mean) * (r3 - mean)) / 2);
        assertEquals(mean / sd, s.sharpePerPeriod(), 1e-12);
        assertEquals(mean / sd * Math.sqrt(260), s.sharpeAnnualised(), 1e-9);
        assertEquals(3, s.periods());
    }

    @Test
    void ta4jCriteriaOnTheJournalSeriesGiveTheHandValues() {
        BarSeries ledger = JournalTa4j.ledgerSeries(FOUR);
        TradingRecord record = JournalTa4j.ledgerRecord(ledger);
        assertEquals(8, ledger.getBarCount());
        assertEquals(4, new NumberOfPositionsCriterion().calculate(ledger, record).intValue());
        assertEquals(60, new ProfitLossCriterion().calculate(ledger, record).doubleValue(), 1e-9);
        for (int i = 0; i < 4; i++) {
            assertEquals(FOUR.get(i).profitLoss(), record.getPositions().get(i).getProfit().doubleValue(), 1e-9);
        }
        BarSeries equity = JournalTa4j.closedEquitySeries(1_000, 0, FOUR);
        TradingRecord hold = JournalTa4j.closedEquityRecord(equity);
        assertEquals(1.06, new GrossReturnCriterion().calculate(equity, hold).doubleValue(), 1e-12);
        assertEquals(50.0 / 1100.0, new MaximumDrawdownCriterion().calculate(equity, hold).doubleValue(), 1e-12);
    }

    @Test
    void ta4j015ExpectancyIsNotTheMeanResultSoItIsNotUsed() {
        BarSeries ledger = JournalTa4j.ledgerSeries(FOUR);
        TradingRecord record = JournalTa4j.ledgerRecord(ledger);
        // ta4j 0.15: (1 + avgProfit/|avgLoss|) x (wins/positions - 1); avg profit 65, avg loss -35 -
        // never positive, unlike the textbook (1 + R) x p - 1 = 0.43 or the mean net result 15
        double ratio = 65.0 / 35.0;
        double ta4j = new ExpectancyCriterion().calculate(ledger, record).doubleValue();
        assertEquals((1 + ratio) * (2.0 / 4.0 - 1), ta4j, 1e-9);
        assertTrue(ta4j < 0, "a profitable journal gets a negative ta4j 0.15 expectancy");
    }

    @Test
    void noTradesGiveZeroCountsAndUndefinedRatios() {
        AccountSummary account = new AccountSummary(1_000, 1_000, 0, 0, 0, 10_000, 10);
        BacktestStatistics s = StatisticsCalculator.compute(List.of(), account, new EquityCurve(), 260);
        assertEquals(0, s.trades());
        assertEquals(0, s.netProfit());
        assertTrue(Double.isNaN(s.winRate()));
        assertTrue(Double.isNaN(s.profitFactor()));
        assertTrue(Double.isNaN(s.sharpePerPeriod()));
        assertEquals(0, s.maxDrawdownClosed());
    }
}
