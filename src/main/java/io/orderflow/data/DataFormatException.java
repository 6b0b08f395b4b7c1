package io.orderflow.data;

import java.io.IOException;

/**
 * Bad input: names the source (file, URL or resource), the record or line where it was found,
 * and the kind of problem. Records and lines are counted from 1; 0 means the whole source.
 */
public class DataFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final long record;
    private final Problem problem;

    public DataFormatException(String source, long record, Problem problem, String detail) {
        this(source, record, problem, detail, null);
    }

    public DataFormatException(String source, long record, Problem problem, String detail, Throwable cause) {
        super(format(source, record, problem, detail), cause);
        this.source = source;
        this.record = record;
        this.problem = problem;
    }

    private static String format(String source, long record, Problem problem, String detail) {
        return source + (record > 0 ? ": record " + record : "") + ": " + problem + ": " + detail;
    }

    /** File, URL or resource name. */
    public String source() { return source; }

    /** Record or line number counted from 1; 0 for the whole source. */
    public long record() { return record; }

    public Problem problem() { return problem; }
}
