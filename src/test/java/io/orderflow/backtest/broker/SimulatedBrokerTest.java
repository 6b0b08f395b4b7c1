package io.orderflow.backtest.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.orderflow.backtest.testing.RecordingListener;
import io.orderflow.execution.CloseReason;
import io.orderflow.execution.EntryTags;
import io.orderflow.execution.OrderIntent;
import io.orderflow.execution.TradeSide;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.market.Instruments;
import io.orderflow.market.Tick;
import io.orderflow.trades.ClosedTrade;

class SimulatedBrokerTest {
    private static final InstrumentSpec EURUSD = Instruments.of("EURUSD");
    private final RecordingListener events = new RecordingListener();
    private final List<ClosedTrade> journal = new ArrayList<>();
    private final Tick tick = new Tick();

    private SimulatedBroker broker(BrokerConfig.Builder b) {
        return broker(EURUSD, b);
    }

    private SimulatedBroker broker(InstrumentSpec spec, BrokerConfig.Builder b) {
        return new SimulatedBroker(spec, b.build(), events, journal::add);
    }

    private void tick(SimulatedBroker broker, long t, long ask, long bid) {
        broker.onTick(tick.set(t, ask, bid, 1, 1));
    }

    private static OrderIntent enterLong(String label, double amount, long stop, long target, long t) {
        return OrderIntent.enter(label, "EURUSD", TradeSide.LONG, amount, stop, target, t, "test");
    }

    @Test
    void marketLongFillsOnTheNextTickAtTheAskAndExitsAtTheBid() {
        SimulatedBroker b = broker(BrokerConfig.builder().accountCurrency("USD"));
        tick(b, 1000, 110012, 110010);
        b.submit(enterLong("L1", 0.1, 0, 0, 1000));
        assertEquals(List.of(), events.events, "nothing fills inside submit");
        tick(b, 1100, 110015, 110013);
        b.submit(OrderIntent.exit("L1", "EURUSD", 1100, "done"));
        tick(b, 1200, 110052, 110050);
        assertEquals(List.of("FILL L1 1100 110015 0.1", "CLOSE L1 1200 110050 REQUESTED"), events.events);
        // 35 points x 0.00001 x 100,000 units = 35 USD
        assertEquals(35.0, events.lastProfitLoss, 1e-9);
        assertEquals(100_035.0, b.balance(), 1e-9);
        ClosedTrade t = journal.get(0);
        assertEquals(110015, t.entryPrice());
        assertEquals(110050, t.exitPrice());
        assertEquals("done", t.closeNote());
        assertEquals(100, t.durationMs());
    }

    @Test
    void latencyDelaysTheFillToTheFirstTickAtOrAfterDecisionPlusLatency() {
        SimulatedBroker b = broker(BrokerConfig.builder().latencyMs(250));
        tick(b, 1000, 110012, 110010);
        b.submit(enterLong("L1", 0.1, 0, 0, 1000));
        tick(b, 1100, 110020, 110018);
        tick(b, 1249, 110030, 110028);
        assertTrue(events.events.isEmpty());
        tick(b, 1250, 110040, 110038);
        assertEquals(List.of("FILL L1 1250 110040 0.1"), events.events);
    }

    @Test
    void slippageIsAdverseOnEntryAndRequestedExitButNotOnTargets() {
        SimulatedBroker b = broker(BrokerConfig.builder().slippagePoints(3));
        tick(b, 0, 110012, 110010);
        b.submit(enterLong("L1", 0.1, 0, 0, 0));
        b.submit(OrderIntent.enter("S1", "EURUSD", TradeSide.SHORT, 0.1, 0, 109990, 0, "test"));
        tick(b, 10, 110012, 110010);
        b.submit(OrderIntent.exit("L1", "EURUSD", 10, ""));
        tick(b, 20, 110002, 110000);
        tick(b, 30, 109985, 109983); // short's target 109990: ask 109985 <= target -> fills at ask, no slippage
        assertEquals(List.of("FILL L1 10 110015 0.1", "FILL S1 10 110007 0.1", "CLOSE L1 20 109997 REQUESTED",
                "CLOSE S1 30 109985 TAKE_PROFIT"), events.events);
    }

