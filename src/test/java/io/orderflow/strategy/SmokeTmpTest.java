package io.orderflow.strategy;

import java.util.List;
import org.junit.jupiter.api.Test;
import io.orderflow.market.*;
import io.orderflow.strategy.config.*;

class SmokeTmpTest {
    @Test
    void run() throws Exception {
        for (String sym : new String[] {"EURUSD", "GBPJPY"}) {
            List<Tick> ticks = sym.equals("EURUSD") ? ScenarioData.eurusd() : ScenarioData.gbpjpy();
            StrategyConfig c = StrategyConfig.builder().set("instrument", sym)
                .set("account.quoteToAccountRate", sym.equals("GBPJPY") ? 0.0121 : 0.0)
                .set("risk.maxSpreadPips", sym.equals("GBPJPY") ? 6.0 : 2.0).build();
            FakeBroker b = FakeBroker.perfect(c.instrument(), sym.equals("GBPJPY") ? 0.0121 : 1);
            StrategyEngine e = new StrategyEngine(c, b);
            b.setListener(e);
            long t0 = System.nanoTime();
            for (Tick t : ticks) { b.onTick(t); e.onTick(t); }
            e.finish();
            System.out.println(sym + " ticks " + ticks.size() + " bars " + e.barsClosed() + " intents " + b.intents.size() + " in " + (System.nanoTime()-t0)/1e6 + " ms; equity " + e.equity());
            System.out.println(e.lastReadings());
            System.out.println(e.stats().report());
        }
    }
}
