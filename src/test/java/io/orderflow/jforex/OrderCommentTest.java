package io.orderflow.jforex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

import io.orderflow.execution.EntryTags;
import io.orderflow.execution.EntryTags.Confirmation;
import io.orderflow.execution.TradeSide;

/** The platform order comment: written on entry, read back when a restarted strategy adopts the order. */
class OrderCommentTest {

    @Test
    void writesSetupSideAndVerdict() {
        assertEquals("OF TREND LONG confirmed",
                OrderComment.encode(TradeSide.LONG, EntryTags.of("TREND", Confirmation.CONFIRMED, "confirmed")));
        assertEquals("OF REVERSION SHORT unconfirmed",
                OrderComment.encode(TradeSide.SHORT, EntryTags.of("REVERSION", Confirmation.UNCONFIRMED, "delta")));
        assertEquals("OF TREND SHORT", OrderComment.encode(TradeSide.SHORT, EntryTags.of("TREND", Confirmation.UNKNOWN, null)));
        assertEquals("OF LONG", OrderComment.encode(TradeSide.LONG, EntryTags.NONE));
    }

    @Test
    void readsBackSetupAndVerdictButNotTheChecks() {
        for (Confirmation c : Confirmation.values()) {
            for (TradeSide side : TradeSide.values()) {
                EntryTags written = EntryTags.of("REVERSION", c, "delta, imbalance").with("zone", "vah");
                assertEquals(EntryTags.of("REVERSION", c, null), OrderComment.decode(OrderComment.encode(side, written)),
                        c + " " + side);
            }
        }
    }

    @Test
    void aCommentInAnotherFormatCarriesNoTags() {
        for (String c : new String[] {null, "", "OF", "OF LONG", "manual order", "OF TREND UP confirmed",
                "OF TREND LONG maybe", "OF TREND LONG confirmed extra", "XX TREND LONG confirmed"}) {
            assertSame(EntryTags.NONE, OrderComment.decode(c), String.valueOf(c));
        }
    }
}
