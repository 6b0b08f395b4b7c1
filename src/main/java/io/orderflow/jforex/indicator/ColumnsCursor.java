package io.orderflow.jforex.indicator;

import io.orderflow.market.TickColumns;
import io.orderflow.market.Tick;
import io.orderflow.market.TickCursor;

/** A {@link TickCursor} over the ticks of a {@link TickColumns}. Not thread-safe. */
final class ColumnsCursor implements TickCursor {
    private final TickColumns ticks;
    private int i;

    ColumnsCursor(TickColumns ticks) {
        this.ticks = ticks;
    }

    @Override
    public boolean next(Tick into) {
        if (i >= ticks.size()) return false;
        ticks.load(i++, into);
        return true;
    }

    @Override
    public void close() {
    }
}
