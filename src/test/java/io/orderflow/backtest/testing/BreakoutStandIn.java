package io.orderflow.backtest.testing;

import io.orderflow.backtest.BacktestStrategy;
import io.orderflow.backtest.StrategyContext;
import io.orderflow.execution.CloseReason;
import io.orderflow.execution.EntryTags;
import io.orderflow.execution.ExecutionListener;
import io.orderflow.execution.OrderIntent;
import io.orderflow.execution.TradeSide;
import io.orderflow.market.Bar;
import io.orderflow.market.Tick;

/**
 * A test stand-in for the strategy engine: a channel breakout on bar closes. When a bar's bid close
 * breaks the highest bid high (lowest low) of the previous {@code lookback} bars it enters long
 * (short) with a stop {@code stopPoints} away from the close and a target {@code targetR} times
 * further; one position at a time. Every other trade is tagged orderflow_confirmed=true/false
 * (alternating) so that the confirmation table has both rows.
 */
public final class BreakoutStandIn implements BacktestStrategy, ExecutionListener {
    /** Parameters of the stand-in. */
    public record Params(int lookback, long stopPoints, double targetR, double amount) {
    }

    private final Params p;
    private final long[] highs;
    private final long[] lows;
    private int count;
    private StrategyContext ctx;
    private boolean inPosition;
    private int seq;

    public BreakoutStandIn(Params p) {
        this.p = p;
        this.highs = new long[p.lookback()];
        this.lows = new long[p.lookback()];
    }

    @Override
    public void onStart(StrategyContext context) {
        this.ctx = context;
    }

    @Override
    public void onBar(Bar bar) {
        if (count >= p.lookback() && !inPosition) {
            long hi = Long.MIN_VALUE;
            long lo = Long.MAX_VALUE;
            for (int i = 0; i < p.lookback(); i++) {
                hi = Math.max(hi, highs[i]);
                lo = Math.min(lo, lows[i]);
            }
            long close = bar.bidClose();
            long target = Math.round(p.stopPoints() * p.targetR());
            if (close > hi) {
                enter(TradeSide.LONG, close - p.stopPoints(), bar.askClose() + target, bar.endMs(), "breakout up");
            } else if (close < lo) {
                enter(TradeSide.SHORT, bar.askClose() + p.stopPoints(), close - target, bar.endMs(), "breakout down");
            }
        }
        highs[count % p.lookback()] = bar.bidHigh();
        lows[count % p.lookback()] = bar.bidLow();
        count++;
    }

    private void enter(TradeSide side, long stop, long target, long timeMs, String reason) {
        EntryTags tags = EntryTags.of(null, EntryTags.Confirmation.of(seq % 2 == 0), null);
        seq++;
        inPosition = true;
        ctx.port().submit(OrderIntent.enter("T" + seq, ctx.instrument().symbol(), side, p.amount(), stop, target, timeMs,
                reason, tags));
    }

    @Override
    public void onTick(Tick tick) {
    }

    /** Hears its own outcomes. */
    @Override
    public ExecutionListener outcomes() {
        return this;
    }

    @Override
    public void onFilled(String label, long timeMs, long pricePoints, double amount) {
    }

    @Override
    public void onRejected(String label, long timeMs, OrderIntent.Kind kind, String reason) {
        if (kind == OrderIntent.Kind.ENTER) inPosition = false;
    }

    @Override
    public void onModified(String label, long timeMs, long stopPoints, long targetPoints) {
    }

    @Override
    public void onClosed(String label, long timeMs, long pricePoints, CloseReason reason, double profitLoss) {
        inPosition = false;
    }
}
