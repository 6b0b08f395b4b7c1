package io.orderflow.flow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Each aggressor rule and volume proxy on hand-made sequences (reference §b.4 and §b.1). */
class AggressorRulesTest {
    private static final long NQ = TradeClassifier.NO_QUOTE;

    private static int[] trades(TradeClassifier c, long[][] rows) {
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) out[i] = c.classify(rows[i][0], (int) rows[i][1], rows[i][2], rows[i][3]);
        return out;
    }

    // price, true side, bid, ask
    private static final long[][] TAPE = {
        {100, 1, 99, 101},   // first trade: no previous price; above the mid
        {100, -1, 99, 101},  // zero tick; at the mid
        {101, 1, 99, 101},   // up tick; at the ask
        {99, -1, 99, 101},   // down tick; at the bid
        {99, -1, 98, 102},   // zero tick; below the mid, inside the spread
        {103, 1, 98, 102},   // up tick; above the ask (outside)
        {103, 1, NQ, NQ},    // zero tick; no quote
        {102, 1, 101, 102},  // down tick; at the ask
    };

    @Test
    void tickRuleRepeatsTheLastNonZeroSignOnZeroTicks() {
        assertArrayEquals(new int[] {0, 0, 1, -1, -1, 1, 1, -1}, trades(new TickRule(), TAPE));
    }

    @Test
    void quoteRuleLeavesTradesAtTheMidAndWithoutQuotesUnclassified() {
        assertArrayEquals(new int[] {0, 0, 1, -1, -1, 1, 0, 1}, trades(new QuoteRule(), TAPE));
    }

    @Test
    void leeReadyFallsBackToTheTickRuleAtTheMid() {
        assertArrayEquals(new int[] {0, 0, 1, -1, -1, 1, 1, 1}, trades(new LeeReadyRule(), TAPE));
    }

    @Test
    void emoUsesQuotesOnlyAtTheBidOrAskAndTheTickRuleElsewhere() {
        // trade 4 at 99 inside (98,102): tick rule (zero tick after a down tick) = sell
        // trade 5 at 103 outside: tick rule up = buy; trade 7 at the ask = buy although a down tick
        assertArrayEquals(new int[] {0, 0, 1, -1, -1, 1, 1, 1}, trades(new EmoRule(), TAPE));
        EmoRule e = new EmoRule();
        assertEquals(0, e.classify(100, 0, 100, 100));   // locked quote: tick rule, no history yet
    }

    @Test
    void trueSideIsTheVenuesFlag() {
        assertArrayEquals(new int[] {1, -1, 1, -1, -1, 1, 1, 1}, trades(new TrueSideRule(), TAPE));
        assertEquals(Aggressor.SELL, Aggressor.fromBuyerIsMaker(true));
        assertEquals(Aggressor.BUY, Aggressor.fromBuyerIsMaker(false));
    }

    @Test
    void midTickRuleOnQuotes() {
        MidTickRule r = new MidTickRule();
        assertEquals(0, r.classify(102, 100, 1, 1));    // first tick
        assertEquals(0, r.classify(102, 100, 5, 1));    // mid unchanged, no sign yet
        assertEquals(1, r.classify(103, 100, 1, 1));    // mid up half a point
        assertEquals(1, r.classify(104, 99, 1, 1));     // mid unchanged (spread widened): repeat
        assertEquals(-1, r.classify(103, 99, 1, 1));    // mid down
        r.reset();
        assertEquals(0, r.classify(200, 100, 1, 1));
    }

    @Test
    void quoteChangeRuleReadsPricesFirstThenSizes() {
        QuoteChangeRule r = new QuoteChangeRule();
        assertEquals(0, r.classify(102, 100, 2, 2));    // first tick
        assertEquals(1, r.classify(103, 100, 2, 2));    // ask up
        assertEquals(-1, r.classify(103, 99, 2, 2));    // bid down
        assertEquals(0, r.classify(104, 98, 2, 2));     // ask +1, bid -1 cancel and the mid holds: unclassified
    }

    @Test
    void quoteChangeRuleOnOppositeMovesAndSizeChanges() {
        QuoteChangeRule r = new QuoteChangeRule();
        r.classify(102, 100, 2, 2);
        assertEquals(1, r.classify(104, 99, 2, 2));     // ask +2, bid -1: signs cancel, mid 202 -> 203: buy
        assertEquals(0, r.classify(105, 98, 2, 2));     // ask +1, bid -1, mid unchanged: unclassified
        assertEquals(1, r.classify(105, 98, 1, 2));     // ask queue taken: buy
        assertEquals(-1, r.classify(105, 98, 1, 1));    // bid queue shrinks: sell
        assertEquals(1, r.classify(105, 98, 1, 3));     // bid queue grows: buying pressure
        assertEquals(-1, r.classify(105, 98, 4, 3));    // more offered: selling pressure
        assertEquals(0, r.classify(105, 98, 5, 4));     // both grow by 1: unclassified
    }

    @Test
    void quotedSizeChangeProxyFollowsTheOrderFlowTermsOfTheReferenceTable() {
        // reference §b.1 unit cases, as absolute sizes per side
        QuoteVolumeProxy p = new QuoteVolumeProxy(VolumeProxy.QUOTED_SIZE_CHANGE);
        assertEquals(0, p.volume(110_020, 110_000, 4, 2));    // first tick counts 0
        assertEquals(1, p.volume(110_020, 110_000, 4, 3));    // bid 2 -> 3 at the same price: |+1|
        p.reset();
        p.volume(110_020, 110_000, 4, 2);
        assertEquals(1, p.volume(110_020, 110_010, 4, 1));    // better bid: the new queue, 1
        p.reset();
        p.volume(110_020, 110_000, 4, 2);
        assertEquals(2, p.volume(110_020, 109_990, 4, 5));    // worse bid: the old queue, 2
        p.reset();
        p.volume(110_020, 110_000, 4, 2);
        assertEquals(2, p.volume(110_020, 110_000, 6, 2));    // ask 4 -> 6: |-2|
        assertEquals(7, p.volume(110_030, 110_000, 1, 3));    // ask worse: the old queue 6 left; bid +1
    }

    @Test
    void tickCountAndTopOfBookProxies() {
        QuoteVolumeProxy t = new QuoteVolumeProxy(VolumeProxy.TICK_COUNT);
        assertEquals(1, t.volume(1, 0, 9, 9));
        QuoteVolumeProxy s = new QuoteVolumeProxy(VolumeProxy.TOP_OF_BOOK_SIZE);
        assertEquals(3.5, s.volume(1, 0, 1.25, 2.25));
        assertThrows(IllegalArgumentException.class, () -> new QuoteVolumeProxy(VolumeProxy.TRADED_SIZE));
    }

    @Test
    void factoriesRejectMethodsOfTheOtherInput() {
        assertThrows(IllegalArgumentException.class, () -> QuoteTickClassifier.create(AggressorMethod.LEE_READY));
        assertThrows(IllegalArgumentException.class, () -> QuoteTickClassifier.create(AggressorMethod.BVC));
        assertThrows(IllegalArgumentException.class, () -> TradeClassifier.create(AggressorMethod.MID_TICK_RULE));
        assertEquals(AggressorMethod.EMO, TradeClassifier.create(AggressorMethod.EMO).method());
        assertEquals(AggressorMethod.QUOTE_CHANGE, QuoteTickClassifier.create(AggressorMethod.QUOTE_CHANGE).method());
        assertEquals(AggressorMethod.LEE_READY, AggressorMethod.parse("lee-ready"));
        assertEquals(VolumeProxy.TOP_OF_BOOK_SIZE, VolumeProxy.parse("top-of-book-size"));
        assertThrows(IllegalArgumentException.class,
                () -> TradeFlow.forQuotes(AggressorMethod.TICK_RULE, VolumeProxy.TICK_COUNT, 10));
        assertThrows(IllegalArgumentException.class,
                () -> TradeFlow.forTrades(AggressorMethod.LEE_READY, VolumeProxy.QUOTED_SIZE_CHANGE, 10));
    }
}
