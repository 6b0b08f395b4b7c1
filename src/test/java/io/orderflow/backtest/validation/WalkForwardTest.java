package io.orderflow.backtest.validation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.orderflow.backtest.Ranking;
import io.orderflow.backtest.stats.BacktestStatistics;
import io.orderflow.backtest.stats.EquityCurve;
import io.orderflow.execution.CloseReason;
import io.orderflow.execution.EntryTags;
import io.orderflow.execution.TradeSide;
import io.orderflow.market.AssetClass;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.market.SessionAnchor;
import io.orderflow.trades.ClosedTrade;
import io.orderflow.trades.OpenTrade;

/** Trading days, window plans and the walk-forward choice on cases worked out by hand. */
class WalkForwardTest {
    private static final InstrumentSpec GBPJPY = new InstrumentSpec("GBPJPY", "GBP", "JPY", AssetClass.FX, 3, 2, 0.001);

    private static long utc(String iso) { return Instant.parse(iso).toEpochMilli(); }

    /**
     * The two GBPJPY weeks: the FX day runs 17:00 to 17:00 New York, in December EST = 22:00 UTC, named
     * after the day it ends on; Saturday and Sunday sessions are not trading days.
     */
    @Test
    void fxTradingDaysOfTheGbpjpyWeeks() {
        List<TradingDays.Day> days = TradingDays.of(utc("2012-12-02T22:00:00Z"), utc("2012-12-14T22:00:00Z"),
                SessionAnchor.FX_NEW_YORK);
        assertEquals(10, days.size());
        assertEquals(LocalDate.of(2012, 12, 3), days.get(0).date());
        assertEquals(utc("2012-12-02T22:00:00Z"), days.get(0).startMs());
        assertEquals(utc("2012-12-03T22:00:00Z"), days.get(0).endMs());
        assertEquals(LocalDate.of(2012, 12, 7), days.get(4).date());
        assertEquals(LocalDate.of(2012, 12, 10), days.get(5).date());
        assertEquals(utc("2012-12-09T22:00:00Z"), days.get(5).startMs(), "Monday's session opens Sunday 17:00 New York");
    }

    /** Across the US change to daylight time (Sunday 10 March 2013) the day starts at 21:00 UTC instead of 22:00. */
    @Test
    void tradingDaysFollowNewYorkDaylightTime() {
        List<TradingDays.Day> days = TradingDays.of(utc("2013-03-07T00:00:00Z"), utc("2013-03-13T00:00:00Z"),
                SessionAnchor.FX_NEW_YORK);
        List<String> got = new ArrayList<>();
        for (TradingDays.Day d : days) got.add(d.date() + " " + Instant.ofEpochMilli(d.startMs()) + " " + Instant.ofEpochMilli(d.endMs()));
        assertEquals(List.of(
                "2013-03-07 2013-03-07T00:00:00Z 2013-03-07T22:00:00Z",   // clipped by the range's start
                "2013-03-08 2013-03-07T22:00:00Z 2013-03-08T22:00:00Z",
                "2013-03-11 2013-03-10T21:00:00Z 2013-03-11T21:00:00Z",   // EDT from Sunday 10 March
                "2013-03-12 2013-03-11T21:00:00Z 2013-03-12T21:00:00Z",
                "2013-03-13 2013-03-12T21:00:00Z 2013-03-13T00:00:00Z"), got);
    }