    @Test
    void commissionIsChargedPerSideOnUsdNotionalAndConvertedToTheAccount() {
        SimulatedBroker b = broker(BrokerConfig.builder().commissionUsdPerMillion(35).accountCurrency("USD"));
        tick(b, 0, 110010, 110008);
        b.submit(enterLong("L1", 0.1, 0, 0, 0));
        tick(b, 1, 110010, 110008);
        // entry: 100,000 EUR x 1.10010 = 110,010 USD notional x 35 / 1e6 = 3.85035
        assertEquals(100_000 - 3.85035, b.balance(), 1e-9);
        b.submit(OrderIntent.exit("L1", "EURUSD", 1, ""));
        tick(b, 2, 110052, 110050);
        // exit at 1.10050: 110,050 x 35e-6 = 3.85175; gross 40 points = 40 USD
        ClosedTrade t = journal.get(0);
        assertEquals(40.0, t.grossProfitLoss(), 1e-9);
        assertEquals(3.85035 + 3.85175, t.commission(), 1e-9);
        assertEquals(40.0 - 3.85035 - 3.85175, events.lastProfitLoss, 1e-9);
        assertEquals(100_000 + 40 - 3.85035 - 3.85175, b.balance(), 1e-9);
        assertEquals(3.85035 + 3.85175, b.commissionPaid(), 1e-9);
    }

    @Test
    void longStopTriggersOnTheBidAndFillsAtTheTickPriceEvenThroughAGap() {
        SimulatedBroker b = broker(BrokerConfig.builder());
        tick(b, 0, 110012, 110010);
        b.submit(enterLong("L1", 0.1, 109950, 110100, 0));
        tick(b, 1, 110012, 110010);
        tick(b, 2, 109952, 109951); // ask below the stop does not trigger a long: the bid is still above
        assertEquals(1, events.events.size());
        tick(b, 3, 109925, 109920); // gap through the stop: fills at the bid 109920, 30 points worse
        assertEquals("CLOSE L1 3 109920 STOP_LOSS", events.events.get(1));
        ClosedTrade t = journal.get(0);
        // risk at entry: (110012 - 109950) = 62 points = 62 USD (quote account); lost 92 points
        assertEquals(62.0, t.riskAtEntry(), 1e-9);
        assertEquals(-92.0 / 62.0, t.rMultiple(), 1e-12);
        assertEquals(92, t.maePoints());
        assertEquals(0, t.mfePoints());
    }

    /**
     * The excursion rule of {@code OpenTrade}: each tick the position lives through is marked at its closing
     * quote, the closing tick at the exit fill instead (slippage included), never at that tick's quote.
     */
    @Test
    void excursionsMarkTheExitFillNotTheClosingTicksQuote() {
        SimulatedBroker b = broker(BrokerConfig.builder().slippagePoints(2));
        tick(b, 0, 110012, 110010);
        b.submit(enterLong("L1", 0.1, 109950, 0, 0));
        b.submit(enterLong("L2", 0.1, 0, 0, 0));
        tick(b, 1, 110012, 110010);  // both fill at ask 110012 + 2 = 110014; marked at bid 110010: 4 against
        tick(b, 2, 110032, 110030);  // bid 110030: 16 for
        b.submit(OrderIntent.exit("L2", "EURUSD", 2, "take it"));
        tick(b, 3, 110045, 110040);  // L2 exits at bid 110040 - 2 = 110038 (24 for), not marked at 110040 (26)
        tick(b, 4, 109949, 109940);  // L1's stop gapped: exit 109940 - 2 = 109938, 76 against
        assertEquals(List.of("FILL L1 1 110014 0.1", "FILL L2 1 110014 0.1", "CLOSE L2 3 110038 REQUESTED",
                "CLOSE L1 4 109938 STOP_LOSS"), events.events);
        ClosedTrade l2 = journal.get(0);
        assertEquals(24, l2.mfePoints(), "the exit fill, not the closing tick's bid 110040 (26)");
        assertEquals(4, l2.maePoints());
        ClosedTrade l1 = journal.get(1);
        assertEquals(76, l1.maePoints(), "the gapped stop's fill with slippage, not the bid 109940 (74)");
        assertEquals(26, l1.mfePoints(), "tick 3's bid 110040, while L1 stayed open, 26 above 110014");
    }

