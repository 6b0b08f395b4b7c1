package io.orderflow.strategy.stats;

import java.util.Locale;

import io.orderflow.strategy.setup.Checks;
import io.orderflow.strategy.setup.SetupKind;

/**
 * Does order flow help? Hit rate, expectancy and adverse excursion of technical signals, split by
 * setup and by the order-flow verdict.
 *
 * <p>Two views:
 * <ul>
 * <li><b>signals</b> — the hypothetical outcome of <em>every</em> technical signal (see
 * {@link SignalTracker}): taken or not, confirmed or not, all followed with the same stop, target
 * and exit rules. Comparing confirmed with unconfirmed here is fair: the confirmation is the only
 * difference. Also split by taken / not taken.</li>
 * <li><b>trades</b> — the actual outcome of taken signals as the broker reported it (fill and exit
 * prices, slippage included), split by verdict (unconfirmed trades exist when confirmation is
 * switched off).</li>
 * </ul>
 * Hit rate = share of outcomes with R &gt; 0; expectancy = mean R; the standard error of the mean R
 * says how much of a difference is noise. Allocation-free updates; not thread-safe.
 */
public final class ConfirmationStats {
    /** Running sums of R outcomes. */
    public static final class Bucket {
        long n;
        long wins;
        double sumR;
        double sumR2;
        double sumMae;

        void add(double r, double mae) {
            n++;
            if (r > 0) wins++;
            sumR += r;
            sumR2 += r * r;
            sumMae += mae;
        }

        void addAll(Bucket b) {
            n += b.n;
            wins += b.wins;
            sumR += b.sumR;
            sumR2 += b.sumR2;
            sumMae += b.sumMae;
        }

        public long count() { return n; }

        public long wins() { return wins; }

        /** Share of outcomes with R > 0 (NaN when empty). */
        public double hitRate() { return n == 0 ? Double.NaN : (double) wins / n; }

        /** Mean R (NaN when empty). */
        public double expectancy() { return n == 0 ? Double.NaN : sumR / n; }

        /** Standard error of the mean R (NaN with fewer than two outcomes). */
        public double standardError() {
            if (n < 2) return Double.NaN;
            double mean = sumR / n;
            double var = (sumR2 - n * mean * mean) / (n - 1);
            return Math.sqrt(Math.max(0, var) / n);
        }

        /** Mean maximum adverse excursion, R (NaN when empty). */
        public double meanMae() { return n == 0 ? Double.NaN : sumMae / n; }

        /** Sum of R. */
        public double totalR() { return sumR; }
    }

    private static final int SETUPS = SetupKind.values().length;
    // [setup][confirmed 1/0][taken 1/0]
    private final Bucket[][][] signals = new Bucket[SETUPS][2][2];
    // [setup][confirmed 1/0]
    private final Bucket[][] trades = new Bucket[SETUPS][2];
    private final long[][] skipped = new long[SETUPS][SkipReason.values().length];
    // [setup][check bit]: closed signals that failed the check (a signal failing several counts under each)
    private final Bucket[][] failed = new Bucket[SETUPS][Checks.COUNT];

    public ConfirmationStats() {
        for (int s = 0; s < SETUPS; s++) {
            for (int c = 0; c < 2; c++) {
                trades[s][c] = new Bucket();
                for (int t = 0; t < 2; t++) signals[s][c][t] = new Bucket();
            }
            for (int i = 0; i < Checks.COUNT; i++) failed[s][i] = new Bucket();
        }
    }

    /** Counts a signal's decision (taken or the reason it was skipped). */
    public void onSignal(SignalRecord r) {
        skipped[r.setup.ordinal()][r.skipReason.ordinal()]++;
    }

    /** A rejected entry: moves the signal's decision from taken to REJECTED. */
    public void onRejected(SignalRecord r) {
        skipped[r.setup.ordinal()][SkipReason.NONE.ordinal()]--;
        skipped[r.setup.ordinal()][SkipReason.REJECTED.ordinal()]++;
    }

    /** Adds the hypothetical outcome of a closed signal. */
    public void onSignalClosed(SignalRecord r) {
        signals[r.setup.ordinal()][r.confirmed() ? 1 : 0][r.taken() ? 1 : 0].add(r.rMultiple, r.maeR);
        for (int i = 0; i < Checks.COUNT; i++) {
            if ((r.failedChecks & (1 << i)) != 0) failed[r.setup.ordinal()][i].add(r.rMultiple, r.maeR);
        }
    }

