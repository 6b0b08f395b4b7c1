package io.orderflow.backtest;

import java.util.Locale;

import io.orderflow.backtest.stats.BacktestStatistics;

/**
 * The statistic a sweep ranks its runs by, and which direction is better. NaN always ranks last;
 * ties keep grid order.
 */
public enum Ranking {
    NET_RETURN("netReturn", true),
    NET_PROFIT("netProfit", true),
    SHARPE("sharpeAnnualised", true),
    PROFIT_FACTOR("profitFactor", true),
    WIN_RATE("winRate", true),
    EXPECTANCY("expectancy", true),
    EXPECTANCY_R("expectancyR", true),
    MAX_DRAWDOWN("maxDrawdown", false),
    TRADES("trades", true);

    private final String statistic;
    private final boolean higherIsBetter;

    Ranking(String statistic, boolean higherIsBetter) {
        this.statistic = statistic;
        this.higherIsBetter = higherIsBetter;
    }

    /** The name of the figure in {@link BacktestStatistics#asMap()}. */
    public String statistic() { return statistic; }

    public boolean higherIsBetter() { return higherIsBetter; }

    /** The ranked value of {@code s}. */
    public double value(BacktestStatistics s) { return s.get(statistic); }

    /** Negative when {@code a} ranks before {@code b}. */
    public int compare(BacktestStatistics a, BacktestStatistics b) {
        double x = value(a);
        double y = value(b);
        boolean nx = Double.isNaN(x);
        boolean ny = Double.isNaN(y);
        if (nx || ny) return nx == ny ? 0 : nx ? 1 : -1;
        return higherIsBetter ? Double.compare(y, x) : Double.compare(x, y);
    }

    /** Parses "sharpe", "net-return", "NET_RETURN", "maxDrawdown"… */
    public static Ranking parse(String text) {
        String k = text.trim().replace('-', '_').toUpperCase(Locale.ROOT);
        for (Ranking r : values()) {
            if (r.name().equals(k) || r.statistic.equalsIgnoreCase(text.trim())) return r;
        }
        StringBuilder known = new StringBuilder();
        for (Ranking r : values()) known.append(known.length() == 0 ? "" : ", ").append(r.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        throw new IllegalArgumentException("unknown ranking statistic '" + text + "'; known: " + known);
    }
}
