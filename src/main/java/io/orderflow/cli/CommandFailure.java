package io.orderflow.cli;

/**
 * A command cannot finish for a reason that is neither a usage error nor an exception of the data or
 * network layers (e.g. the range holds no ticks at all): {@link Main} prints the message on one
 * line and exits with {@link #exitCode()}.
 */
public final class CommandFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    public CommandFailure(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    /** One of {@link ExitCodes}. */
    public int exitCode() { return exitCode; }
}
