package io.orderflow.execution;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What an entry is, as typed fields carried by the ENTER {@link OrderIntent} to the broker, the JForex
 * host and the trade journal: the setup that produced it, the order-flow verdict, the checks that
 * failed, and any further free key/value tags. Nothing parses it out of text: the reason text of an
 * intent is for people only.
 *
 * <p>The journal writes {@link #asMap()}: {@value #SETUP} (when known), {@value #CONFIRMED}
 * ({@code true}/{@code false}, when known), {@value #CHECKS} (when known) and the extra tags, sorted
 * by key. Extra tags may not use those three keys. That map is the journal's rendering only: code
 * that needs the setup, the verdict or the checks reads the typed accessors; {@link #value(String)}
 * is the one place where a tag chosen by name is resolved (typed keys through the typed fields).
 *
 * <p>Immutable; thread-safe. Allocated once per order, never per tick.
 */
public final class EntryTags {
    /** Journal key of the setup name. */
    public static final String SETUP = "setup";
    /** Journal key of the order-flow verdict ({@code true} = confirmed). */
    public static final String CONFIRMED = "orderflow_confirmed";
    /** Journal key of the failed checks (or "confirmed"). */
    public static final String CHECKS = "checks";

    /** The order-flow verdict of an entry. */
    public enum Confirmation {
        /** Not stated (an entry that did not come from a confirmed/unconfirmed signal). */
        UNKNOWN,
        CONFIRMED,
        UNCONFIRMED;

        /** CONFIRMED for true, UNCONFIRMED for false. */
        public static Confirmation of(boolean confirmed) {
            return confirmed ? CONFIRMED : UNCONFIRMED;
        }

        /** The journal value of tag {@value EntryTags#CONFIRMED}: "true", "false", or null for UNKNOWN. */
        public String journalValue() {
            return this == UNKNOWN ? null : Boolean.toString(this == CONFIRMED);
        }
    }

    /** No setup, no verdict, no checks, no extra tags. */
    public static final EntryTags NONE = new EntryTags(null, Confirmation.UNKNOWN, null,
            Collections.<String, String>emptySortedMap());

    private final String setup;
    private final Confirmation confirmation;
    private final String checks;
    private final SortedMap<String, String> extra;

    private EntryTags(String setup, Confirmation confirmation, String checks, SortedMap<String, String> extra) {
        this.setup = setup;
        this.confirmation = Objects.requireNonNull(confirmation, "confirmation");
        this.checks = checks;
        this.extra = extra;
    }

    /**
     * An entry of {@code setup} (e.g. {@code "TREND"}; null = not stated) with its verdict and the
     * description of its failed checks ({@code "confirmed"} when none failed; null = not stated).
     */
    public static EntryTags of(String setup, Confirmation confirmation, String checks) {
        return new EntryTags(emptyToNull(setup), confirmation, emptyToNull(checks),
                Collections.<String, String>emptySortedMap());
    }

    /**
     * This plus the extra tag {@code key=value} (replacing an extra tag of the same key).
     *
     * @throws IllegalArgumentException for an empty key, a null value, or one of the typed keys
     *                                  {@value #SETUP}, {@value #CONFIRMED}, {@value #CHECKS}
     */
    public EntryTags with(String key, String value) {
        if (key == null || key.isEmpty() || value == null) {
            throw new IllegalArgumentException("tag " + key + "=" + value + ": key and value are required");
        }
        if (SETUP.equals(key) || CONFIRMED.equals(key) || CHECKS.equals(key)) {
            throw new IllegalArgumentException("tag '" + key + "' is a typed field of the entry: use EntryTags.of");
        }
        TreeMap<String, String> m = new TreeMap<String, String>(extra);
        m.put(key, value);
        return new EntryTags(setup, confirmation, checks, Collections.unmodifiableSortedMap(m));
    }

    /** The setup's name, or null when not stated. */
    public String setup() { return setup; }

    /** The order-flow verdict. */
    public Confirmation confirmation() { return confirmation; }

    /** The failed checks as text ({@code "confirmed"} when none), or null when not stated. */
    public String checks() { return checks; }

    /** The extra tags, sorted by key (unmodifiable). */
    public SortedMap<String, String> extra() { return extra; }

    /** Everything as journal tags, sorted by key (a new modifiable map). */
    public SortedMap<String, String> asMap() {
        TreeMap<String, String> m = new TreeMap<String, String>(extra);
        if (setup != null) m.put(SETUP, setup);
        String verdict = confirmation.journalValue();
        if (verdict != null) m.put(CONFIRMED, verdict);
        if (checks != null) m.put(CHECKS, checks);
        return m;
    }

    /**
     * The journal value of the tag named {@code key}, as {@link #asMap()} would give it: for
     * {@value #SETUP}, {@value #CONFIRMED} and {@value #CHECKS} the typed field's rendering (never an
     * extra tag), for any other key the extra tag; null when absent. For code that lets a user choose
     * a tag by name; code that knows which field it needs reads the typed accessor instead.
     */
    public String value(String key) {
        if (SETUP.equals(key)) return setup;
        if (CONFIRMED.equals(key)) return confirmation.journalValue();
        if (CHECKS.equals(key)) return checks;
        return extra.get(key);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof EntryTags)) return false;
        EntryTags t = (EntryTags) o;
        return Objects.equals(setup, t.setup) && confirmation == t.confirmation && Objects.equals(checks, t.checks)
                && extra.equals(t.extra);
    }

    @Override
    public int hashCode() {
        return Objects.hash(setup, confirmation, checks, extra);
    }

    @Override
    public String toString() {
        return asMap().toString();
    }
}
