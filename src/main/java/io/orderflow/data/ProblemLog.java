package io.orderflow.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Applies an {@link InputPolicy} and keeps the account of everything that was skipped: a count per
 * {@link Problem} and the first {@value #MAX_SAMPLES} messages verbatim. Nothing is dropped
 * without being counted here. Not thread-safe; one per reading thread.
 */
public final class ProblemLog {
    /** Messages kept verbatim; the rest are only counted. */
    public static final int MAX_SAMPLES = 50;

    private final InputPolicy policy;
    private final long[] counts = new long[Problem.values().length];
    private final List<String> samples = new ArrayList<>();

    public ProblemLog(InputPolicy policy) {
        this.policy = policy;
    }

    /** A log that fails at the first problem. */
    public static ProblemLog failing() {
        return new ProblemLog(InputPolicy.FAIL);
    }

    /** A log that skips and counts. */
    public static ProblemLog skipping() {
        return new ProblemLog(InputPolicy.SKIP);
    }

    public InputPolicy policy() { return policy; }

    /**
     * Reports a problem: throws it under {@link InputPolicy#FAIL}, counts it under
     * {@link InputPolicy#SKIP}.
     */
    public void report(DataFormatException problem) throws DataFormatException {
        if (policy == InputPolicy.FAIL) throw problem;
        counts[problem.problem().ordinal()]++;
        if (samples.size() < MAX_SAMPLES) samples.add(problem.getMessage());
    }

    /** Convenience for {@link #report(DataFormatException)}. */
    public void report(String source, long record, Problem kind, String detail) throws DataFormatException {
        report(new DataFormatException(source, record, kind, detail));
    }

    /** Count of skipped problems of one kind. */
    public long count(Problem kind) { return counts[kind.ordinal()]; }

    /** Count of all skipped problems. */
    public long total() {
        long t = 0;
        for (long c : counts) t += c;
        return t;
    }

    /** Non-zero counts by kind. */
    public Map<Problem, Long> counts() {
        Map<Problem, Long> m = new EnumMap<>(Problem.class);
        for (Problem p : Problem.values()) {
            if (counts[p.ordinal()] > 0) m.put(p, counts[p.ordinal()]);
        }
        return m;
    }

    /** The first messages, verbatim. */
    public List<String> samples() { return Collections.unmodifiableList(samples); }

    /** One line: "no problems" or counts by kind. */
    public String summary() {
        long total = total();
        if (total == 0) return "no problems";
        return total + " skipped: " + counts();
    }
}
