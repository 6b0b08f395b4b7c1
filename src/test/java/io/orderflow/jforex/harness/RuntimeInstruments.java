package io.orderflow.jforex.harness;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

import com.dukascopy.api.Instrument;

/**
 * The platform's runtime override of an instrument's order amounts (test only). JForex's
 * {@code Instrument} constructor gives defaults for the minimum amount, the amount increment and the
 * amount per contract that "may be overridden in runtime after instrument subscription"
 * (API 2.13.63 {@code Instrument.java}); the facade's constants carry the defaults, and this class
 * sets other values on the shared constant objects the way the platform would, remembering the old
 * ones. {@link #close()} restores them — always close it (the constants are shared by every test).
 * Not thread-safe.
 */
public final class RuntimeInstruments implements AutoCloseable {
    private static final class Saved {
        final Instrument instrument;
        final String field;
        final double value;

        Saved(Instrument instrument, String field, double value) {
            this.instrument = instrument;
            this.field = field;
            this.value = value;
        }
    }

    private final List<Saved> saved = new ArrayList<>();

    /**
     * Sets {@code instrument}'s minimum amount and increment, in contracts (JForex's unit:
     * {@code getMinTradeAmount()} is "Minimal trade amount in contracts").
     */
    public RuntimeInstruments amounts(Instrument instrument, double minContracts, double incrementContracts) {
        set(instrument, "minTradeAmount", minContracts);
        set(instrument, "tradeAmountIncrement", incrementContracts);
        return this;
    }

    private void set(Instrument instrument, String name, double value) {
        try {
            Field f = Instrument.class.getDeclaredField(name);
            f.setAccessible(true);
            saved.add(new Saved(instrument, name, f.getDouble(instrument)));
            f.setDouble(instrument, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the facade's Instrument has no field " + name, e);
        }
    }

    @Override
    public void close() {
        for (int i = saved.size() - 1; i >= 0; i--) {
            Saved s = saved.get(i);
            try {
                Field f = Instrument.class.getDeclaredField(s.field);
                f.setAccessible(true);
                f.setDouble(s.instrument, s.value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        saved.clear();
    }
}