    @Test
    void rollingAndAnchoredWindows() {
        long from = utc("2012-12-02T22:00:00Z"), to = utc("2012-12-14T22:00:00Z");
        WalkForwardPlan rolling = WalkForwardPlan.of(from, to, SessionAnchor.FX_NEW_YORK, 4, 2, false);
        assertEquals(3, rolling.windows().size());
        assertEquals(0, rolling.unusedDays());
        WalkForwardPlan.Window w2 = rolling.windows().get(1);
        assertEquals("[2012-12-05, 2012-12-06, 2012-12-07, 2012-12-10]", w2.inSampleDays().toString());
        assertEquals("[2012-12-11, 2012-12-12]", w2.outOfSampleDays().toString());
        assertEquals(utc("2012-12-04T22:00:00Z"), w2.inSampleStartMs());
        assertEquals(utc("2012-12-10T22:00:00Z"), w2.outOfSampleStartMs());
        assertEquals(utc("2012-12-12T22:00:00Z"), w2.outOfSampleEndMs());
        assertEquals(utc("2012-12-14T22:00:00Z"), rolling.windows().get(2).outOfSampleEndMs());
        assertEquals(rolling.windows().get(0).outOfSampleEndMs(), w2.outOfSampleStartMs(), "out-of-sample parts tile");

        WalkForwardPlan anchored = WalkForwardPlan.of(from, to, SessionAnchor.FX_NEW_YORK, 3, 3, true);
        assertEquals(2, anchored.windows().size());
        assertEquals(1, anchored.unusedDays());
        assertEquals(6, anchored.windows().get(1).inSampleDays().size());
        assertEquals(from, anchored.windows().get(1).inSampleStartMs());
    }

