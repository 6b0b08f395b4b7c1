package io.orderflow.data.feed;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for the Dukascopy datafeed on 127.0.0.1: serves the files of a directory in the
 * datafeed layout under {@code /datafeed/}, answers 404 for files it does not have, and injects
 * faults on request. Counts requests per path and the most requests in flight at once.
 */
public final class FakeDatafeedServer implements AutoCloseable {
    /** A misbehaviour for one response. */
    public sealed interface Fault {
    }

    /** Answer with this status (and headers), empty body. */
    public record Status(int code, Map<String, String> headers) implements Fault {
    }

    /** A complete HTTP message whose body is only the first {@code bytes} of the file. */
    public record Truncated(int bytes) implements Fault {
    }

    /** The full length, with every 7th byte after the LZMA header flipped. */
    public record Corrupt() implements Fault {
    }

    /** HTTP 200 with an HTML error page instead of the file (what a captive proxy does). */
    public record HtmlPage() implements Fault {
    }

    /** Declares the full Content-Length, sends {@code bytes}, then closes the connection. */
    public record DropMidBody(int bytes, boolean chunked) implements Fault {
    }

    /** Waits before answering normally. */
    public record Delay(long ms) implements Fault {
    }

    /** Sends the headers, then the body in {@code chunk}-byte pieces {@code pauseMs} apart. */
    public record Trickle(int chunk, long pauseMs) implements Fault {
    }

    static {
        // Without TCP_NODELAY the JDK server's separate header and body writes meet the client's
        // delayed ACK: ~40 ms per response. Read once, when the first server is created.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    public static Fault status(int code) {
        return new Status(code, Map.of());
    }

    public static Fault status(int code, String header, String value) {
        return new Status(code, Map.of(header, value));
    }

    private final Path root;
    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<String, Deque<Fault>> queued = new HashMap<>();
    private final Map<String, Fault> always = new HashMap<>();
    private final Map<String, AtomicInteger> requestCounts = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final AtomicInteger total = new AtomicInteger();
    private final Map<String, java.util.concurrent.atomic.AtomicLong> trickled = new ConcurrentHashMap<>();
    private volatile long delayEveryResponseMs;

    private FakeDatafeedServer(Path root) throws IOException {
        this.root = root;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        this.executor = Executors.newFixedThreadPool(16);
        server.setExecutor(executor);
        server.createContext("/datafeed/", this::handle);
        server.start();
    }

    /** Serves {@code root} (a directory in the datafeed layout). */
    public static FakeDatafeedServer serving(Path root) throws IOException {
        return new FakeDatafeedServer(root);
    }

    /** Base URL to give the client, ending in '/'. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/datafeed/";
    }

    /** The next requests of {@code path} get these faults, one each, then normal answers. */
    public synchronized FakeDatafeedServer enqueue(String path, Fault... faults) {
        Deque<Fault> q = queued.computeIfAbsent(path, k -> new ArrayDeque<>());
        Collections.addAll(q, faults);
        return this;
    }

    /** Every request of {@code path} gets {@code fault} (null clears). */
    public synchronized FakeDatafeedServer always(String path, Fault fault) {
        if (fault == null) always.remove(path);
        else always.put(path, fault);
        return this;
    }

    /** Every response waits this long before its headers (makes requests overlap). */
    public FakeDatafeedServer delayEveryResponse(long ms) {
        this.delayEveryResponseMs = ms;
        return this;
    }

    /** Requests received for {@code path}. */
    public int requests(String path) {
        AtomicInteger n = requestCounts.get(path);
        return n == null ? 0 : n.get();
    }

    /** Body bytes of {@code path} sent (flushed) so far by {@link Trickle} answers. */
    public long trickledBytes(String path) {
        java.util.concurrent.atomic.AtomicLong n = trickled.get(path);
        return n == null ? 0 : n.get();
    }

    /** Paths requested, each once. */
    public List<String> requestedPaths() {
        return new ArrayList<>(requestCounts.keySet());
    }

    public int totalRequests() { return total.get(); }

    /** The most requests that were being answered at the same time. */
    public int maxConcurrentRequests() { return maxInFlight.get(); }

    /** Forgets the counts (not the faults). */
    public void resetCounts() {
        requestCounts.clear();
        trickled.clear();
        total.set(0);
        maxInFlight.set(0);
    }

    private synchronized Fault nextFault(String path) {
        Deque<Fault> q = queued.get(path);
        if (q != null && !q.isEmpty()) return q.poll();
        return always.get(path);
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath().substring("/datafeed/".length());
        requestCounts.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
        total.incrementAndGet();
        // A request counts as in flight from its arrival until its response starts. A client thread
        // cannot send its next request before it has read this response, so a count above the
        // client's threads is a real excess; counting until the handler returns (after the last byte)
        // would let the client's next request overlap this handler's own bookkeeping.
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        try {
            sleep(delayEveryResponseMs);
        } finally {
            inFlight.decrementAndGet();
        }
        try {
            respond(ex, path, nextFault(path));
        } finally {
            ex.close();
        }
    }

    private void respond(HttpExchange ex, String path, Fault fault) throws IOException {
        if (fault instanceof Status s) {
            s.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
            ex.sendResponseHeaders(s.code(), -1);
            return;
        }
        if (fault instanceof Delay d) sleep(d.ms());
        if (fault instanceof HtmlPage) {
            send(ex, "<html><body>Service temporarily unavailable</body></html>".getBytes(StandardCharsets.US_ASCII));
            return;
        }
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            ex.sendResponseHeaders(404, -1);
            return;
        }
        byte[] body = Files.readAllBytes(file);
        if (fault instanceof Truncated t) {
            send(ex, java.util.Arrays.copyOf(body, Math.min(t.bytes(), body.length)));
        } else if (fault instanceof Corrupt) {
            byte[] bad = body.clone();
            // The 13-byte LZMA header stays intact; the compressed data after it is scrambled.
            for (int i = 13; i < bad.length; i += 7) bad[i] ^= 0x5A;
            send(ex, bad);
        } else if (fault instanceof DropMidBody d) {
            ex.sendResponseHeaders(200, d.chunked() ? 0 : body.length);
            OutputStream out = ex.getResponseBody();
            out.write(body, 0, Math.min(d.bytes(), body.length));
            out.flush();
            // Throwing from the handler makes the server close the connection mid-body.
            throw new IOException("fault injected: connection dropped");
        } else if (fault instanceof Trickle t) {
            ex.sendResponseHeaders(200, body.length);
            OutputStream out = ex.getResponseBody();
            java.util.concurrent.atomic.AtomicLong sent = trickled.computeIfAbsent(path,
                    k -> new java.util.concurrent.atomic.AtomicLong());
            for (int off = 0; off < body.length; off += t.chunk()) {
                int n = Math.min(t.chunk(), body.length - off);
                out.write(body, off, n);
                out.flush();
                sent.addAndGet(n);
                sleep(t.pauseMs());
            }
            out.close();
        } else {
            send(ex, body);
        }
    }

    private static void send(HttpExchange ex, byte[] body) throws IOException {
        ex.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static void sleep(long ms) {
        if (ms <= 0) return;
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