    @Test
    void shortStopTriggersOnTheAskAndTargetOnTheAsk() {
        SimulatedBroker b = broker(BrokerConfig.builder());
        tick(b, 0, 110012, 110010);
        b.submit(OrderIntent.enter("S1", "EURUSD", TradeSide.SHORT, 0.2, 110050, 109900, 0, "t"));
        b.submit(OrderIntent.enter("S2", "EURUSD", TradeSide.SHORT, 0.2, 110100, 109950, 0, "t"));
        tick(b, 1, 110012, 110010); // both short at bid 110010
        tick(b, 2, 110049, 110048); // ask below S1's stop
        tick(b, 3, 110050, 110049); // ask reaches S1's stop -> fills at the ask 110050
        tick(b, 4, 109951, 109940); // bid below S2's target but ask above: no fill
        tick(b, 5, 109950, 109948); // ask at target -> fills at 109950
        assertEquals(List.of("FILL S1 1 110010 0.2", "FILL S2 1 110010 0.2", "CLOSE S1 3 110050 STOP_LOSS",
                "CLOSE S2 5 109950 TAKE_PROFIT"), events.events);
        assertEquals(-40 * 0.00001 * 200_000, journal.get(0).profitLoss(), 1e-9);
        assertEquals(60 * 0.00001 * 200_000, journal.get(1).profitLoss(), 1e-9);
        assertEquals(40, journal.get(0).maePoints());
        assertEquals(60, journal.get(1).mfePoints());
        assertEquals(40, journal.get(1).maePoints(), "S2 saw the ask at 110050 too");
    }

    @Test
    void modifyMovesTheStopAndIsRejectedWhenThePriceHasPassedIt() {
        SimulatedBroker b = broker(BrokerConfig.builder());
        tick(b, 0, 110012, 110010);
        b.submit(enterLong("L1", 0.1, 109900, 0, 0));
        tick(b, 1, 110012, 110010);
        b.submit(OrderIntent.modify("L1", "EURUSD", 110000, 110200, 1, "trail"));
        tick(b, 2, 110032, 110030);
        b.submit(OrderIntent.modify("L1", "EURUSD", 110040, 0, 2, "too tight"));
        tick(b, 3, 110032, 110030);
        tick(b, 4, 110001, 109999); // moved stop 110000 triggers
        assertEquals(List.of("FILL L1 1 110012 0.1", "MODIFY L1 2 110000 110200", "REJECT L1 MODIFY",
                "CLOSE L1 4 109999 STOP_LOSS"), events.events);
        assertTrue(events.rejections.get(0).contains("at or above the bid 110030"), events.rejections.get(0));
        assertEquals(109900, journal.get(0).initialStop());
        assertEquals(110000, journal.get(0).finalStop());
        assertEquals(110200, journal.get(0).finalTarget());
    }

    @Test
    void rejectsBadIntentsWithAReasonAndWithoutFilling() {
        SimulatedBroker b = broker(BrokerConfig.builder());
        tick(b, 0, 110012, 110010);
        b.submit(enterLong("SMALL", 0.0005, 0, 0, 0));
        b.submit(enterLong("L1", 0.001, 0, 0, 0));
        b.submit(enterLong("L1", 0.001, 0, 0, 0));
        b.submit(OrderIntent.modify("NOPE", "EURUSD", 1, 0, 0, ""));
        b.submit(OrderIntent.exit("NOPE", "EURUSD", 0, ""));
        b.submit(OrderIntent.enter("G1", "GBPUSD", TradeSide.LONG, 0.1, 0, 0, 0, ""));
        b.submit(enterLong("BADSL", 0.1, 110100, 110050, 0));
        b.submit(enterLong("PASSED", 0.1, 110011, 0, 0)); // stop above the bid: rejected at the fill
        tick(b, 1, 110012, 110010);
        b.submit(OrderIntent.exit("L1", "EURUSD", 1, ""));
        b.submit(OrderIntent.exit("L1", "EURUSD", 1, ""));
        tick(b, 2, 110012, 110010);
        b.submit(OrderIntent.exit("L1", "EURUSD", 2, ""));
        assertEquals(List.of("REJECT SMALL ENTER", "REJECT L1 ENTER", "REJECT NOPE MODIFY", "REJECT NOPE EXIT",
                "REJECT G1 ENTER", "REJECT BADSL ENTER", "FILL L1 1 110012 0.001", "REJECT PASSED ENTER",
                "REJECT L1 EXIT", "CLOSE L1 2 110010 REQUESTED", "REJECT L1 EXIT"), events.events);
        List<String> r = events.rejections;
        assertTrue(r.get(0).contains("below the minimum 0.001"), r.get(0));
        assertTrue(r.get(1).contains("already in use"), r.get(1));
        assertTrue(r.get(2).contains("no pending or open position labelled NOPE"), r.get(2));
        assertTrue(r.get(4).contains("GBPUSD"), r.get(4));
        assertTrue(r.get(5).contains("below its take-profit"), r.get(5));
        assertTrue(r.get(6).contains("stop-loss 110011 is at or above the bid 110010"), r.get(6));
        assertTrue(r.get(7).contains("already pending"), r.get(7));
        assertTrue(r.get(8).contains("already closed (REQUESTED)"), r.get(8));
        // the label is free again once closed
        b.submit(enterLong("L1", 0.001, 0, 0, 2));
        tick(b, 3, 110012, 110010);
        assertEquals("FILL L1 3 110012 0.001", events.events.get(11));
    }

