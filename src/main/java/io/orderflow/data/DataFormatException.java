package io.orderflow.data;

import java.io.IOException;

/**
 * Bad input: names the source (file, URL or resource), the record or line where it was found,
 * and the kind of problem. Records and lines are counted from 1; 0 means the whole source.
 * Binary readers name records ({@code "file: record 12: ..."}), text readers name lines
 * ({@code "file: line 12: ..."}, see {@link #atLine}).
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
        this(source, record, "record", problem, detail, cause);
    }

    private DataFormatException(String source, long record, String unit, Problem problem, String detail,
                                Throwable cause) {
        super(format(source, record, unit, problem, detail), cause);
        this.source = source;
        this.record = record;
        this.problem = problem;
    }

    /** A problem in a text source, located by its 1-based line number (0 for the whole source). */
    public static DataFormatException atLine(String source, long line, Problem problem, String detail,
                                             Throwable cause) {
        return new DataFormatException(source, line, "line", problem, detail, cause);
    }

    private static String format(String source, long record, String unit, Problem problem, String detail) {
        return source + (record > 0 ? ": " + unit + " " + record : "") + ": " + problem + ": " + detail;
    }

    /** File, URL or resource name. */
    public String source() { return source; }

    /** Record or line number counted from 1; 0 for the whole source. */
    public long record() { return record; }

    public Problem problem() { return problem; }
}
