package io.orderflow.strategy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.orderflow.execution.CloseReason;
import io.orderflow.execution.ExecutionListener;
import io.orderflow.execution.ExecutionPort;
import io.orderflow.execution.OrderIntent;
import io.orderflow.execution.TradeSide;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.market.Tick;
import io.orderflow.testing.Seeds;

/**
 * A test double of a broker: queues intents and executes them on a later tick (after a random
 * delay of 0..maxDelayTicks ticks), rejects a share of them at random, fills market orders at the
 * tick's ask (long) / bid (short), triggers stops at the tick's bid/ask (at that price) and targets
 * at the target price, and can close positions "externally" at random. Profit is in the account
 * currency with a fixed quote-to-account rate. Seeded: deterministic.
 *
 * <p>Drive it with {@link #onTick} <em>before</em> the engine sees the same tick.
 */
final class FakeBroker implements ExecutionPort {
    static final class Open {
        final String label;
        final TradeSide side;
        final double amount;
        final long fill;
        long stop;
        long target;

        Open(String label, TradeSide side, double amount, long fill, long stop, long target) {
            this.label = label;
            this.side = side;
            this.amount = amount;
            this.fill = fill;
            this.stop = stop;
            this.target = target;
        }
    }

    private final InstrumentSpec instrument;
    private final double quoteToAccount;
    private final Random random;
    private final double rejectShare;
    private final int maxDelayTicks;
    private final double externalCloseShare;
    private ExecutionListener listener;
    private final Deque<Object[]> queue = new ArrayDeque<>();
    final Map<String, Open> open = new LinkedHashMap<>();
    final List<OrderIntent> intents = new ArrayList<>();
    long lastTimeMs;
    int fills, rejections, closes;

    FakeBroker(InstrumentSpec instrument, double quoteToAccount, long seed, double rejectShare, int maxDelayTicks,
               double externalCloseShare) {
        this.instrument = instrument;
        this.quoteToAccount = quoteToAccount;
        this.random = Seeds.random(seed);
        this.rejectShare = rejectShare;
        this.maxDelayTicks = maxDelayTicks;
        this.externalCloseShare = externalCloseShare;
    }

    /** An immediate, never-rejecting broker. */
    static FakeBroker perfect(InstrumentSpec instrument, double quoteToAccount) {
        return new FakeBroker(instrument, quoteToAccount, 1, 0, 0, 0);
    }

    void setListener(ExecutionListener listener) {
        this.listener = listener;
    }

    @Override
    public void submit(OrderIntent intent) {
        intents.add(intent);
        int delay = maxDelayTicks == 0 ? 0 : random.nextInt(maxDelayTicks + 1);
        queue.add(new Object[] {intent, delay});
    }

    /** Executes due intents at this tick's prices, then stops and targets, then random external closes. */
    void onTick(Tick t) {
        lastTimeMs = t.timeMs();
        int n = queue.size();
        for (int i = 0; i < n; i++) {
            Object[] q = queue.poll();
            int delay = (Integer) q[1];
            if (delay > 0) {
                q[1] = delay - 1;
                queue.add(q);
                continue;
            }
            execute((OrderIntent) q[0], t);
        }
        for (Iterator<Open> it = open.values().iterator(); it.hasNext(); ) {
            Open o = it.next();
            long px = o.side == TradeSide.LONG ? t.bid() : t.ask();
            int s = o.side.sign();
            if (o.stop != 0 && s * (px - o.stop) <= 0) {
                it.remove();
                close(o, px, CloseReason.STOP_LOSS, t.timeMs());
            } else if (o.target != 0 && s * (px - o.target) >= 0) {
                it.remove();
                close(o, o.target, CloseReason.TAKE_PROFIT, t.timeMs());
            } else if (externalCloseShare > 0 && random.nextDouble() < externalCloseShare) {
                it.remove();
                close(o, px, CloseReason.EXTERNAL, t.timeMs());
            }
        }
    }

    private void execute(OrderIntent in, Tick t) {
        if (rejectShare > 0 && random.nextDouble() < rejectShare) {
            rejections++;
            listener.onRejected(in.label(), t.timeMs(), in.kind(), "random rejection");
            return;
        }
        switch (in.kind()) {
            case ENTER: {
                long px = in.side() == TradeSide.LONG ? t.ask() : t.bid();
                Open o = new Open(in.label(), in.side(), in.amount(), px, in.stopPoints(), in.targetPoints());
                open.put(in.label(), o);
                fills++;
                listener.onFilled(in.label(), t.timeMs(), px, in.amount());
                break;
            }
            case EXIT: {
                Open o = open.remove(in.label());
                if (o == null) {
                    listener.onRejected(in.label(), t.timeMs(), in.kind(), "no such position");
                    return;
                }
                close(o, o.side == TradeSide.LONG ? t.bid() : t.ask(), CloseReason.REQUESTED, t.timeMs());
                break;
            }
            default: {
                Open o = open.get(in.label());
                if (o == null) {
                    listener.onRejected(in.label(), t.timeMs(), in.kind(), "no such position");
                    return;
                }
                o.stop = in.stopPoints();
                o.target = in.targetPoints();
                listener.onModified(in.label(), t.timeMs(), o.stop, o.target);
            }
        }
    }

    private void close(Open o, long px, CloseReason reason, long timeMs) {
        closes++;
        double pnl = o.side.sign() * instrument.toPrice(px - o.fill) * o.amount * 1e6 * quoteToAccount;
        listener.onClosed(o.label, timeMs, px, reason, pnl);
    }

    /** Open profit and loss at this quote, account currency. */
    double unrealized(long ask, long bid) {
        double u = 0;
        for (Open o : open.values()) {
            long px = o.side == TradeSide.LONG ? bid : ask;
            u += o.side.sign() * instrument.toPrice(px - o.fill) * o.amount * 1e6 * quoteToAccount;
        }
        return u;
    }

    List<OrderIntent> enters() {
        List<OrderIntent> out = new ArrayList<>();
        for (OrderIntent i : intents) if (i.kind() == OrderIntent.Kind.ENTER) out.add(i);
        return out;
    }
}
