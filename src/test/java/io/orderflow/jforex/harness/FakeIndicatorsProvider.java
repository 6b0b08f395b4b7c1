package io.orderflow.jforex.harness;

import java.io.File;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.dukascopy.api.JFException;
import com.dukascopy.api.indicators.IIndicator;
import com.dukascopy.api.indicators.IIndicatorContext;
import com.dukascopy.api.indicators.IIndicatorsProvider;
import com.dukascopy.api.indicators.IStopListener;

/**
 * The platform's indicator registry as indicators see it (test double):
 * <ul>
 * <li>a custom indicator is found by {@code getIndicator(name)} only after it was registered
 * ("custom indicators must be registered first": wiki "Use custom indicator in strategies";
 * {@code CustomIndicators.java}); an unknown name gives null;</li>
 * <li>{@code addIndicatorStopListener} keeps the listener, and {@link #remove} (the user removes the
 * indicator from the chart) calls it ({@code IIndicatorsProvider.java}, addIndicatorStopListener).</li>
 * </ul>
 * Thread-safe.
 */
public final class FakeIndicatorsProvider implements IIndicatorsProvider {
    private final Map<String, Supplier<IIndicator>> registered = new LinkedHashMap<>();
    private final Map<IIndicator, List<IStopListener>> stopListeners = new LinkedHashMap<>();

    /** Registers a custom indicator under {@code name} (as {@code registerUserIndicator} does for a compiled file). */
    public synchronized void register(String name, Supplier<IIndicator> factory) {
        registered.put(name, factory);
    }

    /** The user removes {@code indicator} from the chart: its stop listeners are told. Returns how many. */
    public int remove(IIndicator indicator) {
        List<IStopListener> ls;
        synchronized (this) {
            ls = stopListeners.remove(indicator);
        }
        if (ls == null) return 0;
        for (IStopListener l : ls) l.onStop();
        return ls.size();
    }

    public synchronized int stopListeners(IIndicator indicator) {
        List<IStopListener> ls = stopListeners.get(indicator);
        return ls == null ? 0 : ls.size();
    }

    @Override
    public synchronized void addIndicatorStopListener(IIndicator indicator, IStopListener stopListener) {
        stopListeners.computeIfAbsent(indicator, k -> new ArrayList<>()).add(stopListener);
    }

    @Override
    public synchronized IIndicator getIndicator(String name) {
        Supplier<IIndicator> f = registered.get(name);
        return f == null ? null : f.get();
    }

    @Override
    public IIndicator getIndicator(String name, IIndicatorContext context) {
        IIndicator i = getIndicator(name);
        if (i != null) i.onStart(context);
        return i;
    }

    @Override
    public synchronized Collection<String> getAllNames() { return new ArrayList<>(registered.keySet()); }

    @Override
    public Collection<String> getGroups() { return List.of("Order flow"); }

    @Override
    public Collection<String> getNames(String groupName) { return getAllNames(); }

    @Override
    public synchronized boolean isEnabledOnCharts(String indicatorName) { return registered.containsKey(indicatorName); }

    @Override
    public String getTitle(String name) { return name; }

    @Override
    public String registerUserIndicator(File compiledCustomIndicatorFile) throws JFException {
        throw new JFException("not emulated: register with register(name, factory)");
    }
}