    @Test
    void entryBeyondLeverageTimesEquityIsRejectedWithTheFigures() {
        // 1,000 USD at 1:100 may hold 100,000 USD of notional
        SimulatedBroker b = broker(BrokerConfig.builder().initialDeposit(1000).leverage(100).marginCutPercent(0));
        tick(b, 0, 110000, 109998);
        b.submit(enterLong("BIG", 0.1, 0, 0, 0));      // 100,000 EUR x 1.1 = 110,000 USD > 100,000
        b.submit(enterLong("OK", 0.09, 0, 0, 0));      // 99,000 USD
        b.submit(enterLong("MORE", 0.001, 0, 0, 0));   // 99,000 + 1,100 > 100,000 - tiny loss
        tick(b, 1, 110000, 109998);
        assertEquals(List.of("REJECT BIG ENTER", "FILL OK 1 110000 0.09", "REJECT MORE ENTER"), events.events);
        assertTrue(events.rejections.get(0).contains("would exceed leverage 100 x equity 1000.00"), events.rejections.get(0));
        // used margin = 90,000 units x mid 1.09999 / 100
        assertEquals(90_000 * 1.09999 / 100, b.usedMargin(), 1e-6);
    }

    @Test
    void marginCutClosesEverythingWhenUseOfLeverageReachesTheLevel() {
        // 1,000 USD, 1:100, cut at 200 %: notional 99,000 / (equity x 100) >= 2 when equity <= 495
        SimulatedBroker b = broker(BrokerConfig.builder().initialDeposit(1000).leverage(100).marginCutPercent(200));
        tick(b, 0, 110000, 109998);
        b.submit(enterLong("L1", 0.09, 0, 0, 0));
        tick(b, 1, 110000, 109998);
        tick(b, 2, 109500, 109498); // equity = 1000 - 502 pts x 0.9 = 548.2 -> use 180 %: no cut
        assertEquals(1, events.events.size());
        tick(b, 3, 109440, 109438); // equity 494.2, notional 90,000 x 1.09439 = 98,495 -> use 199.3 %: no cut
        assertEquals(1, events.events.size());
        tick(b, 4, 109402, 109400); // equity 1000 - 600 x 0.9 = 460, notional 98,460.9 -> use 214 %: cut
        assertEquals("CLOSE L1 4 109400 MARGIN_CUT", events.events.get(1));
        assertEquals(460, b.balance(), 1e-9);
        assertTrue(journal.get(0).closeNote().startsWith("use of leverage 214%"), journal.get(0).closeNote());
    }

    @Test
    void finishClosesOpenPositionsAtTheLastPriceAndRejectsUnfilledEntries() {
        SimulatedBroker b = broker(BrokerConfig.builder());
        tick(b, 0, 110012, 110010);
        b.submit(enterLong("L1", 0.1, 0, 0, 0));
        tick(b, 5, 110022, 110020);
        b.submit(enterLong("L2", 0.1, 0, 0, 5));
        b.finish();
        assertEquals(List.of("FILL L1 5 110022 0.1", "REJECT L2 ENTER", "CLOSE L1 5 110020 EXTERNAL"), events.events);
        assertEquals("end of data", journal.get(0).closeNote());
    }

