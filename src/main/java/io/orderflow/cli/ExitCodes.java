package io.orderflow.cli;

/**
 * Exit codes of every command, so scripts can tell what went wrong without reading the message.
 */
public final class ExitCodes {
    /** Done. */
    public static final int OK = 0;
    /**
     * A bug (an unexpected exception: one line on stderr, the stack trace in a file it names), or
     * out of memory (the message says how much to give).
     */
    public static final int INTERNAL = 1;
    /** The command line is wrong: unknown option or instrument, bad date, empty range, missing folder. */
    public static final int USAGE = 2;
    /** Bad input data under {@code --on-bad-input fail}; the message names the file and record. */
    public static final int BAD_DATA = 3;
    /** A download failed after its retries, or a local file could not be read or written. */
    public static final int IO = 4;

    /** The table shown at the end of {@code --help}. */
    static final String HELP_FOOTER = "%nExit codes: " + OK + " done, " + USAGE + " usage error, " + BAD_DATA
            + " bad input data, " + IO + " download or file error, " + INTERNAL + " internal error.";

    private ExitCodes() {
    }
}