    @Test
    void windowsLongerThanTheRangeAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WalkForwardPlan.of(
                utc("2012-12-02T22:00:00Z"), utc("2012-12-14T22:00:00Z"), SessionAnchor.FX_NEW_YORK, 8, 3, false));
        assertEquals("one window (8 in-sample + 3 out-of-sample trading days) is longer than the range, which has 10 "
                + "trading day(s) (2012-12-03 to 2012-12-14); shorten the windows or lengthen the range", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> WalkForwardPlan.of(0, 1, SessionAnchor.FX_NEW_YORK, 0, 1, false));
        // a weekend holds no trading day
        assertThrows(IllegalArgumentException.class, () -> WalkForwardPlan.of(utc("2012-12-08T00:00:00Z"),
                utc("2012-12-09T12:00:00Z"), SessionAnchor.FX_NEW_YORK, 1, 1, false));
    }

    // ---- the choice, by hand

    private static final double DEPOSIT = 1000;
    // net profit per day of three configurations over six trading days (Mon 3 Dec .. Mon 10 Dec 2012)
    private static final double[][] PNL = {{10, 10, -5, -5, 20, 0}, {-5, 0, 10, 10, -10, 5}, {3, 3, 3, 3, 3, 3}};

    private static WalkForwardPlan sixDays() {
        return WalkForwardPlan.of(utc("2012-12-02T22:00:00Z"), utc("2012-12-10T22:00:00Z"), SessionAnchor.FX_NEW_YORK,
                2, 1, false);
    }

    private static List<WalkForward.Run> runs() {
        List<TradingDays.Day> days = sixDays().days();
        List<WalkForward.Run> runs = new ArrayList<>();
        for (int c = 0; c < PNL.length; c++) {
            List<ClosedTrade> trades = new ArrayList<>();
            EquityCurve eq = new EquityCurve();
            double e = DEPOSIT;
            SignalOutcomes s = new SignalOutcomes();
            for (int d = 0; d < days.size(); d++) {
                long start = days.get(d).startMs();
                trades.add(trade(start + 3_600_000, start + 7_200_000, PNL[c][d]));
                e += PNL[c][d];
                eq.add(start + 23 * 3_600_000L, e);
                s.add(start + 3_600_000, c == 0, c == 0 ? 1.0 + d : -0.5 - d);
            }
            runs.add(new WalkForward.Run("c" + c, trades, eq, DEPOSIT, s));
        }
        return runs;
    }

    private static ClosedTrade trade(long entry, long exit, double pnl) {
        // risk: 100 points x 0.001 x 10,000 units x 0.01 account units per yen = 10
        OpenTrade t = new OpenTrade("t" + entry, GBPJPY, TradeSide.LONG, 0.01, 99_900, 0, "", EntryTags.NONE);
        t.fill(entry, 100_000, 0.01, 0.01);
        return t.close(exit, 100_100, CloseReason.REQUESTED, "", pnl);
    }

    /**
     * Ranked by net profit, in-sample two days, out-of-sample one:
     * <pre>
     * w1 IS d0,d1: c0 20, c1 −5, c2 6 → c0; OOS d2: −5.   WFE −5/1 ÷ 20/2 = −0.5
     * w2 IS d1,d2: c0 5, c1 10, c2 6  → c1; OOS d3: +10.  WFE 10 ÷ 5 = 2
     * w3 IS d2,d3: c0 −10, c1 20, c2 6 → c1; OOS d4: −10. WFE −10 ÷ 10 = −1
     * w4 IS d3,d4: c0 15, c1 0, c2 6 → c0; OOS d5: 0.     WFE 0
     * </pre>
     * Out-of-sample net −5 over 4 days = −1.25 a day; in-sample (10 + 5 + 10 + 7.5) / 4 = 8.125 a day;
     * WFE = −0.153846…
     */
    @Test
    void choosesTheInSampleBestAndStitchesItsOutOfSampleTrades() {
        WalkForward.Result r = WalkForward.run(sixDays(), runs(), Ranking.NET_PROFIT, 1, 260);
        int[] chosen = new int[4];
        double[] wfe = new double[4];
        for (int i = 0; i < 4; i++) {
            chosen[i] = r.windows().get(i).chosen();
            wfe[i] = r.windows().get(i).efficiency();
        }
        assertArrayEquals(new int[]{0, 1, 1, 0}, chosen);
        assertArrayEquals(new double[]{-0.5, 2, -1, 0}, wfe, 1e-12);
        assertEquals(-1.25, r.outOfSampleNetPerDay(), 1e-12);
        assertEquals(8.125, r.inSampleNetPerDay(), 1e-12);
        assertEquals(-1.25 / 8.125, r.efficiency(), 1e-12);
        assertEquals(4, r.trades().size());
        double[] pnl = new double[4];
        for (int i = 0; i < 4; i++) pnl[i] = r.trades().get(i).profitLoss();
        assertArrayEquals(new double[]{-5, 10, -10, 0}, pnl, 0);
        assertArrayEquals(new double[]{995, 1005, 995, 995}, r.equity().values(), 1e-9);
        BacktestStatistics o = r.outOfSample();
        assertEquals(4, o.trades());
        assertEquals(-5, o.netProfit(), 1e-12);
        assertEquals(-0.005, o.netReturn(), 1e-12);
        // drawdown between session ends: peak 1005 → 995
        assertEquals(10 / 1005.0, o.maxDrawdown(), 1e-12);
        BacktestStatistics w1 = r.windows().get(0).inSample();
        assertEquals(20, w1.netProfit(), 1e-12);
        assertEquals(0.02, w1.netReturn(), 1e-12);
        // w2's in-sample of c1 starts from its equity after d0 (995): returns 0/995 and 10/995
        BacktestStatistics w2 = r.windows().get(1).inSample();
        assertEquals(10 / 995.0, w2.netReturn(), 1e-12);
        // signals inside the out-of-sample days of the chosen configurations: c0 d2 (R 3), c1 d3 (−3.5), c1 d4 (−4.5), c0 d5 (6)
        assertArrayEquals(new double[]{3, 6}, r.confirmedR(), 0);
        assertArrayEquals(new double[]{-3.5, -4.5}, r.unconfirmedR(), 0);
    }

    /**
     * A trade entered on day 0 at 20:00 after the session's start and closed on day 1 belongs to day 0's
     * part: it counts at day 0's session end, and day 1's part starts from the equity after it.
     */
    @Test
    void aTradeOpenAcrossAPartBoundaryBelongsToThePartItWasEnteredIn() {
        List<TradingDays.Day> days = sixDays().days();
        long d0 = days.get(0).startMs(), d1 = days.get(1).startMs(), d2 = days.get(2).startMs(), d3 = days.get(3).startMs();
        List<ClosedTrade> trades = List.of(trade(d0 + 20 * 3_600_000L, d1 + 2 * 3_600_000L, 7),
                trade(d1 + 3_600_000, d2 + 3_600_000, -3), trade(d2 + 3_600_000, d2 + 7_200_000, 5));
        EquityCurve sessions = new EquityCurve();
        for (int d = 0; d < 4; d++) sessions.add(days.get(d).startMs() + 23 * 3_600_000L, 0); // only the times are used
        WindowStatistics.Part p0 = WindowStatistics.part(trades, sessions, DEPOSIT, d0, d1);
        assertEquals(1, p0.trades().size());
        assertArrayEquals(new double[]{1007}, p0.path().values(), 0);
        // days 1 and 2: the −3 trade is open at day 1's session end, closes on day 2; the +5 trade is day 2's
        WindowStatistics.Part p12 = WindowStatistics.part(trades, sessions, DEPOSIT, d1, d3);
        assertEquals(1007, p12.startEquity(), 0);
        assertArrayEquals(new double[]{1007, 1009}, p12.path().values(), 0);
        BacktestStatistics s = WindowStatistics.compute(trades, sessions, DEPOSIT, d1, d3, 260);
        assertEquals(2, s.trades());
        assertEquals(2, s.netProfit(), 1e-12);
        assertEquals(2 / 1007.0, s.netReturn(), 1e-12);
    }

    @Test
    void tooFewInSampleTradesGetAMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WalkForward.run(sixDays(), runs(), Ranking.NET_PROFIT, 3, 260));
        assertTrue(e.getMessage().startsWith("window 1: in-sample 2012-12-03..2012-12-04, out-of-sample 2012-12-05..2012-12-05: "
                + "too few trades in-sample — no configuration has at least 3 (the most is 2)"), e.getMessage());
    }

    /** One in-sample day gives one session return: a Sharpe ratio is undefined, so ranking by it is refused. */
    @Test
    void anUndefinedRankingStatisticGetsAMessageNotANaN() {
        WalkForwardPlan plan = WalkForwardPlan.of(utc("2012-12-02T22:00:00Z"), utc("2012-12-10T22:00:00Z"),
                SessionAnchor.FX_NEW_YORK, 1, 1, false);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WalkForward.run(plan, runs(), Ranking.SHARPE, 1, 260));
        assertTrue(e.getMessage().contains("the ranking statistic sharpeAnnualised is undefined in-sample"), e.getMessage());
    }

    @Test
    void gridValidationRefusesAGridOfOnePoint() {
        List<WalkForward.Run> one = runs().subList(0, 1);
        GridValidation.Settings s = new GridValidation.Settings();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GridValidation.run(sixDays(), one, Ranking.NET_PROFIT, 0, s));
        assertTrue(e.getMessage().startsWith("a grid of 1 point(s)"), e.getMessage());
    }

    /** The session returns behind PBO and the deflated Sharpe ratio: equity change over the previous session end. */
    @Test
    void gridValidationUsesEveryRunsSessionReturns() {
        GridValidation.Settings s = new GridValidation.Settings();
        s.minSignals = 2;
        s.resamples = 1000;
        GridValidation v = GridValidation.run(sixDays(), runs(), Ranking.NET_PROFIT, 0, s);
        double[][] m = GridValidation.returnsMatrix(runs());
        assertEquals(10 / 1000.0, m[0][0], 1e-15);
        assertEquals(10 / 1010.0, m[1][0], 1e-15);
        assertEquals(10 / 995.0, m[2][1], 1e-15);
        assertEquals(6, v.overfitting().blocks());
        assertEquals(20, v.overfitting().combinations());
        assertEquals(3, v.deflated().trials());
        assertEquals(6, v.deflated().observations());
        // the winner (c0) has confirmed signals only: not enough unconfirmed ones
        assertEquals(ConfirmationVerdict.Kind.NOT_ENOUGH_SIGNALS, v.winnerConfirmation().kind());
    }
}
