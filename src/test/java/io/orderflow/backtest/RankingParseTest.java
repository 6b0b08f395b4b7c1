package io.orderflow.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link Ranking#parse}: the one reader of statistic names (the CLI's --rank-by binds to it). */
class RankingParseTest {
    @Test
    void shortFormsConstantNamesAndFigureNamesInAnyCase() {
        String[][] cases = {
                {"net", "NET_PROFIT"}, {"profit", "NET_PROFIT"}, {"netProfit", "NET_PROFIT"},
                {"return", "NET_RETURN"}, {"net-return", "NET_RETURN"}, {"NET_RETURN", "NET_RETURN"},
                {"sharpe", "SHARPE"}, {"sharpeAnnualized", "SHARPE"}, {" Sharpe ", "SHARPE"},
                {"pf", "PROFIT_FACTOR"}, {"profit_factor", "PROFIT_FACTOR"},
                {"winRate", "WIN_RATE"}, {"expectancy", "EXPECTANCY"}, {"expectancyR", "EXPECTANCY_R"},
                {"dd", "MAX_DRAWDOWN"}, {"drawdown", "MAX_DRAWDOWN"}, {"max-drawdown", "MAX_DRAWDOWN"},
                {"TRADES", "TRADES"}};
        for (String[] c : cases) assertEquals(Ranking.valueOf(c[1]), Ranking.parse(c[0]), c[0]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Ranking.parse("luck"));
        assertTrue(e.getMessage().startsWith("unknown ranking statistic 'luck'; known: net-return"), e.getMessage());
    }
}
