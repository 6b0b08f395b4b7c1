package io.orderflow.jforex;

import java.io.File;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The first-run diagnostics report: the platform facts the strategy and its test emulation assume,
 * as the running platform reports them, so that the first run confirms or refutes each one. The
 * strategy fills in the facts at start ({@link #fact}), shows the first live ticks to
 * {@link #observeTick}, and writes the report as text ({@link #write}) at start, once the tick
 * sample is complete and at stop.
 *
 * <p>From the ticks it infers two things. Depth: the fewest and most levels per side seen. Whether
 * the Historical Tester runs on real ticks: ticks generated from one-minute candles come at most four
 * per minute (the API's interpolation methods OPEN_TICK, CLOSE_TICK, FOUR_TICKS; CUBIC_SPLINE is not
 * documented), so more than four ticks in one minute means real ticks; at most four per minute over
 * at least {@value #MINUTES_FOR_VERDICT} minutes means generated ticks, probably; anything less is
 * "unknown". Live the feed is real by definition.
 *
 * <p>Units: times ms UTC. {@link #observeTick} is O(1) and allocation free and stops after
 * {@value #SAMPLE_TICKS} ticks. Not thread-safe: call on the strategy thread.
 */
public final class PlatformDiagnostics {
    /** Live ticks looked at for depth and tick density. */
    public static final int SAMPLE_TICKS = 500;
    /** Minutes of at most four ticks each before the report calls tester ticks generated. */
    public static final int MINUTES_FOR_VERDICT = 30;

    private final Map<String, String> facts = new LinkedHashMap<String, String>();
    private final RunMode mode;
    private int sampled;
    private int minDepth = Integer.MAX_VALUE;
    private int maxDepth;
    private long minute = Long.MIN_VALUE;
    private int inMinute;
    private int maxInMinute;
    private int minutes;
    private long firstTickMs = Long.MIN_VALUE;
    private String gaps = "none checked yet";

    public PlatformDiagnostics(RunMode mode) {
        this.mode = mode;
    }

    /** Records one platform fact (null shows as "unknown"); keeps the order of first recording. */
    public PlatformDiagnostics fact(String key, Object value) {
        facts.put(key, value == null ? "unknown" : String.valueOf(value));
        return this;
    }

    /** The value recorded for {@code key}, or null. */
    public String factValue(String key) {
        return facts.get(key);
    }

    /** True while the tick sample is incomplete (call {@link #observeTick} only then). */
    public boolean sampling() {
        return sampled < SAMPLE_TICKS;
    }

    /**
     * One live tick: its time and the number of levels per side ({@code ITick.getAsks().length},
     * {@code getBids().length}).
     *
     * @return true when this tick completed the sample
     */
    public boolean observeTick(long timeMs, int askLevels, int bidLevels) {
        if (sampled >= SAMPLE_TICKS) return false;
        if (sampled == 0) firstTickMs = timeMs;
        sampled++;
        int levels = Math.min(askLevels, bidLevels);
        if (levels < minDepth) minDepth = levels;
        if (Math.max(askLevels, bidLevels) > maxDepth) maxDepth = Math.max(askLevels, bidLevels);
        long m = Math.floorDiv(timeMs, 60_000L);
        if (m != minute) {
            minute = m;
            inMinute = 0;
            minutes++;
        }
        inMinute++;
        if (inMinute > maxInMinute) maxInMinute = inMinute;
        return sampled == SAMPLE_TICKS;
    }

    /** The gap checks so far ({@link TickGapGuard#summary}). */
    public void gaps(String summary) {
        this.gaps = summary;
    }

    /** Depth levels per side seen on the first live ticks, in words. */
    public String depthSeen() {
        if (sampled == 0) return "no tick seen yet";
        String range = minDepth == maxDepth ? String.valueOf(maxDepth) : minDepth + " to " + maxDepth;
        return range + " level(s) per side on the first " + sampled + " tick(s)";
    }

    /** Whether the ticks are real ones, with the reason. */
    public String realTicks() {
        if (mode.isRealTime()) return "yes (live feed)";
        if (sampled == 0) return "unknown: no tick seen yet";
        if (maxInMinute > 4) {
            return "yes, inferred: " + maxInMinute + " ticks within one minute (ticks generated from one-minute candles"
                    + " come at most 4 per minute)";
        }
        if (minutes >= MINUTES_FOR_VERDICT) {
            return "probably not, inferred: at most " + maxInMinute + " tick(s) per minute over " + minutes
                    + " minutes: ticks generated from candles; run the tester on ticks ('every tick')";
        }
        return "unknown: " + sampled + " tick(s) over " + minutes + " minute(s), at most " + maxInMinute
                + " per minute, too few to tell";
    }

    /** The report, one {@code key: value} per line. */
    public List<String> lines() {
        List<String> out = new ArrayList<String>();
        out.add("jforex-orderflow diagnostics: the platform facts the strategy assumes, as this platform reports them");
        for (Map.Entry<String, String> e : facts.entrySet()) out.add(e.getKey() + ": " + e.getValue());
        out.add("depth levels seen live: " + depthSeen());
        out.add("first tick seen: " + (firstTickMs == Long.MIN_VALUE ? "none yet" : Times.utc(firstTickMs)));
        out.add("real ticks: " + realTicks());
        out.add("tick gaps: " + gaps);
        return out;
    }

    /** The report as text. */
    public String text() {
        StringBuilder b = new StringBuilder();
        for (String line : lines()) b.append(line).append('\n');
        return b.toString();
    }

    /**
     * Writes the report to {@code file} (replacing an earlier version atomically; folders are created).
     *
     * @throws IOException naming the file when it cannot be written
     */
    public void write(File file) throws IOException {
        File dir = file.getAbsoluteFile().getParentFile();
        if (dir != null && !dir.isDirectory() && !dir.mkdirs()) throw new IOException("cannot create folder " + dir);
        File tmp = new File(dir, file.getName() + ".tmp");
        try (Writer w = new OutputStreamWriter(Files.newOutputStream(tmp.toPath()), StandardCharsets.UTF_8)) {
            w.write(text());
        } catch (IOException e) {
            throw new IOException("diagnostics report " + tmp + ": " + e.getMessage(), e);
        }
        try {
            Files.move(tmp.toPath(), file.toPath(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.move(tmp.toPath(), file.toPath(), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The report's file name: {@code diagnostics-<SYMBOL>-<mode>-<yyyyMMddTHHmmssZ>.txt}. */
    public static String fileName(String symbol, RunMode mode, long wallClockMs) {
        return String.format(Locale.ROOT, "diagnostics-%s-%s-%s.txt", symbol, mode, Times.compact(wallClockMs));
    }
}
