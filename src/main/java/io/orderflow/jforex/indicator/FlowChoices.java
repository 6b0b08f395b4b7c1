package io.orderflow.jforex.indicator;

import io.orderflow.flow.AggressorMethod;
import io.orderflow.flow.DeltaReset;
import io.orderflow.flow.VolumeProxy;

/**
 * The choices the flow indicators offer in their option lists, by index (JForex list options are
 * integers): how a quote tick's side is inferred, which volume stands in for traded volume, when
 * cumulative delta restarts. Dukascopy ticks carry no trades, so every delta is an inference; the
 * method and proxy are shown in the indicator's output name.
 */
public final class FlowChoices {
    private FlowChoices() {
    }

    /** Side inference for quote ticks, in list order. */
    public static final AggressorMethod[] METHODS = {AggressorMethod.MID_TICK_RULE, AggressorMethod.QUOTE_CHANGE};

    /** Volume proxies for quote ticks, in list order. */
    public static final VolumeProxy[] PROXIES = {VolumeProxy.TICK_COUNT, VolumeProxy.QUOTED_SIZE_CHANGE,
            VolumeProxy.TOP_OF_BOOK_SIZE};

    /** Cumulative-delta resets, in list order. */
    public static final DeltaReset[] RESETS = {DeltaReset.FX_DAY, DeltaReset.UTC_DAY, DeltaReset.NEVER};

    /** Names shown in the method list. */
    public static String[] methodNames() {
        String[] s = new String[METHODS.length];
        for (int i = 0; i < s.length; i++) s[i] = METHODS[i].label();
        return s;
    }

    /** Names shown in the volume list. */
    public static String[] proxyNames() {
        String[] s = new String[PROXIES.length];
        for (int i = 0; i < s.length; i++) s[i] = PROXIES[i].label();
        return s;
    }

    /** Names shown in the reset list. */
    public static String[] resetNames() {
        return new String[] {"FX day (17:00 New York)", "UTC day", "none"};
    }

    /** Indices 0..n-1 for an integer list option. */
    public static int[] indices(int n) {
        int[] v = new int[n];
        for (int i = 0; i < n; i++) v[i] = i;
        return v;
    }

    /** The list element at {@code index}, clamped to the list (a platform may hand back any integer). */
    public static <T> T pick(T[] list, int index) {
        return list[Math.max(0, Math.min(list.length - 1, index))];
    }

    /** "mid tick rule × tick count" as the output's name says it. */
    public static String provenance(AggressorMethod method, VolumeProxy proxy) {
        return method.label() + " x " + proxy.label();
    }
}
