package io.orderflow.data.feed;

/**
 * What the datafeed answered for one file, after retries: the verified body, an empty body, or
 * "not found". Thread-safe (immutable; the body array is not copied and must not be modified).
 */
public final class FetchResult {
    /** The kind of answer. */
    public enum Status {
        /** HTTP 200 with a body that decodes as whole records. */
        DATA,
        /** HTTP 200 with an empty body (or 204): the period has no ticks or candles. */
        EMPTY,
        /**
         * HTTP 404: the datafeed has no such file. Dukascopy answers this way for periods without
         * data (weekends, holidays, before an instrument's history starts) — and for periods that
         * have not been published yet.
         */
        NOT_FOUND
    }

    private static final byte[] NONE = new byte[0];

    private final String url;
    private final Status status;
    private final byte[] body;
    private final int attempts;

    FetchResult(String url, Status status, byte[] body, int attempts) {
        this.url = url;
        this.status = status;
        this.body = body == null ? NONE : body;
        this.attempts = attempts;
    }

    public String url() { return url; }

    public Status status() { return status; }

    /** The compressed file as served (empty unless {@link Status#DATA}). */
    public byte[] body() { return body; }

    /** Attempts it took (1 = no retry). */
    public int attempts() { return attempts; }

    @Override
    public String toString() {
        return url + " -> " + status + " (" + body.length + " bytes, " + attempts + " attempts)";
    }
}
