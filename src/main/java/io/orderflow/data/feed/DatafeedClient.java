package io.orderflow.data.feed;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.MalformedURLException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.net.UnknownHostException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

import io.orderflow.data.Bi5Decoder;
import io.orderflow.data.DataFormatException;
import io.orderflow.data.TimeSource;

/**
 * Fetches single files from the Dukascopy datafeed over HTTP(S) ({@link HttpURLConnection}), with
 * retries, and hands back only bodies that are complete and decode.
 *
 * <p>Per attempt: a 200 body is read fully; when the server sent a {@code Content-Length} the body
 * must have exactly that many bytes; then it must decode as whole records ({@link Bi5Verifier}).
 * What is retried, with {@link RetryPolicy} backoff: connection failures and timeouts, a body that
 * ends early or does not decode, HTTP 5xx, and HTTP 429 (waiting at least the server's
 * {@code Retry-After}, in seconds or as an HTTP date). A 404 is an answer, not a failure
 * ({@link FetchResult.Status#NOT_FOUND}); an empty 200 body means "no data"
 * ({@link FetchResult.Status#EMPTY}). Any other status (403, 301 to another protocol, …) fails at
 * once. After the last attempt a {@link DatafeedException} names the URL and the last reason.
 * Until the host has answered once, a host name that does not resolve, a refused or timed-out
 * connection or a missing route fails at once with a {@link DatafeedUnreachableException}: without
 * network, or with a wrong address, retries only delay the message.
 *
 * <p>Proxies follow the JVM's standard {@code https.proxyHost}/{@code https.proxyPort} properties.
 * Thread-safe: one client may serve many downloading threads; an interrupted thread stops between
 * attempts and between reads with an {@link InterruptedIOException}. The pause between two attempts
 * and the "now" an HTTP-date {@code Retry-After} is measured from come from the client's
 * {@link TimeSource} ({@link TimeSource#SYSTEM} unless a test injects another); connect and read
 * timeouts are the sockets' own.
 */
public final class DatafeedClient {
    /** Dukascopy's public datafeed. */
    public static final String DEFAULT_BASE_URL = "https://datafeed.dukascopy.com/datafeed/";
    /** Connect timeout unless configured, ms. */
    public static final int DEFAULT_CONNECT_TIMEOUT_MS = 10_000;
    /** Read timeout (longest silence while waiting for bytes) unless configured, ms. */
    public static final int DEFAULT_READ_TIMEOUT_MS = 30_000;

    private final String baseUrl;
    private final int connectTimeoutMs;
    private final int readTimeoutMs;
    private final RetryPolicy retry;
    private final String userAgent;
    private final RetryListener retryListener;
    private final TimeSource time;
    /** Whether the host gave any HTTP answer yet; until then an unreachable host fails at once. */
    private volatile boolean answered;

    private DatafeedClient(Builder b) {
        this.baseUrl = b.baseUrl;
        this.connectTimeoutMs = b.connectTimeoutMs;
        this.readTimeoutMs = b.readTimeoutMs;
        this.retry = b.retry;
        this.userAgent = b.userAgent;
        this.retryListener = b.retryListener;
        this.time = b.time;
    }

    /** A client for {@link #DEFAULT_BASE_URL} with default timeouts and retries. */
    public static DatafeedClient createDefault() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Base URL, ending in '/'. */
    public String baseUrl() { return baseUrl; }

    public RetryPolicy retryPolicy() { return retry; }

    /** Full URL of a datafeed-relative path. */
    public String urlOf(String relativePath) {
        return baseUrl + relativePath;
    }

    /**
     * Fetches one file, retrying as described in the class comment.
     *
     * @throws DatafeedException       after the last attempt, or at once for a status not worth retrying
     * @throws InterruptedIOException  when the calling thread is interrupted
     */
    public FetchResult fetch(DatafeedFile file) throws IOException {
        String url = urlOf(file.path());
        int max = retry.maxAttempts();
        for (int attempt = 1; ; attempt++) {
            checkInterrupted(url);
            RetryableFailure failure;
            try {
                return attempt(url, file, attempt);
            } catch (RetryableFailure f) {
                failure = f;
            }
            if (attempt >= max) {
                throw new DatafeedException(url, attempt, failure.status,
                        (max > 1 ? "gave up, last error: " : "") + failure.getMessage(), failure.getCause());
            }
            long delay = retry.delayMs(attempt, failure.retryAfterMs);
            retryListener.onRetry(url, attempt, max, delay, failure.getMessage());
            try {
                time.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw interrupted(url);
            }
        }
    }

