package io.orderflow.trades;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.orderflow.execution.CloseReason;
import io.orderflow.execution.EntryTags;
import io.orderflow.execution.OrderIntent;
import io.orderflow.execution.TradeSide;
import io.orderflow.market.AssetClass;
import io.orderflow.market.InstrumentSpec;

/** The one open-trade bookkeeping of both hosts; every number below is worked out by hand in the comments. */
class OpenTradeTest {
    private static final InstrumentSpec EURUSD = new InstrumentSpec("EURUSD", "EUR", "USD", AssetClass.FX, 5, 4, 0.001);
    private static final InstrumentSpec GBPJPY = new InstrumentSpec("GBPJPY", "GBP", "JPY", AssetClass.FX, 3, 2, 0.001);
    private static final EntryTags TREND = EntryTags.of("TREND", EntryTags.Confirmation.CONFIRMED, "confirmed");

    @Test
    void longThroughAGappedStopCountsTheExitFillInItsAdverseExcursion() {
        OpenTrade t = new OpenTrade("L1", EURUSD, TradeSide.LONG, 0.1, 109_950, 110_200, "trend long", TREND);
        t.fill(1_000, 110_014, 0.1, 1.0);
        // risk: (110014 - 109950) = 64 points x 0.00001 x 100,000 units x 1 = 64 USD
        assertEquals(64.0, t.riskAtEntry(), 1e-9);
        t.charge(3.85);
        t.mark(110_010, 110_012); // bid 4 against (a long is marked at the bid)
        t.mark(110_030, 110_032); // 16 for
        t.mark(110_020, 110_022);
        assertEquals(4, t.maePoints());
        assertEquals(16, t.mfePoints());
        // the stop 109950 gapped: filled at 109938 (with slippage), 76 points below the entry
        ClosedTrade c = t.close(5_000, 109_938, CloseReason.STOP_LOSS, "", -76.0);
        t.charge(99); // after the close: not in the closed trade
        assertEquals(76, c.maePoints());
        assertEquals(16, c.mfePoints());
        assertEquals(-76.0, c.grossProfitLoss(), 0);
        assertEquals(3.85, c.commission(), 0);
        assertEquals(-79.85, c.profitLoss(), 1e-12);
        assertEquals(-79.85 / 64.0, c.rMultiple(), 1e-12);
        assertEquals(109_950, c.initialStop());
        assertEquals(110_200, c.initialTarget());
        assertEquals(109_950, c.finalStop());
        assertEquals(1_000, c.entryTimeMs());
        assertEquals(110_014, c.entryPrice());
        assertEquals(5_000, c.exitTimeMs());
        assertEquals(109_938, c.exitPrice());
        assertEquals(4_000, c.durationMs());
        assertEquals("EURUSD", c.instrument());
        assertEquals(5, c.pointScale());
        assertEquals("trend long", c.reason());
        assertEquals(Map.of("setup", "TREND", "orderflow_confirmed", "true", "checks", "confirmed"), c.tags());
    }

    @Test
    void shortMarksAsksAgainstItsEntryAndKeepsInitialAndFinalLevels() {
        OpenTrade t = new OpenTrade("S1", GBPJPY, TradeSide.SHORT, 0.2, 150_050, 149_900, "", EntryTags.NONE);
        assertEquals(0, t.riskAtEntry(), 0, "no risk before the fill");
        t.fill(0, 150_010, 0.2, 0.5);
        // risk: (150050 - 150010) = 40 points x 0.001 x 200,000 units x 0.5 = 4,000 account units
        assertEquals(4_000.0, t.riskAtEntry(), 1e-6);
        t.mark(150_025, 150_030); // ask 20 above a short's entry: against (the bid would say 15)
        t.mark(149_955, 149_960); // ask 50 for
        t.levels(150_010, 149_900); // stop to break-even
        ClosedTrade c = t.close(60_000, 149_900, CloseReason.TAKE_PROFIT, "", 110 * 0.001 * 200_000 * 0.5);
        assertEquals(20, c.maePoints());
        assertEquals(110, c.mfePoints(), "the target's fill, 110 below the entry");
        assertEquals(150_050, c.initialStop());
        assertEquals(150_010, c.finalStop());
        assertEquals(149_900, c.finalTarget());
        assertEquals(11_000.0 / 4_000.0, c.rMultiple(), 1e-12);
        assertEquals(Map.of(), c.tags());
    }

