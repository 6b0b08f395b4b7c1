package io.orderflow.backtest.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import io.orderflow.execution.EntryTags;
import io.orderflow.strategy.setup.Checks;
import io.orderflow.strategy.setup.SetupKind;
import io.orderflow.strategy.stats.ConfirmationStats;
import io.orderflow.trades.ClosedTrade;

/**
 * The confirmed-versus-unconfirmed table from the journal: trades whose entry's typed order-flow
 * verdict ({@link EntryTags#confirmation()}) is CONFIRMED against those whose verdict is UNCONFIRMED;
 * trades without a verdict are left out. Hit rate = share with a positive net result; expectancy =
 * mean net result and mean R. Stateless; thread-safe.
 */
public final class ConfirmationTable {
    private ConfirmationTable() {
    }

    /** Two rows, "confirmed" then "unconfirmed", by each trade's typed verdict. */
    public static List<ConfirmationRow> fromTrades(List<ClosedTrade> trades) {
        List<ConfirmationRow> rows = new ArrayList<>();
        rows.add(row("confirmed", trades, t -> t.entryTags().confirmation() == EntryTags.Confirmation.CONFIRMED));
        rows.add(row("unconfirmed", trades, t -> t.entryTags().confirmation() == EntryTags.Confirmation.UNCONFIRMED));
        return rows;
    }

    /**
     * Two rows, "confirmed" then "unconfirmed", by a tag chosen by name: trades whose tag {@code tag}
     * is {@code true} against those where it is {@code false}; other values and untagged trades are
     * left out. A custom strategy's extra tag is read as the text it wrote; the typed keys
     * ({@link EntryTags#CONFIRMED} etc.) are resolved by {@link EntryTags#value(String)}, so
     * {@code fromTrades(trades, EntryTags.CONFIRMED)} is {@link #fromTrades(List)}.
     */
    public static List<ConfirmationRow> fromTrades(List<ClosedTrade> trades, String tag) {
        if (tag == null || tag.isEmpty()) throw new IllegalArgumentException("confirmation table: tag name is required");
        List<ConfirmationRow> rows = new ArrayList<>();
        rows.add(row("confirmed", trades, t -> "true".equals(t.entryTags().value(tag))));
        rows.add(row("unconfirmed", trades, t -> "false".equals(t.entryTags().value(tag))));
        return rows;
    }

    /**
     * The strategy engine's own table: per setup, the hypothetical outcomes of every technical signal
     * it saw, confirmed vs unconfirmed (a fair comparison: the same stop, target and exit rules,
     * taken or not), then its actual trades by verdict. Figures in R; setups without any signal are
     * left out.
     */
    public static List<ConfirmationRow> fromEngine(ConfirmationStats stats) {
        List<ConfirmationRow> rows = new ArrayList<>();
        for (SetupKind k : SetupKind.values()) {
            ConfirmationStats.Bucket c = stats.signals(k, true);
            ConfirmationStats.Bucket u = stats.signals(k, false);
            if (c.count() + u.count() == 0) continue;
            String setup = k.name().toLowerCase(java.util.Locale.ROOT);
            rows.add(row(setup + " · confirmed signals", c, "signals"));
            rows.add(row(setup + " · unconfirmed signals", u, "signals"));
            rows.add(row(setup + " · confirmed trades", stats.trades(k, true), "engine trades"));
            rows.add(row(setup + " · unconfirmed trades", stats.trades(k, false), "engine trades"));
        }
        return rows;
    }

    /**
     * Per setup, the hypothetical outcomes of the signals that failed each order-flow check (a
     * signal failing several is counted under each), e.g. "trend · fails spoofed-book"; checks
     * that no signal failed are left out. Figures in R.
     */
    public static List<ConfirmationRow> fromChecks(ConfirmationStats stats) {
        List<ConfirmationRow> rows = new ArrayList<>();
        for (SetupKind k : SetupKind.values()) {
            String setup = k.name().toLowerCase(java.util.Locale.ROOT);
            for (int i = 0; i < Checks.COUNT; i++) {
                ConfirmationStats.Bucket b = stats.failed(k, i);
                if (b.count() > 0) rows.add(row(setup + " · fails " + Checks.name(i), b, "signals"));
            }
        }
        return rows;
    }

    private static ConfirmationRow row(String group, ConfirmationStats.Bucket b, String basis) {
        return new ConfirmationRow(group, (int) b.count(), (int) b.wins(), b.hitRate(), Double.NaN, b.expectancy(),
                b.standardError(), b.meanMae(), basis);
    }

    /** The row of the trades that {@code in} accepts. */
    private static ConfirmationRow row(String group, List<ClosedTrade> trades, Predicate<ClosedTrade> in) {
        int n = 0, wins = 0, withR = 0;
        double sum = 0, sumR = 0;
        for (ClosedTrade t : trades) {
            if (!in.test(t)) continue;
            n++;
            if (t.isWin()) wins++;
            sum += t.profitLoss();
            if (!Double.isNaN(t.rMultiple())) {
                sumR += t.rMultiple();
                withR++;
            }
        }
        return new ConfirmationRow(group, n, wins, n == 0 ? Double.NaN : (double) wins / n,
                n == 0 ? Double.NaN : sum / n, withR == 0 ? Double.NaN : sumR / withR);
    }
}