    private FetchResult attempt(String url, DatafeedFile file, int attempt) throws IOException, RetryableFailure {
        HttpURLConnection c;
        int code;
        URL u = new URL(url);
        try {
            c = (HttpURLConnection) u.openConnection();
            c.setConnectTimeout(connectTimeoutMs);
            c.setReadTimeout(readTimeoutMs);
            c.setUseCaches(false);
            c.setInstanceFollowRedirects(true);
            c.setRequestProperty("User-Agent", userAgent);
            c.setRequestProperty("Accept-Encoding", "identity");
        } catch (IOException e) {
            throw new RetryableFailure("no answer: " + describe(e), -1, -1, e);
        }
        try {
            c.connect();
        } catch (IOException e) {
            if (!answered && !(e instanceof InterruptedIOException && Thread.currentThread().isInterrupted())
                    && (e instanceof UnknownHostException || e instanceof ConnectException
                    || e instanceof NoRouteToHostException || e instanceof SocketTimeoutException)) {
                String host = u.getHost() + (u.getPort() >= 0 ? ":" + u.getPort() : "");
                String why = e instanceof UnknownHostException ? "cannot resolve the host name " + u.getHost()
                        : e instanceof SocketTimeoutException ? "no connection to " + host + " within "
                        + connectTimeoutMs + " ms" : "cannot connect to " + host + " (" + describe(e) + ")";
                throw new DatafeedUnreachableException(url, host, attempt, why + "; not retried, the host never "
                        + "answered in this run", e);
            }
            throw new RetryableFailure("no answer: " + describe(e), -1, -1, e);
        }
        try {
            code = c.getResponseCode();
            answered = true;
        } catch (IOException e) {
            throw new RetryableFailure("no answer: " + describe(e), -1, -1, e);
        }
        try {
            if (code == HttpURLConnection.HTTP_OK) {
                byte[] body = readBody(c, url, attempt);
                if (body.length == 0) return new FetchResult(url, FetchResult.Status.EMPTY, null, attempt);
                try {
                    Bi5Verifier.verify(body, body.length, file.recordSize(), url);
                } catch (DataFormatException e) {
                    throw new RetryableFailure("body does not decode: " + e.getMessage(), code, -1, e);
                }
                return new FetchResult(url, FetchResult.Status.DATA, body, attempt);
            }
            drainError(c);
            if (code == HttpURLConnection.HTTP_NO_CONTENT) {
                return new FetchResult(url, FetchResult.Status.EMPTY, null, attempt);
            }
            if (code == HttpURLConnection.HTTP_NOT_FOUND) {
                return new FetchResult(url, FetchResult.Status.NOT_FOUND, null, attempt);
            }
            String status = "HTTP " + code + message(c);
            if (code == 429 || code >= 500) {
                long retryAfter = parseRetryAfterMs(c.getHeaderField("Retry-After"), time.currentTimeMillis());
                throw new RetryableFailure(status + (retryAfter >= 0 ? ", Retry-After " + retryAfter + " ms" : ""),
                        code, retryAfter, null);
            }
            String location = c.getHeaderField("Location");
            throw new DatafeedException(url, attempt, code,
                    status + (location != null ? " to " + location : "") + " (not retried)", null);
        } finally {
            if (code != HttpURLConnection.HTTP_OK) c.disconnect();
        }
    }

    /** Reads the whole 200 body; a short body or a broken connection is retryable. */
    private byte[] readBody(HttpURLConnection c, String url, int attempt) throws IOException, RetryableFailure {
        long declared = c.getContentLengthLong();
        if (declared > Bi5Decoder.MAX_COMPRESSED_BYTES) {
            c.disconnect();
            throw new DatafeedException(url, attempt, HttpURLConnection.HTTP_OK,
                    "Content-Length " + declared + " exceeds " + Bi5Decoder.MAX_COMPRESSED_BYTES + " bytes", null);
        }
        byte[] buf = new byte[declared >= 0 ? (int) declared : 64 * 1024];
        int n = 0;
        boolean clean = false;
        InputStream in = null;
        try {
            in = c.getInputStream();
            while (true) {
                checkInterrupted(url);
                if (n == buf.length) {
                    if (declared >= 0) {
                        // Anything beyond the declared length is a protocol error; probe one byte.
                        if (in.read() >= 0) {
                            throw new RetryableFailure("body longer than Content-Length " + declared, 200, -1, null);
                        }
                        break;
                    }
                    if (buf.length >= Bi5Decoder.MAX_COMPRESSED_BYTES) {
                        throw new DatafeedException(url, attempt, 200,
                                "body exceeds " + Bi5Decoder.MAX_COMPRESSED_BYTES + " bytes", null);
                    }
                    buf = Arrays.copyOf(buf, Math.min(buf.length * 2, Bi5Decoder.MAX_COMPRESSED_BYTES));
                }
                int r = in.read(buf, n, buf.length - n);
                if (r < 0) break;
                n += r;
            }
            clean = true;
        } catch (InterruptedIOException e) {
            if (Thread.currentThread().isInterrupted()) throw e;
            throw new RetryableFailure("read timed out after " + n + " bytes: " + describe(e), 200, -1, e);
        } catch (IOException e) {
            if (e instanceof DatafeedException) throw e;
            throw new RetryableFailure("connection broke after " + n + " bytes: " + describe(e), 200, -1, e);
        } finally {
            if (in != null) {
                try {
                    in.close();
                } catch (IOException ignored) {
                    // The body is complete or already being discarded.
                }
            }
            if (!clean) c.disconnect();
        }
        if (declared >= 0 && n != declared) {
            c.disconnect();
            throw new RetryableFailure("body ended after " + n + " of " + declared + " bytes (Content-Length)", 200,
                    -1, null);
        }
        return n == buf.length ? buf : Arrays.copyOf(buf, n);
    }

