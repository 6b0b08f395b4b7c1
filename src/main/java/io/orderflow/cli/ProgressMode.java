package io.orderflow.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;

/** When to draw progress bars on stderr. */
public enum ProgressMode {
    /** Only when stderr is a terminal. */
    AUTO,
    /** Always (e.g. to watch a run through a pipe). */
    ALWAYS,
    /** Never. */
    NEVER;

    /** True when bars should be drawn. */
    public boolean enabled() {
        switch (this) {
            case ALWAYS: return true;
            case NEVER: return false;
            default: return stderrIsTerminal();
        }
    }

    /**
     * Best effort: on Linux, where {@code /proc/self/fd/2} points; elsewhere whether the JVM has a
     * console (stdin and stdout are terminals), which is the common interactive case.
     */
    static boolean stderrIsTerminal() {
        Path fd2 = Paths.get("/proc/self/fd/2");
        if (Files.exists(fd2, LinkOption.NOFOLLOW_LINKS)) {
            try {
                String target = Files.readSymbolicLink(fd2).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                return false;
            }
        }
        return System.console() != null;
    }
}
