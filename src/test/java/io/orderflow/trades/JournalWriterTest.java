package io.orderflow.trades;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.orderflow.execution.CloseReason;
import io.orderflow.execution.EntryTags;
import io.orderflow.execution.TradeSide;
import io.orderflow.market.AssetClass;
import io.orderflow.market.InstrumentSpec;

class JournalWriterTest {
    private static final InstrumentSpec EURUSD = new InstrumentSpec("EURUSD", "EUR", "USD", AssetClass.FX, 5, 4, 0.001);

    private static ClosedTrade trade() {
        // long 0.1 EURUSD 1.14512 -> 1.14400, stop 1.14400 hit: -112 points = -11.2 USD; commission 0.8;
        // risk 112 points x 0.00001 x 100,000 units x 0.1 (a made-up quote->account rate) = 11.2
        OpenTrade t = new OpenTrade("T1", EURUSD, TradeSide.LONG, 0.1, 114_400, 114_700,
                "EMA cross, \"strong\" #orderflow_confirmed", EntryTags.of("trend", EntryTags.Confirmation.CONFIRMED, null));
        t.fill(1_549_238_400_123L, 114_512, 0.1, 0.1);
        t.charge(0.8);
        t.mark(114_382, 114_384); // bid 130 against
        t.mark(114_537, 114_539); // 25 for
        return t.close(1_549_242_000_000L, 114_400, CloseReason.STOP_LOSS, "", -11.2);
    }

    @Test
    void csvRowHasExactPricesIsoTimesAndQuotedText() throws IOException {
        StringWriter w = new StringWriter();
        JournalWriter.writeCsv(List.of(trade()), "USD", w);
        String[] lines = w.toString().split("\r\n");
        assertEquals(String.join(",", JournalWriter.COLUMNS), lines[0]);
        assertEquals("T1,EURUSD,LONG,0.1,2019-02-04T00:00:00.123Z,1.14512,2019-02-04T01:00:00Z,1.14400,1.14400,1.14700,"
                + "1.14400,1.14700,STOP_LOSS,,-11.2,0.8,-12,USD,-1.071429,11.2,130,25,3599877,"
                + "\"EMA cross, \"\"strong\"\" #orderflow_confirmed\",orderflow_confirmed=true;setup=trend", lines[1]);
    }

    @Test
    void jsonHoldsTheSameFieldsAsNumbersAndATagObject() throws IOException {
        StringWriter w = new StringWriter();
        JournalWriter.writeJson(List.of(trade()), "USD", w);
        JsonArray a = JsonParser.parseString(w.toString()).getAsJsonArray();
        JsonObject o = a.get(0).getAsJsonObject();
        assertEquals(JournalWriter.COLUMNS.length, o.size());
        assertEquals("1.14512", o.get("entry_price").getAsBigDecimal().toPlainString());
        assertEquals(-12.0, o.get("net_pl").getAsDouble(), 0);
        assertEquals(-12.0 / 11.2, o.get("r_multiple").getAsDouble(), 1e-6);
        assertEquals("trend", o.getAsJsonObject("tags").get("setup").getAsString());
        assertEquals("2019-02-04T00:00:00.123Z", o.get("entry_time").getAsString());
    }
}