    private static void drainError(HttpURLConnection c) {
        try {
            InputStream err = c.getErrorStream();
            if (err != null) {
                byte[] skip = new byte[4096];
                while (err.read(skip) >= 0) {
                    // discard
                }
                err.close();
            }
        } catch (IOException ignored) {
            // Only reading to free the connection; the status already says what happened.
        }
    }

    private static String message(HttpURLConnection c) {
        try {
            String m = c.getResponseMessage();
            return m == null || m.isEmpty() ? "" : " " + m;
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * A {@code Retry-After} value in ms from now: delta-seconds or an HTTP date; -1 when absent or
     * unreadable.
     */
    static long parseRetryAfterMs(String value, long nowMs) {
        if (value == null) return -1;
        String v = value.trim();
        if (v.isEmpty()) return -1;
        try {
            long seconds = Long.parseLong(v);
            return seconds < 0 ? -1 : Math.min(seconds, Long.MAX_VALUE / 1000) * 1000;
        } catch (NumberFormatException notSeconds) {
            try {
                long at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
                return Math.max(0, at - nowMs);
            } catch (DateTimeParseException notDate) {
                return -1;
            }
        }
    }

    private static void checkInterrupted(String url) throws InterruptedIOException {
        if (Thread.currentThread().isInterrupted()) throw interrupted(url);
    }

    private static InterruptedIOException interrupted(String url) {
        return new InterruptedIOException("interrupted while fetching " + url);
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    /** A failed attempt that is worth another try. */
    private static final class RetryableFailure extends Exception {
        private static final long serialVersionUID = 1L;
        final int status;
        final long retryAfterMs;

        RetryableFailure(String message, int status, long retryAfterMs, Throwable cause) {
            super(message, cause, false, false);
            this.status = status;
            this.retryAfterMs = retryAfterMs;
        }
    }

    /** Configuration of a {@link DatafeedClient}. Not thread-safe. */
    public static final class Builder {
        private String baseUrl = DEFAULT_BASE_URL;
        private int connectTimeoutMs = DEFAULT_CONNECT_TIMEOUT_MS;
        private int readTimeoutMs = DEFAULT_READ_TIMEOUT_MS;
        private RetryPolicy retry = RetryPolicy.DEFAULT;
        private String userAgent = "jforex-orderflow/" + version() + " (Java " + System.getProperty("java.version") + ")";
        private RetryListener retryListener = RetryListener.NONE;
        private TimeSource time = TimeSource.SYSTEM;

        private Builder() {
        }

        /** Datafeed root, http or https; a missing trailing '/' is added. */
        public Builder baseUrl(String url) {
            String u = url.endsWith("/") ? url : url + "/";
            try {
                String protocol = new URL(u).getProtocol().toLowerCase(Locale.ROOT);
                if (!protocol.equals("http") && !protocol.equals("https")) {
                    throw new IllegalArgumentException("datafeed URL must be http or https: " + url);
                }
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("not a URL: " + url, e);
            }
            this.baseUrl = u;
            return this;
        }

        public Builder connectTimeoutMs(int ms) {
            if (ms <= 0) throw new IllegalArgumentException("connect timeout must be > 0 ms");
            this.connectTimeoutMs = ms;
            return this;
        }

        public Builder readTimeoutMs(int ms) {
            if (ms <= 0) throw new IllegalArgumentException("read timeout must be > 0 ms");
            this.readTimeoutMs = ms;
            return this;
        }

        public Builder retryPolicy(RetryPolicy policy) {
            this.retry = policy;
            return this;
        }

        public Builder userAgent(String ua) {
            this.userAgent = ua;
            return this;
        }

        public Builder retryListener(RetryListener listener) {
            this.retryListener = listener == null ? RetryListener.NONE : listener;
            return this;
        }

        /**
         * The clock and sleep of the pause between attempts (tests: a fake that records the pauses);
         * {@link TimeSource#SYSTEM} unless set.
         */
        Builder timeSource(TimeSource source) {
            if (source == null) throw new IllegalArgumentException("time source must not be null");
            this.time = source;
            return this;
        }

        public DatafeedClient build() {
            return new DatafeedClient(this);
        }

        private static String version() {
            String v = DatafeedClient.class.getPackage() == null ? null
                    : DatafeedClient.class.getPackage().getImplementationVersion();
            return v == null ? "dev" : v;
        }
    }
}
