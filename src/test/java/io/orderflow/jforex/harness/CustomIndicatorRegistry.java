package io.orderflow.jforex.harness;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.dukascopy.api.IIndicators;
import com.dukascopy.api.JFException;
import com.dukascopy.api.indicators.IIndicator;

/**
 * The platform's custom indicators as a strategy sees them through {@code IIndicators} (test only):
 * a custom indicator "must be registered first" (wiki "Use Custom Indicator in Strategies"), so
 * {@code getIndicator(name)} returns null until {@code registerCustomIndicator(File)} registered
 * its compiled {@code .jfx}; registering a file that does not exist throws ("when indicator does not
 * exist", {@code IIndicators.java}) and returns "the name of registered indicator". The compiled
 * files are declared with {@link #compiled}. Other {@code IIndicators} calls answer Mockito's
 * defaults. Not thread-safe.
 */
public final class CustomIndicatorRegistry {
    private final Map<String, String> nameByPath = new LinkedHashMap<>();
    private final Map<String, IIndicator> byName = new LinkedHashMap<>();
    private final Set<String> registered = new LinkedHashSet<>();
    private final List<File> registrations = new ArrayList<>();
    private final IIndicators indicators = mock(IIndicators.class);

    public CustomIndicatorRegistry() {
        try {
            when(indicators.getIndicator(anyString())).thenAnswer(inv -> {
                String name = inv.getArgument(0);
                return registered.contains(name) ? byName.get(name) : null;
            });
            when(indicators.registerCustomIndicator(any(File.class))).thenAnswer(inv -> {
                File f = inv.getArgument(0);
                registrations.add(f);
                String name = nameByPath.get(f.getAbsolutePath());
                if (!f.isFile() || name == null) {
                    throw new JFException("indicator " + f + " does not exist or is not a compiled indicator");
                }
                registered.add(name);
                return name;
            });
        } catch (JFException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code jfx} is the compiled file of the indicator registering as {@code name}; the file must exist when registered. */
    public CustomIndicatorRegistry compiled(File jfx, String name, IIndicator indicator) {
        nameByPath.put(jfx.getAbsolutePath(), name);
        byName.put(name, indicator);
        return this;
    }

    /** The {@code IIndicators} to hand to {@link FakePlatform#setIndicators}. */
    public IIndicators indicators() { return indicators; }

    /** Every {@code registerCustomIndicator(File)} call, in order. */
    public List<File> registrations() { return registrations; }

    /** Names registered so far. */
    public Set<String> registered() { return registered; }
}
