package io.orderflow.data.feed;

import java.io.IOException;

/**
 * A datafeed file could not be fetched: the last attempt failed (after retries, when the failure
 * was one worth retrying) or the server refused it outright. The message names the URL, the number
 * of attempts and the last reason.
 */
public class DatafeedException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String url;
    private final int attempts;
    private final int httpStatus;

    /**
     * @param httpStatus the last HTTP status, or -1 when the last attempt got no HTTP answer
     */
    public DatafeedException(String url, int attempts, int httpStatus, String reason, Throwable cause) {
        super(url + ": " + reason + " (" + attempts + (attempts == 1 ? " attempt)" : " attempts)"), cause);
        this.url = url;
        this.attempts = attempts;
        this.httpStatus = httpStatus;
    }

    /** The URL that failed. */
    public String url() { return url; }

    /** Attempts made, including the last. */
    public int attempts() { return attempts; }

    /** Last HTTP status, or -1 when there was none (connection failure, timeout, bad body). */
    public int httpStatus() { return httpStatus; }
}
