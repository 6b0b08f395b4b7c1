package io.orderflow.strategy.readings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class BarFootprintTest {
    private static List<String> stacks(BarFootprint f, double ratio, boolean ignoreZeros, int count) {
        List<String> out = new ArrayList<>();
        f.scanStacks(ratio, ignoreZeros, count, (k, lo, hi) -> out.add(k + " " + lo + ".." + hi));
        return out;
    }

    @Test
    void diagonalImbalanceFollowsTheNinjaTraderExample() {
        // orderflow-reference.md §b.9: ask (buy) 1000 at p, bid (sell) 300 one row below
        BarFootprint f = new BarFootprint(1, 64);
        f.add(100, +1, 1000);
        f.add(99, -1, 300);
        assertEquals(List.of("STACKED_BUY_IMBALANCE 100..101"), stacks(f, 1.5, true, 1));
        assertEquals(List.of(), stacks(f, 3.5, true, 1));
        BarFootprint z = new BarFootprint(1, 64);
        z.add(100, +1, 1000);
        assertEquals(List.of(), stacks(z, 1.5, true, 1));
        assertEquals(List.of("STACKED_BUY_IMBALANCE 100..101"), stacks(z, 1.5, false, 1));
    }

    @Test
    void threeAdjacentImbalancesMakeAZoneAndTwoDoNot() {
        BarFootprint f = new BarFootprint(10, 64);
        // rows 100..104 (points 1000..1049); buys dominate diagonally at rows 101,102,103
        double[] buy = {1, 6, 6, 6, 1};
        double[] sell = {2, 2, 2, 5, 5};
        for (int i = 0; i < 5; i++) {
            f.add(1000 + 10L * i, +1, buy[i]);
            f.add(1000 + 10L * i, -1, sell[i]);
        }
        // buy(101)=6 >= 3*sell(100)=6 yes; buy(102)=6>=3*2 yes; buy(103)=6 >= 3*sell(102)=6 yes; buy(104)=1 no
        assertEquals(List.of("STACKED_BUY_IMBALANCE 1010..1040"), stacks(f, 3, true, 3));
        assertEquals(List.of(), stacks(f, 3, true, 4));
        // sell(103)=5 >= 3*buy(104)=3 yes; sell(104)=5 vs buy(105)=0 ignored -> one sell imbalance only
        assertEquals(List.of("STACKED_SELL_IMBALANCE 1030..1040"), stacks(f, 3, true, 1).subList(1, 2));
        f.clear();
        assertEquals(List.of(), stacks(f, 3, true, 1));
    }
}