    @Test
    void aPartialCloseShrinksTheRiskWithTheAmount() {
        OpenTrade t = new OpenTrade("L1", EURUSD, TradeSide.LONG, 0.3, 109_970, 0, "", EntryTags.NONE);
        t.fill(0, 110_000, 0.3, 1.0);
        // 30 points x 0.00001 x 300,000 = 90 USD
        assertEquals(90.0, t.riskAtEntry(), 1e-9);
        t.reduceTo(0.1);
        assertEquals(0.1, t.amount(), 0);
        assertEquals(100_000.0, t.units(), 1e-6);
        ClosedTrade c = t.close(1, 110_030, CloseReason.REQUESTED, "", 30.0);
        // the trade reports 0.1 million: 30 USD at risk, +30 USD = +1 R
        assertEquals(30.0, c.riskAtEntry(), 1e-9);
        assertEquals(0.1, c.amount(), 0);
        assertEquals(1.0, c.rMultiple(), 1e-12);
    }

    @Test
    void commissionIsTheSumOfWhatWasCharged() {
        OpenTrade t = OpenTrade.entering(OrderIntent.enter("L1", "EURUSD", TradeSide.LONG, 0.1, 0, 0, 0, "x"), EURUSD);
        t.fill(0, 110_010, 0.1, 1.0);
        t.charge(3.85035); // entry side: 110,010 USD notional x 35 per million
        ClosedTrade c = t.close(1, 110_050, CloseReason.REQUESTED, "", 40.0);
        assertEquals(3.85035, c.commission(), 0);
        OpenTrade u = OpenTrade.entering(OrderIntent.enter("L2", "EURUSD", TradeSide.LONG, 0.1, 0, 0, 0, "x"), EURUSD);
        u.fill(0, 110_010, 0.1, 1.0);
        u.charge(3.85035);
        u.charge(3.85175); // exit side: 110,050 x 35e-6
        ClosedTrade d = u.close(1, 110_050, CloseReason.REQUESTED, "", 40.0);
        assertEquals(3.85035 + 3.85175, d.commission(), 1e-12);
        assertEquals(40.0 - 3.85035 - 3.85175, d.profitLoss(), 1e-12);
        assertEquals(Double.NaN, d.rMultiple(), "no stop: no R");
    }

    @Test
    void tagsAddToTheEntrysTypedTagsButCannotReplaceThem() {
        OpenTrade t = new OpenTrade("L1", EURUSD, TradeSide.LONG, 0.1, 0, 0, "", TREND);
        t.tag("zone", "vah");
        assertThrows(IllegalArgumentException.class, () -> t.tag("setup", "REVERSION"));
        t.fill(0, 110_000, 0.1, 1.0);
        ClosedTrade c = t.close(1, 110_000, CloseReason.EXTERNAL, "end of data", 0);
        assertEquals("{checks=confirmed, orderflow_confirmed=true, setup=TREND, zone=vah}", c.tags().toString());
        // the closed trade carries the typed tags: the entry's fields plus the extra tag added later
        assertEquals(TREND.with("zone", "vah"), c.entryTags());
        assertEquals("TREND", c.entryTags().setup());
        assertEquals(EntryTags.Confirmation.CONFIRMED, c.entryTags().confirmation());
        assertEquals("confirmed", c.entryTags().checks());
        assertEquals(Map.of("zone", "vah"), c.entryTags().extra());
        assertEquals(c.entryTags().asMap(), c.tags(), "the journal column is the rendering of the typed tags");
    }

    @Test
    void aTradeWithoutTagsClosesWithNone() {
        OpenTrade t = new OpenTrade("L1", EURUSD, TradeSide.LONG, 0.1, 0, 0, "", null);
        t.fill(0, 110_000, 0.1, 1.0);
        ClosedTrade c = t.close(1, 110_000, CloseReason.EXTERNAL, "", 0);
        assertEquals(EntryTags.NONE, c.entryTags());
        assertEquals(Map.of(), c.tags());
    }

    @Test
    void aTradeClosesOnceAndOnlyAfterItsFill() {
        OpenTrade t = new OpenTrade("L1", EURUSD, TradeSide.LONG, 0.1, 0, 0, "", EntryTags.NONE);
        assertThrows(IllegalStateException.class, () -> t.close(1, 110_000, CloseReason.EXTERNAL, "", 0));
        t.fill(0, 110_000, 0.1, 1.0);
        assertThrows(IllegalStateException.class, () -> t.fill(0, 110_000, 0.1, 1.0));
        t.close(1, 110_000, CloseReason.EXTERNAL, "", 0);
        assertThrows(IllegalStateException.class, () -> t.close(2, 110_000, CloseReason.EXTERNAL, "", 0));
        assertThrows(IllegalArgumentException.class,
                () -> OpenTrade.entering(OrderIntent.exit("L1", "EURUSD", 0, ""), EURUSD));
    }
}
