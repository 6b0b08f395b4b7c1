package io.orderflow.jforex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyDouble;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.beans.PropertyChangeEvent;
import java.beans.PropertyChangeListener;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;

import com.dukascopy.api.IAccount;
import com.dukascopy.api.IConsole;
import com.dukascopy.api.IContext;
import com.dukascopy.api.IEngine;
import com.dukascopy.api.IHistory;
import com.dukascopy.api.IIndicators;
import com.dukascopy.api.IMessage;
import com.dukascopy.api.IOrder;
import com.dukascopy.api.IStrategy;
import com.dukascopy.api.Instrument;
import com.dukascopy.api.JFCurrency;
import com.dukascopy.api.JFException;
import com.dukascopy.api.Period;

import io.orderflow.backtest.testing.Ticks;
import io.orderflow.execution.OrderIntent;
import io.orderflow.execution.TradeSide;
import io.orderflow.jforex.harness.FakeMessage;
import io.orderflow.jforex.harness.FakeTick;
import io.orderflow.jforex.harness.TickTape;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.strategy.config.StrategyConfig;

/**
 * Mockito interaction tests of the compiled strategy: what exactly it asks {@code IEngine} for
 * (labels, command, amount, market price, slippage, stop and target prices, comment), computed
 * independently from the decision quote and the risk rule; and that no order call ever leaves the
 * strategy thread (the mocked engine throws THREAD_INCORRECT elsewhere, as JForex does).
 */
