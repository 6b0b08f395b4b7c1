package io.orderflow.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.orderflow.execution.EntryTags.Confirmation;

class EntryTagsTest {

    @Test
    void journalTagsAreTheTypedFieldsPlusExtrasSortedByKey() {
        EntryTags t = EntryTags.of("TREND", Confirmation.UNCONFIRMED, "delta").with("zone", "vah").with("a", "1");
        assertEquals("{a=1, checks=delta, orderflow_confirmed=false, setup=TREND, zone=vah}", t.asMap().toString());
        assertEquals("{orderflow_confirmed=true}", EntryTags.of(null, Confirmation.CONFIRMED, "").asMap().toString());
        assertTrue(EntryTags.NONE.asMap().isEmpty());
        assertTrue(EntryTags.of("", Confirmation.UNKNOWN, null).asMap().isEmpty(), "empty text = not stated");
    }

    @Test
    void extraTagsCannotOverrideTheTypedFields() {
        EntryTags t = EntryTags.of("TREND", Confirmation.CONFIRMED, null);
        for (String key : new String[] {"setup", "orderflow_confirmed", "checks", ""}) {
            assertThrows(IllegalArgumentException.class, () -> t.with(key, "x"), key);
        }
        assertEquals(Map.of("setup", "TREND", "orderflow_confirmed", "true"), t.asMap(), "unchanged: immutable");
    }

    @Test
    void aTagChosenByNameResolvesTypedKeysThroughTheTypedFields() {
        EntryTags t = EntryTags.of("TREND", Confirmation.UNCONFIRMED, "confirmed").with("zone", "vah")
                .with("confirmed", "true");
        assertEquals("TREND", t.value(EntryTags.SETUP));
        assertEquals("false", t.value(EntryTags.CONFIRMED), "the verdict, not the checks text or an extra tag");
        assertEquals("confirmed", t.value(EntryTags.CHECKS));
        assertEquals("vah", t.value("zone"));
        assertEquals("true", t.value("confirmed"));
        assertEquals(null, t.value("none"));
        assertEquals(null, EntryTags.NONE.value(EntryTags.CONFIRMED));
        for (String key : t.asMap().keySet()) assertEquals(t.asMap().get(key), t.value(key), key);
        assertEquals("true", Confirmation.CONFIRMED.journalValue());
        assertEquals("false", Confirmation.UNCONFIRMED.journalValue());
        assertEquals(null, Confirmation.UNKNOWN.journalValue());
    }

    @Test
    void theIntentCarriesItsTagsAndOnlyEnterHasAny() {
        EntryTags t = EntryTags.of("TREND", Confirmation.CONFIRMED, "confirmed");
        OrderIntent e = OrderIntent.enter("L1", "EURUSD", TradeSide.LONG, 0.1, 0, 0, 0, "why #setup=OTHER", t);
        assertEquals(t, e.tags());
        assertEquals(EntryTags.NONE, OrderIntent.enter("L2", "EURUSD", TradeSide.LONG, 0.1, 0, 0, 0, "#setup=X").tags(),
                "the reason text is not parsed");
        assertEquals(EntryTags.NONE, OrderIntent.exit("L1", "EURUSD", 0, "x").tags());
    }
}
