package io.orderflow.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.orderflow.execution.CloseReason;
import io.orderflow.execution.OrderIntent;
import io.orderflow.execution.TradeSide;
import io.orderflow.market.Tick;
import io.orderflow.strategy.config.StrategyConfig;
import io.orderflow.strategy.setup.SetupKind;

/** The two hooks a platform host needs: suspending entries (warm-up, pause) and adopting positions after a restart. */
class StrategyEngineHostHooksTest {

    private static StrategyConfig oneMinuteEverySignal() {
        return StrategyConfig.defaults().toBuilder().set("bars.periodSeconds", 60)
                .set("trend.orderFlowConfirmation", false).set("reversion.orderFlowConfirmation", false).build();
    }

    @Test
    void suspendedEntriesBuildTheSameBarsAndReadingsButSendCountAndFollowNothing() throws Exception {
        List<Tick> ticks = ScenarioData.eurusd();
        List<OrderIntent> normalIntents = new ArrayList<>();
        List<OrderIntent> suspendedIntents = new ArrayList<>();
        StrategyEngine normal = new StrategyEngine(oneMinuteEverySignal(), normalIntents::add);
        StrategyEngine suspended = new StrategyEngine(oneMinuteEverySignal(), suspendedIntents::add);
        suspended.setEntriesSuspended(true);
        for (Tick t : ticks) {
            normal.onTick(t);
            suspended.onTick(t);
            // the normal engine never hears back: its first entry stays pending, so its positions do not
            // influence anything the comparison looks at
        }
        assertFalse(normalIntents.isEmpty(), "the normal engine signals on these ticks");
        assertTrue(suspendedIntents.isEmpty(), "no intent while suspended");
        assertEquals(normal.barsClosed(), suspended.barsClosed());
        assertEquals(normal.lastReadings().toString(), suspended.lastReadings().toString());
        assertEquals(normal.series().getBarCount(), suspended.series().getBarCount());
        assertEquals(0, suspended.signalsFollowed());
        for (SetupKind k : SetupKind.values()) {
            assertEquals(0, suspended.stats().signals(k, true).count() + suspended.stats().signals(k, false).count());
        }
        assertTrue(normal.stats().signals(SetupKind.TREND, false).count() + normal.stats().signals(SetupKind.TREND, true).count() > 0);
    }

    @Test
    void resumingAfterASuspendedStretchTradesLikeAnEngineThatWasSuspendedToo() throws Exception {
        List<Tick> ticks = ScenarioData.eurusd();
        long secondDay = ScenarioData.utc("2019-02-05");
        List<OrderIntent> a = new ArrayList<>();
        List<OrderIntent> b = new ArrayList<>();
        StrategyEngine ea = new StrategyEngine(oneMinuteEverySignal(), a::add);
        StrategyEngine eb = new StrategyEngine(oneMinuteEverySignal(), b::add);
        ea.setEntriesSuspended(true);
        eb.setEntriesSuspended(true);
        boolean resumed = false;
        for (Tick t : ticks) {
            if (!resumed && t.timeMs() >= secondDay) {
                ea.setEntriesSuspended(false);
                eb.setEntriesSuspended(false);
                resumed = true;
            }
            ea.onTick(t);
            eb.onTick(t);
        }
        assertFalse(a.isEmpty());
        assertEquals(a.toString(), b.toString(), "deterministic");
        assertTrue(a.get(0).timeMs() >= secondDay, "the first intent comes after the resumption");
    }

    @Test
    void anAdoptedPositionCountsAgainstTheLimitIsManagedAndStaysOutOfTheStatistics() throws Exception {
        List<Tick> ticks = ScenarioData.eurusd();
        List<OrderIntent> intents = new ArrayList<>();
        StrategyConfig config = oneMinuteEverySignal().toBuilder().set("exits.maxBarsInTrade", 10).build();
        StrategyEngine engine = new StrategyEngine(config, intents::add);
        engine.onTick(ticks.get(0));
        long fill = ticks.get(0).ask();
        assertTrue(engine.adoptPosition("OF_EURUSD_1549000000_1", TradeSide.LONG, 0.1, fill, fill - 200, fill + 400,
                0, true));
        assertFalse(engine.adoptPosition("OF_EURUSD_1549000000_1", TradeSide.LONG, 0.1, fill, 0, 0, 0, true),
                "the same label twice");
        assertFalse(engine.adoptPosition("OF_EURUSD_1549000000_2", TradeSide.LONG, 0.1, fill, 0, 0, 0, true),
                "the book holds one position (risk.maxOpenPositions = 1)");
        double balance = engine.balance();

        int i = 1;
        while (intents.isEmpty()) engine.onTick(ticks.get(i++));
        OrderIntent exit = intents.get(0);
        assertEquals(OrderIntent.Kind.EXIT, exit.kind(), "no entry while the adopted position fills the book: " + exit);
        assertEquals("OF_EURUSD_1549000000_1", exit.label());
        assertTrue(exit.reason().contains("time stop"), "managed: the 10-bar time stop closes it: " + exit.reason());
        long signalsBefore = engine.stats().trades(SetupKind.TREND, false).count();

        engine.onClosed(exit.label(), ticks.get(i).timeMs(), ticks.get(i).bid(), CloseReason.REQUESTED, -12.5);
        assertEquals(balance - 12.5, engine.balance(), 1e-9, "its profit and loss reaches the balance");
        assertEquals(0, engine.positions().inUse(), "the slot is free again");
        assertEquals(signalsBefore, engine.stats().trades(SetupKind.TREND, false).count(), "not a counted trade");
        assertEquals(0, engine.unknownExecutionEvents());

        for (; i < ticks.size() && intents.size() < 2; i++) engine.onTick(ticks.get(i));
        assertEquals(OrderIntent.Kind.ENTER, intents.get(1).kind(), "entries resume once it is gone");
    }

    @Test
    void anAdoptedPendingEntryBecomesOpenOnItsFill() throws Exception {
        List<Tick> ticks = ScenarioData.eurusd();
        StrategyEngine engine = new StrategyEngine(oneMinuteEverySignal(), intent -> { });
        engine.onTick(ticks.get(0));
        long ask = ticks.get(0).ask();
        assertTrue(engine.adoptPosition("OF_EURUSD_1549000000_7", TradeSide.SHORT, 0.2, 0, ask + 150, ask - 300, 0, false));
        assertEquals(Position.State.PENDING_ENTRY, engine.positions().find("OF_EURUSD_1549000000_7").state());
        engine.onFilled("OF_EURUSD_1549000000_7", ticks.get(1).timeMs(), ticks.get(1).bid(), 0.2);
        Position p = engine.positions().find("OF_EURUSD_1549000000_7");
        assertEquals(Position.State.OPEN, p.state());
        assertEquals(ticks.get(1).bid(), p.fillPoints());
        engine.onRejected("OF_EURUSD_1549000000_8", 0, OrderIntent.Kind.ENTER, "unknown");
        assertEquals(1, engine.unknownExecutionEvents());
    }
}