@Tag("slow")
class JForexStrategyInteractionTest {
    private final ExecutorService strategyThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "strategy"));

    @AfterEach
    void shutdown() {
        strategyThread.shutdownNow();
    }

    /** One recorded submitOrder call with the quote the strategy had when it decided. */
    record Call(String label, IEngine.OrderCommand command, double amount, double price, double slippage, double sl,
                double tp, long gtt, String comment, String thread, double ask, double bid) {
    }

    @Test
    void ordersCarryLabelsAmountsStopsAndTargetsComputedFromTheDecisionQuote(@TempDir Path files) throws Exception {
        TickTape tape = TickTape.load(Ticks.eurusdTwoDays());
        InstrumentSpec spec = tape.spec();
        IStrategy strategy = JForexTesterParityTest.newStrategy();
        JForexTesterParityTest.set(strategy, "instrument", Instrument.EURUSD);
        JForexTesterParityTest.set(strategy, "barsPeriod", Period.ONE_MIN);
        JForexTesterParityTest.set(strategy, "trendOrderFlowConfirmation", false);
        JForexTesterParityTest.set(strategy, "reversionEnabled", false);
        JForexTesterParityTest.set(strategy, "warmUpHours", 0);

        IContext context = mock(IContext.class);
        IEngine engine = mock(IEngine.class);
        IHistory history = mock(IHistory.class);
        IAccount account = mock(IAccount.class);
        IConsole console = mock(IConsole.class);
        PrintStream sink = new PrintStream(java.io.OutputStream.nullOutputStream());
        when(console.getOut()).thenReturn(sink);
        when(console.getInfo()).thenReturn(sink);
        when(console.getWarn()).thenReturn(sink);
        when(console.getErr()).thenReturn(sink);
        when(context.getEngine()).thenReturn(engine);
        when(context.getHistory()).thenReturn(history);
        when(context.getAccount()).thenReturn(account);
        when(context.getConsole()).thenReturn(console);
        when(context.getIndicators()).thenReturn(mock(IIndicators.class));
        when(context.getFilesDir()).thenReturn(files.toFile());
        when(engine.getType()).thenReturn(IEngine.Type.DEMO);
        when(engine.getOrders(Instrument.EURUSD)).thenReturn(Collections.emptyList());
        when(account.getAccountCurrency()).thenReturn(JFCurrency.getInstance("USD"));
        when(account.getEquity()).thenReturn(100_000.0);
        when(history.getTimeOfLastTick(Instrument.EURUSD)).thenReturn(tape.time(0) - 1);
        when(context.executeTask(any())).thenAnswer(inv -> strategyThread.submit((Callable<?>) inv.getArgument(0)));

        AtomicReference<Thread> strategyThreadRef = new AtomicReference<>();
        AtomicReference<FakeTick> current = new AtomicReference<>();
        List<Call> calls = new ArrayList<>();
        List<IMessage> toDeliver = new ArrayList<>();
        when(engine.submitOrder(anyString(), any(Instrument.class), any(IEngine.OrderCommand.class), anyDouble(),
                anyDouble(), anyDouble(), anyDouble(), anyDouble(), anyLong(), anyString())).thenAnswer(inv -> {
            if (Thread.currentThread() != strategyThreadRef.get()) {
                throw new JFException(JFException.Error.THREAD_INCORRECT, "Incorrect thread");
            }
            FakeTick q = current.get();
            calls.add(new Call(inv.getArgument(0), inv.getArgument(2), inv.getArgument(3), inv.getArgument(4),
                    inv.getArgument(5), inv.getArgument(6), inv.getArgument(7), inv.getArgument(8), inv.getArgument(9),
                    Thread.currentThread().getName(), q.getAsk(), q.getBid()));
            IOrder order = mock(IOrder.class);
            when(order.getLabel()).thenReturn(inv.getArgument(0));
            when(order.getInstrument()).thenReturn(Instrument.EURUSD);
            when(order.getState()).thenReturn(IOrder.State.CANCELED);
            when(order.isLong()).thenReturn(inv.getArgument(2) == IEngine.OrderCommand.BUY);
            // refused at once, so that the slot frees and the next signal is sent too
            toDeliver.add(new FakeMessage(IMessage.Type.ORDER_SUBMIT_REJECTED, order, "test: refused", q.getTime()));
            return order;
        });

        strategyThread.submit(() -> {
            strategyThreadRef.set(Thread.currentThread());
            strategy.onStart(context);
            return null;
        }).get();
        ArgumentCaptor<PropertyChangeListener> listener = ArgumentCaptor.forClass(PropertyChangeListener.class);
        verify(context).addConfigurationChangeListener(eq("entriesPaused"), listener.capture());
        verify(context).setSubscribedInstruments(eq(Set.of(Instrument.EURUSD)), eq(true));

        strategyThread.submit(() -> {
            for (int i = 0; i < tape.size(); i++) {
                FakeTick t = new FakeTick(tape.time(i), spec.toPrice(tape.ask(i)), spec.toPrice(tape.bid(i)),
                        tape.askVolume(i), tape.bidVolume(i));
                current.set(t);
                strategy.onTick(Instrument.EURUSD, t);
                for (IMessage m : new ArrayList<>(toDeliver)) strategy.onMessage(m);
                toDeliver.clear();
            }
            return null;
        }).get();

        assertTrue(calls.size() >= 10, "signals to check: " + calls.size());
        StrategyConfig config = JForexTesterParityTest.host(strategy).config();
        double riskBudget = 0.005 * 100_000;
        Set<String> labels = new HashSet<>();
        for (Call c : calls) {
            assertTrue(c.label().matches("OF_EURUSD_\\d+_\\d+") && c.label().length() <= OrderIntent.MAX_LABEL_LENGTH,
                    c.label());
            assertTrue(labels.add(c.label()), "unique " + c.label());
            assertEquals("strategy", c.thread());
            assertEquals(0.0, c.price(), "market order");
            assertEquals(3.0, c.slippage(), "the slippage parameter, pips");
            assertEquals(0L, c.gtt(), "no expiry");
            assertTrue(c.comment().startsWith("OF TREND "), c.comment());

            TradeSide side = c.command() == IEngine.OrderCommand.BUY ? TradeSide.LONG : TradeSide.SHORT;
            long entry = spec.toPoints(side == TradeSide.LONG ? c.ask() : c.bid());
            long sl = spec.toPoints(c.sl());
            long tp = spec.toPoints(c.tp());
            long risk = side.sign() * (entry - sl);
            assertTrue(risk > 0, c.label() + ": the stop is on the losing side of the decision quote");
            assertTrue(risk >= spec.pipsToPoints(3), c.label() + ": at least risk.minStopPips");
            assertEquals(2 * risk, side.sign() * (tp - entry), c.label() + ": target at 2 R from the decision quote");

            double steps = c.amount() * 1000;
            assertEquals(Math.rint(steps), steps, 1e-9, c.label() + ": whole 0.001 steps " + c.amount());
            double riskOf = c.amount() * 1_000_000 * risk * spec.pointSize();
            double riskOfOneMore = (c.amount() + 0.001) * 1_000_000 * risk * spec.pointSize();
            assertTrue(riskOf <= riskBudget + 1e-9, c.label() + ": " + riskOf + " within 0.5% of 100,000");
            assertTrue(riskOfOneMore > riskBudget || c.amount() >= 5.0, c.label() + ": the largest amount within it");
        }
        assertEquals(0.5, config.doubleValue(io.orderflow.strategy.config.ParameterTable.RISK_PERCENT));

        // a parameter changed on the platform's UI thread reaches the strategy through executeTask
        Thread ui = new Thread(() -> listener.getValue().propertyChange(
                new PropertyChangeEvent(strategy, "entriesPaused", false, true)), "ui");
        ui.start();
        ui.join();
        strategyThread.submit(() -> null).get();
        verify(context, times(1)).executeTask(any());
        assertTrue(JForexTesterParityTest.host(strategy).engine().entriesSuspended());
    }

    @Test
    void anIntentArrivingOffTheStrategyThreadIsMovedOntoItNotSubmitted() throws Exception {
        PlatformOrders orders = mock(PlatformOrders.class);
        when(orders.isStrategyThread()).thenReturn(false);
        StrategyHost host = new StrategyHost(StrategyConfig.defaults(), RunMode.DEMO, orders, HostLog.NONE,
                StrategyHost.Options.of(3, false));
        Thread other = new Thread(() -> host.submit(OrderIntent.enter("OF_EURUSD_1_1", "EURUSD", TradeSide.LONG, 0.1,
                110_000, 120_000, 0, "test")));
        other.start();
        other.join();
        ArgumentCaptor<Runnable> task = ArgumentCaptor.forClass(Runnable.class);
        verify(orders).runOnStrategyThread(task.capture());
        verify(orders, never()).submit(anyString(), anyBoolean(), anyDouble(), anyDouble(), anyDouble(), anyDouble(),
                anyString());

        when(orders.isStrategyThread()).thenReturn(true);
        task.getValue().run(); // now on "the strategy thread"
        verify(orders).submit("OF_EURUSD_1_1", true, 0.1, 3.0, 1.1, 1.2, "OF LONG");
    }

    @Test
    void aSynchronousRefusalByThePlatformIsARejectionForTheEngine() throws Exception {
        PlatformOrders orders = mock(PlatformOrders.class);
        when(orders.isStrategyThread()).thenReturn(true);
        org.mockito.Mockito.doThrow(new JFException(JFException.Error.LABEL_NOT_UNIQUE, "Label not unique"))
                .when(orders).submit(anyString(), anyBoolean(), anyDouble(), anyDouble(), anyDouble(), anyDouble(),
                        anyString());
        List<String> warnings = new ArrayList<>();
        HostLog log = new HostLog() {
            @Override
            public void info(String line) {
            }

            @Override
            public void warn(String line) {
                warnings.add(line);
            }

            @Override
            public void error(String line) {
            }
        };
        StrategyHost host = new StrategyHost(StrategyConfig.defaults(), RunMode.DEMO, orders, log,
                StrategyHost.Options.of(3, false));
        host.submit(OrderIntent.enter("OF_EURUSD_1_1", "EURUSD", TradeSide.SHORT, 0.1, 120_000, 110_000, 0, "x"));
        assertTrue(host.trackedLabels().isEmpty(), "nothing left pending");
        assertTrue(host.isFinished("OF_EURUSD_1_1"));
        assertFalse(warnings.isEmpty());
        assertTrue(warnings.get(0).contains("Label not unique"), warnings.toString());
    }
}