    @Test
    void jpyCrossNeedsAFixedRateForUsdAndConvertsProfitWithIt() {
        InstrumentSpec gbpjpy = Instruments.of("GBPJPY");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> broker(gbpjpy, BrokerConfig.builder().accountCurrency("USD")));
        assertTrue(e.getMessage().contains("usdPerQuote"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> broker(gbpjpy, BrokerConfig.builder().accountCurrency("EUR")));

        SimulatedBroker b = broker(gbpjpy, BrokerConfig.builder().accountCurrency("USD").usdPerQuote(0.012)
                .commissionUsdPerMillion(20));
        tick(b, 0, 133012, 133000);
        b.submit(OrderIntent.enter("G", "GBP/JPY", TradeSide.LONG, 0.01, 0, 0, 0, ""));
        tick(b, 1, 133012, 133000);
        b.submit(OrderIntent.exit("G", "GBPJPY", 1, ""));
        tick(b, 2, 133512, 133500);
        ClosedTrade t = journal.get(0);
        // 488 points x 0.001 JPY x 10,000 GBP = 4,880 JPY x 0.012 = 58.56 USD
        assertEquals(58.56, t.grossProfitLoss(), 1e-9);
        // commission notional: 10,000 x 133.012 JPY x 0.012 = 15,961.44 USD; 10,000 x 133.5 x 0.012 = 16,020
        assertEquals((15_961.44 + 16_020) * 20e-6, t.commission(), 1e-9);
    }

    @Test
    void usdBaseInstrumentConvertsQuoteProfitAtTheClosingMid() {
        SimulatedBroker b = broker(Instruments.of("USDJPY"), BrokerConfig.builder().accountCurrency("USD")
                .commissionUsdPerMillion(10));
        tick(b, 0, 110010, 110000);
        b.submit(OrderIntent.enter("U", "USDJPY", TradeSide.SHORT, 1, 0, 0, 0, ""));
        tick(b, 1, 110010, 110000); // sell at the bid 110.000
        b.submit(OrderIntent.exit("U", "USDJPY", 1, ""));
        tick(b, 2, 109010, 109000); // buy back at the ask 109.010
        ClosedTrade t = journal.get(0);
        // 990 points x 0.001 x 1,000,000 = 990,000 JPY / mid 109.005
        assertEquals(990_000 / 109.005, t.grossProfitLoss(), 1e-6);
        // USD base: notional is 1,000,000 USD each side -> 10 USD per side
        assertEquals(20.0, t.commission(), 1e-9);
    }

    @Test
    void tagsComeFromTheIntentsTypedTagsAndFromTheTagCallNotFromTheReasonText() {
        SimulatedBroker b = broker(BrokerConfig.builder());
        tick(b, 0, 110012, 110010);
        b.submit(OrderIntent.enter("L1", "EURUSD", TradeSide.LONG, 0.1, 0, 0, 0,
                "EMA cross #orderflow_confirmed=false #other", EntryTags.of("trend", EntryTags.Confirmation.CONFIRMED,
                        null).with("session", "london")));
        assertTrue(b.tag("L1", "zone", "vah"));
        tick(b, 1, 110012, 110010);
        b.finish();
        assertEquals("{orderflow_confirmed=true, session=london, setup=trend, zone=vah}",
                journal.get(0).tags().toString());
        assertEquals("EMA cross #orderflow_confirmed=false #other", journal.get(0).reason());
    }

    @Test
    void drawdownAndTimeInMarketFollowMarkedEquity() {
        SimulatedBroker b = broker(BrokerConfig.builder().initialDeposit(10_000));
        tick(b, 0, 110012, 110010);
        b.submit(enterLong("L1", 0.5, 0, 0, 0)); // 500,000 units: 1 point = 5 USD
        tick(b, 100, 110012, 110010);          // equity 10,000 - 10
        tick(b, 200, 110062, 110060);          // +48 points -> 10,240 (peak)
        tick(b, 300, 109962, 109960);          // -52 points -> 9,740: dd = 500/10240
        b.submit(OrderIntent.exit("L1", "EURUSD", 300, ""));
        tick(b, 400, 110002, 110000);
        tick(b, 1000, 110002, 110000);
        assertEquals(500.0 / 10_240.0, b.maxDrawdown(), 1e-12);
        assertEquals(300, b.timeInMarketMs());
        assertEquals(10_000 - 60, b.equity(), 1e-9);
    }
}
