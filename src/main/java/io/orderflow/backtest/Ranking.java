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

    /**
     * Parses a statistic's name, in any case and with or without '-' and '_': the constant's name
     * ({@code NET_RETURN}, {@code net-return}), the figure's name ({@code sharpeAnnualised},
     * {@code maxDrawdown}) or a short form ({@code net}, {@code profit}, {@code return}, {@code sharpe},
     * {@code pf}, {@code dd}, {@code drawdown}).
     *
     * @throws IllegalArgumentException naming the text and the known statistics
     */
    public static Ranking parse(String text) {
        String v = text.trim().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        switch (v) {
            case "net": case "netprofit": case "profit": return NET_PROFIT;
            case "return": case "netreturn": return NET_RETURN;
            case "sharpe": case "sharpeannualised": case "sharpeannualized": return SHARPE;
            case "pf": case "profitfactor": return PROFIT_FACTOR;
            case "winrate": return WIN_RATE;
            case "expectancy": return EXPECTANCY;
            case "expectancyr": return EXPECTANCY_R;
            case "drawdown": case "dd": case "maxdrawdown": return MAX_DRAWDOWN;
            case "trades": return TRADES;
            default:
                break;
        }
        StringBuilder known = new StringBuilder();
        for (Ranking r : values()) known.append(known.length() == 0 ? "" : ", ").append(r.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        throw new IllegalArgumentException("unknown ranking statistic '" + text + "'; known: " + known);
    }
}
