package io.orderflow.data.binance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Comparator;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import io.orderflow.testing.Seeds;

class PriceLevelsTest {
    @Test
    void randomSetsAndDeletesKeepTheSameOrderedBookAsATreeMap() {
        for (boolean bids : new boolean[] {true, false}) {
            long seed = bids ? 11 : 12;
            Random r = Seeds.random(seed);
            PriceLevels side = new PriceLevels(bids, 4);
            Comparator<Long> order = bids ? Comparator.reverseOrder() : Comparator.naturalOrder();
            TreeMap<Long, Double> ref = new TreeMap<>(order);
            for (int i = 0; i < 50_000; i++) {
                long p = 1000 + r.nextInt(300);
                double s = r.nextInt(3) == 0 ? 0 : 1 + r.nextInt(50);
                boolean existed = ref.containsKey(p);
                boolean result = side.set(p, s);
                if (s == 0) {
                    ref.remove(p);
                    assertEquals(existed, result, "seed " + seed);
                } else {
                    ref.put(p, s);
                }
                if (i % 997 == 0 || i == 49_999) {
                    assertEquals(ref.size(), side.size(), "seed " + seed + " step " + i);
                    int k = 0;
                    for (Map.Entry<Long, Double> e : ref.entrySet()) {
                        assertEquals(e.getKey().longValue(), side.price(k), "seed " + seed);
                        assertEquals(e.getValue(), side.sizeAt(k), 0.0);
                        k++;
                    }
                    assertEquals(ref.getOrDefault(1100L, 0.0), side.sizeOf(1100), 0.0);
                }
            }
        }
    }
}