    /**
     * The hypothetical outcomes of {@code setup}'s closed signals that failed check bit {@code check}
     * ({@code 1 << check}; a signal failing several is counted under each): what each check, e.g. the
     * manipulation filter's spoofed-book, kept out, measured like the confirmed and unconfirmed signals.
     */
    public Bucket failed(SetupKind setup, int check) {
        return failed[setup.ordinal()][check];
    }

    /** Adds the actual outcome of a closed trade. */
    public void onTradeClosed(SignalRecord r) {
        trades[r.setup.ordinal()][r.confirmed() ? 1 : 0].add(r.tradeR, r.tradeMaeR);
    }

    /** Hypothetical outcomes of {@code setup}'s signals with the given verdict, taken and not taken together. */
    public Bucket signals(SetupKind setup, boolean confirmed) {
        Bucket b = new Bucket();
        b.addAll(signals[setup.ordinal()][confirmed ? 1 : 0][0]);
        b.addAll(signals[setup.ordinal()][confirmed ? 1 : 0][1]);
        return b;
    }

    /** Hypothetical outcomes of {@code setup}'s signals with the given verdict and decision. */
    public Bucket signals(SetupKind setup, boolean confirmed, boolean taken) {
        return signals[setup.ordinal()][confirmed ? 1 : 0][taken ? 1 : 0];
    }

    /** Actual outcomes of {@code setup}'s trades with the given verdict. */
    public Bucket trades(SetupKind setup, boolean confirmed) {
        return trades[setup.ordinal()][confirmed ? 1 : 0];
    }

    /** Signals of {@code setup} decided with {@code reason} (NONE = taken and not rejected). */
    public long decisions(SetupKind setup, SkipReason reason) {
        return skipped[setup.ordinal()][reason.ordinal()];
    }

    /** A plain-text table: per setup, confirmed vs unconfirmed, hit rate, expectancy ± SE, MAE; then decisions. */
    public String report() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-10s %-22s %7s %8s %16s %8s %9s%n", "setup", "group", "n", "hit%",
                "expectancy R", "MAE R", "total R"));
        for (SetupKind k : SetupKind.values()) {
            row(sb, k, "signals confirmed", signals(k, true));
            row(sb, k, "signals unconfirmed", signals(k, false));
            row(sb, k, "  confirmed, taken", signals(k, true, true));
            row(sb, k, "  confirmed, skipped", signals(k, true, false));
            row(sb, k, "  unconfirmed, taken", signals(k, false, true));
            row(sb, k, "  unconfirmed, skipped", signals(k, false, false));
            row(sb, k, "trades confirmed", trades(k, true));
            row(sb, k, "trades unconfirmed", trades(k, false));
            Bucket c = signals(k, true);
            Bucket u = signals(k, false);
            if (c.n > 1 && u.n > 1) {
                double diff = c.expectancy() - u.expectancy();
                double se = Math.sqrt(c.standardError() * c.standardError() + u.standardError() * u.standardError());
                sb.append(String.format(Locale.ROOT, "%-10s order flow adds %+.3f R per signal (± %.3f standard "
                        + "error)%n", k, diff, se));
            }
            sb.append(String.format(Locale.ROOT, "%-10s decisions:", k));
            for (SkipReason r : SkipReason.values()) {
                long n = skipped[k.ordinal()][r.ordinal()];
                if (n > 0) sb.append(' ').append(r == SkipReason.NONE ? "TAKEN" : r.name()).append('=').append(n);
            }
            sb.append(String.format(Locale.ROOT, "%n"));
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, SetupKind k, String group, Bucket b) {
        if (b.n == 0) {
            sb.append(String.format(Locale.ROOT, "%-10s %-22s %7d%n", k, group, 0));
            return;
        }
        sb.append(String.format(Locale.ROOT, "%-10s %-22s %7d %7.1f%% %8.3f ± %5.3f %8.3f %9.2f%n", k, group, b.n,
                100 * b.hitRate(), b.expectancy(), b.n > 1 ? b.standardError() : 0.0, b.meanMae(), b.sumR));
    }
}
