package io.orderflow.data.feed;

/**
 * The datafeed's host cannot be resolved or reached at all (unknown host name, connection refused
 * or timed out, no route) before it answered anything in this run: retrying will not help, so the
 * client fails at once. The message names the host and the reason.
 */
public final class DatafeedUnreachableException extends DatafeedException {
    private static final long serialVersionUID = 1L;

    private final String host;

    public DatafeedUnreachableException(String url, String host, int attempts, String reason, Throwable cause) {
        super(url, attempts, -1, reason, cause);
        this.host = host;
    }

    /** The host name (and port, when not the default) that could not be reached. */
    public String host() { return host; }
}
