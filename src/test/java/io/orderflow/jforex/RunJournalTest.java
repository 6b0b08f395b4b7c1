package io.orderflow.jforex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.orderflow.execution.CloseReason;
import io.orderflow.execution.EntryTags;
import io.orderflow.execution.TradeSide;
import io.orderflow.market.AssetClass;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.trades.ClosedTrade;
import io.orderflow.trades.OpenTrade;

/** {@link RunJournal}: counting, the journal file and the wording of its lines, against hand-written expectations. */
class RunJournalTest {
    private static final InstrumentSpec EURUSD = new InstrumentSpec("EURUSD", "EUR", "USD", AssetClass.FX, 5, 4, 0.001);


    private static final class Lines implements HostLog {
        final List<String> lines = new ArrayList<>();

        @Override public void info(String line) { lines.add("I " + line); }

        @Override public void warn(String line) { lines.add("W " + line); }

        @Override public void error(String line) { lines.add("E " + line); }
    }

    /** EURUSD (5 decimals) long 0.1 million from 1.10000 to {@code exit}; risk 20 USD when {@code risk}. */
    private static ClosedTrade trade(String label, long exit, double gross, double commission, double risk,
                                     CloseReason reason) {
        // risk: 20 points x 0.00001 x 100,000 units x rate = 20 x rate
        OpenTrade t = new OpenTrade(label, EURUSD, TradeSide.LONG, 0.1, 109_980L, 110_040L, "test", EntryTags.NONE);
        t.fill(1_000L, 110_000L, 0.1, risk / 20);
        t.charge(commission);
        return t.close(61_000L, exit, reason, "", gross);
    }

    @Test
    void countsNetProfitAndWinsAndWordsEachClose() {
        Lines log = new Lines();
        RunJournal j = new RunJournal(5, "USD", log);
        // +40 points * 0.1 million * 1e-5 = 40.00 gross, 1.20 commission: net 38.80, 38.80 / 20 = +1.94 R
        j.record(trade("OF_EURUSD_1_1", 110_040L, 40.0, 1.2, 20.0, CloseReason.TAKE_PROFIT));
        // -20 points = -20.00 gross, 1.20 commission: net -21.20, no risk known: no R
        j.record(trade("OF_EURUSD_2_1", 109_980L, -20.0, 1.2, 0.0, CloseReason.STOP_LOSS));
        assertEquals(List.of("I CLOSED OF_EURUSD_1_1 TAKE_PROFIT @ 1.10040 P/L +38.80 USD (+1.94 R)",
                "I CLOSED OF_EURUSD_2_1 STOP_LOSS @ 1.09980 P/L -21.20 USD"), log.lines);
        assertEquals(2, j.closedTrades().size());
        assertEquals(1, j.wins());
        assertEquals(38.8 - 21.2, j.netProfit(), 1e-9);
        assertEquals("stop: 12,345 ticks, 7 bars, 3 entries sent, 1 rejected, 2 trades closed (1 won), net P/L +17.60 USD, "
                + "0 position(s) left open", j.stopSummary(12_345, 7, 3, 1, 0));
        assertEquals("stop: 0 ticks, 0 bars, 0 entries sent, 0 rejected, 2 trades closed (1 won), net P/L +17.60 USD, "
                + "1 position(s) left open (kept with their stop and target; a restart adopts them)",
                j.stopSummary(0, 0, 0, 0, 1));
    }

    @Test
    void aBreakEvenTradeIsNotAWin() {
        RunJournal j = new RunJournal(5, "USD", HostLog.NONE);
        j.record(trade("OF_EURUSD_1_1", 110_000L, 0.0, 0.0, 0.0, CloseReason.REQUESTED));
        assertEquals(0, j.wins());
    }

    @Test
    void appendsEachTradeToTheFileAndClosesIt(@TempDir Path dir) throws Exception {
        File f = dir.resolve("journal.csv").toFile();
        RunJournal j = new RunJournal(5, "USD", HostLog.NONE);
        j.setFile(TradeJournalFile.open(f, "USD"));
        j.record(trade("OF_EURUSD_1_1", 110_040L, 40.0, 1.2, 20.0, CloseReason.TAKE_PROFIT));
        j.record(trade("OF_EURUSD_2_1", 109_980L, -20.0, 1.2, 0.0, CloseReason.STOP_LOSS));
        j.close();
        List<String> rows = Files.readAllLines(f.toPath(), StandardCharsets.UTF_8);
        assertEquals(3, rows.size(), rows.toString()); // header + two trades
        assertTrue(rows.get(0).startsWith("label,instrument,side,"), rows.get(0));
        assertTrue(rows.get(1).startsWith("OF_EURUSD_1_1,EURUSD,LONG,"), rows.get(1));
        assertTrue(rows.get(2).startsWith("OF_EURUSD_2_1,EURUSD,LONG,"), rows.get(2));
    }

    @Test
    void aFailedWriteIsLoggedNamingTheFileAndTheTradeIsStillCounted(@TempDir Path dir) throws Exception {
        File f = dir.resolve("journal.csv").toFile();
        Lines log = new Lines();
        RunJournal j = new RunJournal(5, "USD", log);
        TradeJournalFile file = TradeJournalFile.open(f, "USD");
        file.close(); // a write now fails: the stream is closed
        j.setFile(file);
        j.record(trade("OF_EURUSD_1_1", 110_040L, 40.0, 1.2, 20.0, CloseReason.TAKE_PROFIT));
        assertTrue(log.lines.get(0).startsWith("E trade journal " + f + ": "), log.lines.toString());
        assertEquals("I CLOSED OF_EURUSD_1_1 TAKE_PROFIT @ 1.10040 P/L +38.80 USD (+1.94 R)", log.lines.get(1));
        assertEquals(1, j.closedTrades().size());
    }

    @Test
    void formatsPricesAndAmounts() {
        RunJournal eurusd = new RunJournal(5, "USD", HostLog.NONE);
        RunJournal usdjpy = new RunJournal(3, "USD", HostLog.NONE);
        assertEquals("-", eurusd.price(0));
        assertEquals("1.10005", eurusd.price(110_005L));
        assertEquals("1.10000", eurusd.price(110_000L)); // the scale is kept: trailing zeros stay
        assertEquals("151.234", usdjpy.price(151_234L));
        assertEquals("0.1", RunJournal.amount(0.1));
        assertEquals("0.003", RunJournal.amount(0.1 * 0.03)); // 0.0030000000000000005 before rounding
        assertEquals("1", RunJournal.amount(1.0));
        assertEquals("0.001", RunJournal.amount(0.0009999999));
    }
}
