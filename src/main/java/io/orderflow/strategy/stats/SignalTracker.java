package io.orderflow.strategy.stats;

/**
 * Follows the hypothetical trade of every signal, taken or not, with the same rules for all:
 * entered at the decision's ask (long) or bid (short); out at the first tick whose bid (long) or
 * ask (short) reaches the stop — at that tick's price, so gaps cost what they would cost — or
 * reaches the target — at the target price; at the decision quote after {@code maxBars} bars; or when a
 * flat rule closes everything. Break-even moves follow the engine's rule. The maximum adverse
 * excursion is the worst bid (long) or ask (short) seen while open.
 *
 * <p>At most {@code capacity} signals are followed at once (preallocated arrays); a new one beyond
 * that closes the oldest at the current price ({@link ExitKind#EVICTED}). Per tick O(open signals)
 * with no allocation; not thread-safe.
 */
public final class SignalTracker {
    private final int capacity;
    private final int maxBars;
    private final double breakEvenAtR;
    private final SignalRecord[] record;
    private final int[] sign;
    private final long[] entry;
    private final long[] stop;
    private final long[] target;
    private final long[] risk;
    private final long[] worst;
    private final int[] bars;
    private int size;
    private ConfirmationStats stats;
    private SignalListener listener = SignalListener.NONE;
    private long evicted;

    public SignalTracker(int capacity, int maxBars, double breakEvenAtR) {
        this.capacity = capacity;
        this.maxBars = maxBars;
        this.breakEvenAtR = breakEvenAtR;
        record = new SignalRecord[capacity];
        sign = new int[capacity];
        entry = new long[capacity];
        stop = new long[capacity];
        target = new long[capacity];
        risk = new long[capacity];
        worst = new long[capacity];
        bars = new int[capacity];
    }

    /** Where closed signals are counted and reported. */
    public void setSinks(ConfirmationStats stats, SignalListener listener) {
        this.stats = stats;
        this.listener = listener == null ? SignalListener.NONE : listener;
    }

    /** Starts following {@code r}; the current quote is {@code ask}/{@code bid} at {@code timeMs}. */
    public void open(SignalRecord r, long timeMs, long ask, long bid) {
        if (size == capacity) {
            int oldest = 0;
            for (int i = 1; i < size; i++) if (record[i].id < record[oldest].id) oldest = i;
            close(oldest, ExitKind.EVICTED, timeMs, sign[oldest] > 0 ? bid : ask);
            evicted++;
        }
        int i = size++;
        record[i] = r;
        sign[i] = r.side.sign();
        entry[i] = r.entryPoints;
        stop[i] = r.stopPoints;
        target[i] = r.targetPoints;
        risk[i] = r.riskPoints;
        worst[i] = sign[i] > 0 ? bid : ask;
        bars[i] = 0;
    }

    /** Updates every open signal with a tick. */
    public void onTick(long timeMs, long ask, long bid) {
        for (int i = size - 1; i >= 0; i--) {
            if (sign[i] > 0) {
                if (bid < worst[i]) worst[i] = bid;
                if (bid <= stop[i]) close(i, ExitKind.STOP, timeMs, bid);
                else if (target[i] != 0 && bid >= target[i]) close(i, ExitKind.TARGET, timeMs, target[i]);
            } else {
                if (ask > worst[i]) worst[i] = ask;
                if (ask >= stop[i]) close(i, ExitKind.STOP, timeMs, ask);
                else if (target[i] != 0 && ask <= target[i]) close(i, ExitKind.TARGET, timeMs, target[i]);
            }
        }
    }

    /**
     * A bar closed with {@code askClose}/{@code bidClose}; the decision quote is {@code ask}/{@code bid}
     * at {@code timeMs}. Time stops exit at the decision quote (as the engine's EXIT would); break-even
     * moves are judged on the bar's close (as the engine's are).
     */
    public void onBarClose(long timeMs, long askClose, long bidClose, long ask, long bid) {
        for (int i = size - 1; i >= 0; i--) {
            bars[i]++;
            if (maxBars > 0 && bars[i] >= maxBars) {
                close(i, ExitKind.TIME, timeMs, sign[i] > 0 ? bid : ask);
                continue;
            }
            long closePrice = sign[i] > 0 ? bidClose : askClose;
            if (breakEvenAtR > 0 && sign[i] * (stop[i] - entry[i]) < 0
                    && sign[i] * (closePrice - entry[i]) >= breakEvenAtR * risk[i]) {
                stop[i] = entry[i];
            }
        }
    }

    /** Closes every open signal at the current price with {@code kind}. */
    public void closeAll(ExitKind kind, long timeMs, long ask, long bid) {
        for (int i = size - 1; i >= 0; i--) close(i, kind, timeMs, sign[i] > 0 ? bid : ask);
    }

    private void close(int i, ExitKind kind, long timeMs, long price) {
        SignalRecord r = record[i];
        int s = sign[i];
        r.closed = true;
        r.exitKind = kind;
        r.exitTimeMs = timeMs;
        r.exitPoints = price;
        r.rMultiple = (double) (s * (price - entry[i])) / risk[i];
        r.maeR = Math.max(0, (double) (s * (entry[i] - worst[i])) / risk[i]);
        size--;
        record[i] = record[size];
        sign[i] = sign[size];
        entry[i] = entry[size];
        stop[i] = stop[size];
        target[i] = target[size];
        risk[i] = risk[size];
        worst[i] = worst[size];
        bars[i] = bars[size];
        record[size] = null;
        if (stats != null) stats.onSignalClosed(r);
        listener.onSignalClosed(r);
    }

    /** Signals being followed. */
    public int open() { return size; }

    /** Signals closed early because the tracker was full. */
    public long evicted() { return evicted; }
}
