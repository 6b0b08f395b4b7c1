package io.orderflow.jforex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.orderflow.execution.CloseReason;
import io.orderflow.execution.EntryTags;
import io.orderflow.execution.TradeSide;
import io.orderflow.market.AssetClass;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.strategy.StrategyEngine;
import io.orderflow.strategy.config.StrategyConfig;
import io.orderflow.strategy.risk.QuoteToAccountRate;
import io.orderflow.trades.ClosedTrade;
import io.orderflow.trades.OpenTrade;

/** Platform messages alone: fill, stop-loss close, partial close, refusal, repeated messages. */
class MessageTranslatorTest {
    private static final InstrumentSpec EURUSD = new InstrumentSpec("EURUSD", "EUR", "USD", AssetClass.FX, 5, 4, 0.001);

    private final OrderTracker book = new OrderTracker();
    private final List<String> lines = new ArrayList<>();
    private final HostLog log = new HostLog() {
        @Override public void info(String line) { lines.add("I " + line); }

        @Override public void warn(String line) { lines.add("W " + line); }

        @Override public void error(String line) { lines.add("E " + line); }
    };
    private final StrategyEngine engine = new StrategyEngine(
            StrategyConfig.builder().instrumentSpec(EURUSD).set("instrument", "EURUSD").build(), intent -> { });
    private final RunJournal journal = new RunJournal(5, "USD", HostLog.NONE);
    private final MessageTranslator messages = new MessageTranslator(EURUSD, book, log, engine, journal,
            QuoteToAccountRate.fixed(1.0));

    private OrderTracker.Order track(String label, double amount) {
        OrderTracker.Order t = new OrderTracker.Order(new OpenTrade(label, EURUSD, TradeSide.LONG, amount, 113_910,
                114_210, "why", EntryTags.NONE), false);
        book.track(t);
        return t;
    }

    private static OrderView view(String label, String state, double amount, double close, long closeMs, double pl,
                                  double commission) {
        return new OrderView("ID1", label, true, state, amount, 1.14010, close, 1.13910, 1.14210, 1_000, 2_000, closeMs,
                pl, commission, "");
    }

    @Test
    void aFillAndAStopLossCloseMakeOneJournalRowWithThePlatformsMoney() {
        OrderTracker.Order t = track("A", 0.1);
        messages.onMessage("ORDER_SUBMIT_OK", Collections.emptyList(), "", 1_000, view("A", "OPENED", 0.1, 0, 0, 0, 0));
        messages.onMessage("ORDER_FILL_OK", Collections.emptyList(), "", 2_000, view("A", "FILLED", 0.1, 0, 0, 0, 0));
        assertEquals(OrderTracker.State.OPEN, t.state);
        assertEquals("ID1", t.orderId);
        // risk: 100 points x 0.00001 x 100,000 units x 1 = 100 USD
        assertEquals(100.0, t.trade.riskAtEntry(), 1e-9);
        messages.onQuote(2_500, 114_030, 114_032); // the host marks it: 20 for
        t.trade.mark(114_030, 114_032);
        // the stop filled 2 points below it: 1.13908, 102 points below the entry; the platform's P/L and commission
        OrderView closed = view("A", "CLOSED", 0.1, 1.13908, 3_000, -102.0, 7.7);
        messages.onMessage("ORDER_CLOSE_OK", List.of("ORDER_CLOSED_BY_SL"), "", 3_000, closed);
        messages.onMessage("ORDER_CLOSE_OK", List.of("ORDER_CLOSED_BY_SL"), "", 3_000, closed); // repeated: ignored
        assertEquals(1, journal.closedTrades().size());
        ClosedTrade c = journal.closedTrades().get(0);
        assertEquals(CloseReason.STOP_LOSS, c.closeReason());
        assertEquals(113_908, c.exitPrice());
        assertEquals(3_000, c.exitTimeMs());
        assertEquals(102, c.maePoints(), "the exit fill");
        assertEquals(20, c.mfePoints());
        assertEquals(-102.0 - 7.7, c.profitLoss(), 1e-9);
        assertEquals((-102.0 - 7.7) / 100.0, c.rMultiple(), 1e-12);
        assertTrue(book.isFinished("A"));
        assertNull(book.get("A"));
        assertEquals(2, engine.unknownExecutionEvents(), "the fill and the close reached the engine");
    }

    @Test
    void aPartialCloseLowersAmountAndRiskAndARefusalCounts() {
        OrderTracker.Order t = track("A", 0.3);
        messages.onMessage("ORDER_FILL_OK", Collections.emptyList(), "", 2_000, view("A", "FILLED", 0.3, 0, 0, 0, 0));
        assertEquals(300.0, t.trade.riskAtEntry(), 1e-9);
        messages.onMessage("ORDER_CLOSE_OK", Collections.emptyList(), "", 2_500, view("A", "FILLED", 0.1, 0, 0, 0, 0));
        assertEquals(0.1, t.trade.amount(), 0);
        assertEquals(100.0, t.trade.riskAtEntry(), 1e-9);
        assertEquals(OrderTracker.State.OPEN, t.state);
        assertEquals("W A partly closed outside the strategy: 0.1 left", lines.get(lines.size() - 1));

        track("B", 0.1);
        messages.onMessage("ORDER_SUBMIT_REJECTED", Collections.emptyList(), "no margin", 2_600,
                view("B", "CANCELED", 0.1, 0, 0, 0, 0));
        assertEquals(1, messages.refusals());
        assertEquals("W REJECTED B: no margin", lines.get(lines.size() - 1));
        assertTrue(book.isFinished("B"));
    }
}
