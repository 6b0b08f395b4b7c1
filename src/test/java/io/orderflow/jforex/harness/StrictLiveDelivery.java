package io.orderflow.jforex.harness;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.dukascopy.api.IStrategy;
import com.dukascopy.api.JFException;
import com.dukascopy.api.Period;

/**
 * Live tick delivery as strict as JForex documents it (test only): a virtual clock, strategy
 * callbacks that take virtual time, and {@code onTick} skipped by the platform's policy.
 *
 * <h2>Rules and their sources</h2>
 * <ul>
 * <li><b>Ticks arrive on the server's clock.</b> Tape tick i arrives when the virtual clock reaches
 * its time. The server sees every arrival at once (fills, stops, targets; history holds it from then
 * on), whatever the strategy thread is doing.</li>
 * <li><b>Callbacks take time.</b> While a strategy callback runs, the clock stands still except for
 * platform requests: every {@code IHistory.getTicks} and {@code getHistoricalOrderById} call costs
 * {@code historyLatencyMs} (a server round trip; the brief's 50–300 ms), and every delivered
 * {@code onTick} may cost {@link #setOnTickCostMs}. Ticks whose time passes meanwhile queue up.</li>
 * <li><b>OnTick execution policy</b> (Dukascopy wiki, strategy API, "OnTick execution policy"): "The
 * onTick method is called on a tick unless the tick occurred more than 1 second ago or it is not
 * among the last 3 ticks for the particular instrument. The last tick for each instrument always
 * survives"; "a tick can be 'skipped' during any IStrategy thread's method call". Emulated in its
 * harsher reading: when the strategy thread is free and the next queued tick is taken, it is skipped
 * if three or more ticks were queued after it, or if it is not the newest queued tick and
 * {@code clock - tickTime >= 1000 ms} (the wiki's example keeps a tick "because currentTime - tickTime
 * &lt; 1 sec"). The policy is evaluated again for every tick taken, as in the wiki's example.</li>
 * <li><b>Bars and messages are not skipped.</b> The policy speaks of {@code onTick} only: the minute
 * bar completed by an arrival is queued (before that arrival's tick) and delivered in order; order
 * messages are delivered when the thread is free, as {@link FakePlatform} times them.</li>
 * </ul>
 * The Historical Tester ({@code IEngine.Type.TEST}) delivers every tick: this class is never used there.
 *
 * <p>Threading: everything runs on the fake platform's strategy thread.
 */
public final class StrictLiveDelivery {
    /** The wiki's age limit for a queued tick, ms. */
    public static final long MAX_TICK_AGE_MS = 1000;
    /** The wiki's "last 3 ticks". */
    public static final int LAST_TICKS_KEPT = 3;

    private static final class Event {
        final int index;
        final FakeBar askBar;
        final FakeBar bidBar;

        Event(int index, FakeBar askBar, FakeBar bidBar) {
            this.index = index;
            this.askBar = askBar;
            this.bidBar = bidBar;
        }

        boolean isTick() { return askBar == null; }
    }

    private final FakePlatform platform;
    private final TickTape tape;
    private final long historyLatencyMs;
    private final ArrayDeque<Event> queue = new ArrayDeque<>();
    private int queuedTicks;
    private int arrived;
    private long clock;
    private long onTickCostMs;
    private long requests;
    private final List<Integer> delivered = new ArrayList<>();
    private final List<Integer> skippedOld = new ArrayList<>();
    private final List<Integer> skippedNotLast = new ArrayList<>();

    StrictLiveDelivery(FakePlatform platform, TickTape tape, int firstToArrive, long clockMs, long historyLatencyMs) {
        this.platform = platform;
        this.tape = tape;
        this.arrived = firstToArrive;
        this.clock = clockMs;
        this.historyLatencyMs = historyLatencyMs;
        platform.setNow(clockMs);
    }

    /** Every delivered {@code onTick} also costs this much virtual time, ms. */
    public StrictLiveDelivery setOnTickCostMs(long ms) {
        this.onTickCostMs = ms;
        return this;
    }

    /** One server request took place (called by the history): the clock advances by the latency. */
    void requestTookPlace() {
        requests++;
        advance(historyLatencyMs);
    }

    /** Lets {@code ms} of virtual time pass: the ticks whose time is reached arrive. */
    public void advance(long ms) {
        clock += ms;
        arriveUpTo(clock);
        platform.setNow(clock);
    }

    private void arriveUpTo(long timeMs) {
        while (arrived < tape.size() && tape.time(arrived) <= timeMs) {
            int i = arrived++;
            platform.serverTick(i);
            FakeBar[] bar = platform.accumulateBar(i);
            if (bar != null) queue.addLast(new Event(i, bar[0], bar[1]));
            queue.addLast(new Event(i, null, null));
            queuedTicks++;
        }
    }

    /** Runs the platform until every tick before {@code end} has arrived and every queued callback was handled. */
    void replay(IStrategy strategy, int end) throws JFException {
        while (true) {
            if (queue.isEmpty()) {
                if (arrived >= end) return;
                clock = Math.max(clock, tape.time(arrived));
                platform.setNow(clock);
                arriveUpTo(clock);
            }
            platform.deliverMessages(strategy);
            if (!platform.connected()) {
                // nothing reaches the strategy while the connection is down
                queue.clear();
                queuedTicks = 0;
                continue;
            }
            Event e = queue.pollFirst();
            if (e == null) continue;
            if (!e.isTick()) {
                strategy.onBar(platform.instrument(), Period.ONE_MIN, e.askBar, e.bidBar);
                continue;
            }
            queuedTicks--;
            if (queuedTicks >= LAST_TICKS_KEPT) {
                skippedNotLast.add(e.index);
                continue;
            }
            if (queuedTicks > 0 && clock - tape.time(e.index) >= MAX_TICK_AGE_MS) {
                skippedOld.add(e.index);
                continue;
            }
            delivered.add(e.index);
            platform.setNow(clock);
            strategy.onTick(platform.instrument(), platform.liveTick(e.index));
            if (onTickCostMs > 0) advance(onTickCostMs);
            platform.deliverMessages(strategy);
        }
    }

    /** The virtual clock, ms UTC. */
    public long clock() { return clock; }

    /** History requests made so far. */
    public long requests() { return requests; }

    /** Tape indexes of the ticks that reached {@code onTick}, in order. */
    public List<Integer> delivered() { return Collections.unmodifiableList(delivered); }

    /** Tape indexes skipped for being older than one second when their turn came. */
    public List<Integer> skippedOld() { return Collections.unmodifiableList(skippedOld); }

    /** Tape indexes skipped for not being among the last three queued ticks. */
    public List<Integer> skippedNotAmongLastThree() { return Collections.unmodifiableList(skippedNotLast); }

    /** Every skipped tape index. */
    public int skipped() { return skippedOld.size() + skippedNotLast.size(); }
}
