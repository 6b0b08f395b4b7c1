package io.orderflow.strategy.setup;

import io.orderflow.market.Bar;
import io.orderflow.strategy.config.PriceSide;
import io.orderflow.strategy.config.StrategyConfig;
import io.orderflow.strategy.readings.OrderFlowSnapshot;
import io.orderflow.strategy.ta4j.BarSeriesFeed;
import io.orderflow.strategy.ta4j.OrderFlowHistory;
import io.orderflow.strategy.ta4j.TechnicalIndicators;

/** A ta4j series of hand-made one-minute bars (close ± 5 points, spread 2) and a context over it. */
final class SyntheticBars {
    final BarSeriesFeed feed = new BarSeriesFeed("EURUSD", PriceSide.BID, 400);
    final OrderFlowHistory history = new OrderFlowHistory(feed.series(), 400);
    final TechnicalIndicators ta;
    final BarContext ctx = new BarContext();
    final OrderFlowSnapshot flow = new OrderFlowSnapshot();
    private long time = 1_549_238_400_000L;

    SyntheticBars(StrategyConfig config) {
        ta = new TechnicalIndicators(feed.series(), config);
        ctx.flow = flow;
        ctx.history = history;
        ctx.ta = ta;
    }

    /** Adds a bar closing at {@code close} (bid) with the current {@link #flow} readings; updates the context. */
    BarContext add(long close) {
        return add(close, close + 5, close - 5);
    }

    BarContext add(long close, long high, long low) {
        Bar b = new Bar(time, time + 60_000, close, high, low, close, close + 2, high + 2, low + 2, close + 2, 1, 1, 10);
        time += 60_000;
        int i = feed.add(b);
        history.append(i, flow, close);
        ta.update(i);
        ctx.index = i;
        ctx.bar = b;
        ctx.close = close;
        ctx.high = high;
        ctx.low = low;
        ctx.atr = ta.atr();
        return ctx;
    }
}
