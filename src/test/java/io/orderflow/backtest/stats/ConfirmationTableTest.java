package io.orderflow.backtest.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.orderflow.execution.CloseReason;
import io.orderflow.execution.EntryTags;
import io.orderflow.execution.EntryTags.Confirmation;
import io.orderflow.execution.TradeSide;
import io.orderflow.market.AssetClass;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.trades.ClosedTrade;
import io.orderflow.trades.OpenTrade;

/**
 * The journal's confirmed-versus-unconfirmed table reads each trade's typed verdict
 * ({@code ClosedTrade.entryTags().confirmation()}), never text: hand-built trades whose reason, checks
 * text and extra tags say "confirmed" in every way a string lookup could pick up must not move them.
 */
class ConfirmationTableTest {
    private static final InstrumentSpec EURUSD = new InstrumentSpec("EURUSD", "EUR", "USD", AssetClass.FX, 5, 4, 0.001);

    /**
     * A long with net result {@code pl} (account units) and 50 of risk: 50 points × 0.00001 × 100,000
     * units at 1 account unit per quote unit; no commission, so R = pl / 50.
     */
    private static OpenTrade open(String label, String reason, EntryTags tags) {
        OpenTrade t = new OpenTrade(label, EURUSD, TradeSide.LONG, 0.1, 109_950, 0, reason, tags);
        t.fill(1_000, 110_000, 0.1, 1.0);
        return t;
    }

    private static ClosedTrade close(OpenTrade t, double pl) {
        return t.close(2_000, 110_000, CloseReason.REQUESTED, "", pl);
    }

    /** Five trades: two confirmed, two unconfirmed dressed up as confirmed in text, one without a verdict. */
    private static List<ClosedTrade> trades() {
        List<ClosedTrade> l = new ArrayList<>();
        l.add(close(open("A", "trend long", EntryTags.of("TREND", Confirmation.CONFIRMED, "confirmed")), 100));
        l.add(close(open("B", "trend long", EntryTags.of("TREND", Confirmation.CONFIRMED, "confirmed")), -50));
        // unconfirmed, but the reason carries the tag syntax the journal once parsed, the checks text
        // says "confirmed" and an extra tag's value reads like the journal's verdict tag
        l.add(close(open("C", "reversion #orderflow_confirmed=true", EntryTags.of("REVERSION",
                Confirmation.UNCONFIRMED, "confirmed").with("note", "orderflow_confirmed=true")
                .with("confirmed", "true")), 30));
        // unconfirmed, extra tags added after the entry (as SimulatedBroker.tag does) say otherwise
        OpenTrade d = open("D", "trend short", EntryTags.of("TREND", Confirmation.UNCONFIRMED, "flow-z"));
        d.tag("orderflow_confirmed_by_hand", "true");
        d.tag("verdict", "confirmed");
        l.add(close(d, -20));
        // no verdict at all: left out, whatever its extras and reason say
        l.add(close(open("E", "#orderflow_confirmed", EntryTags.NONE.with("orderflow", "confirmed")
                .with("confirmed", "true")), 500));
        return l;
    }

    @Test
    void rowsFollowTheTypedVerdictNotTheText() {
        List<ConfirmationRow> rows = ConfirmationTable.fromTrades(trades());
        assertEquals(2, rows.size());
        ConfirmationRow c = rows.get(0);
        assertEquals("confirmed", c.group);
        assertEquals(2, c.signals, "A and B only");
        assertEquals(1, c.wins);
        assertEquals(0.5, c.hitRate, 0);
        assertEquals((100 - 50) / 2.0, c.expectancy, 1e-9);
        assertEquals((100 / 50.0 - 50 / 50.0) / 2, c.expectancyR, 1e-9);
        ConfirmationRow u = rows.get(1);
        assertEquals("unconfirmed", u.group);
        assertEquals(2, u.signals, "C and D, whatever their text says");
        assertEquals(1, u.wins);
        assertEquals(0.5, u.hitRate, 0);
        assertEquals((30 - 20) / 2.0, u.expectancy, 1e-9);
        assertEquals((30 / 50.0 - 20 / 50.0) / 2, u.expectancyR, 1e-9);
    }

    @Test
    void theVerdictTagChosenByNameResolvesToTheTypedVerdict() {
        List<ClosedTrade> t = trades();
        List<ConfirmationRow> typed = ConfirmationTable.fromTrades(t);
        List<ConfirmationRow> named = ConfirmationTable.fromTrades(t, EntryTags.CONFIRMED);
        assertEquals(List.of(2, 2), List.of(named.get(0).signals, named.get(1).signals));
        for (int i = 0; i < 2; i++) assertEquals(fields(typed.get(i)), fields(named.get(i)));
    }

    private static List<Object> fields(ConfirmationRow r) {
        return List.of(r.group, r.signals, r.wins, r.hitRate, r.expectancy, r.expectancyR);
    }

    @Test
    void aCustomExtraTagIsReadAsTheTextTheStrategyWrote() {
        List<ClosedTrade> l = new ArrayList<>();
        l.add(close(open("A", "", EntryTags.NONE.with("breakout", "true")), 40));
        l.add(close(open("B", "", EntryTags.of("TREND", Confirmation.CONFIRMED, null).with("breakout", "false")), -10));
        l.add(close(open("C", "", EntryTags.NONE.with("breakout", "yes")), 999)); // neither true nor false
        OpenTrade d = open("D", "", EntryTags.NONE);
        d.tag("breakout", "true");
        l.add(close(d, 60));
        List<ConfirmationRow> rows = ConfirmationTable.fromTrades(l, "breakout");
        assertEquals(2, rows.get(0).signals);
        assertEquals(2, rows.get(0).wins);
        assertEquals((40 + 60) / 2.0, rows.get(0).expectancy, 1e-9);
        assertEquals(1, rows.get(1).signals);
        assertEquals(-10, rows.get(1).expectancy, 1e-9);
        // by the typed verdict, only B has one
        List<ConfirmationRow> byVerdict = ConfirmationTable.fromTrades(l);
        assertEquals(1, byVerdict.get(0).signals);
        assertEquals(0, byVerdict.get(1).signals);
        assertTrue(Double.isNaN(byVerdict.get(1).expectancy));
    }

    @Test
    void aTagNameIsRequired() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConfirmationTable.fromTrades(trades(), ""));
        assertTrue(e.getMessage().contains("tag name"), e.getMessage());
    }
}
