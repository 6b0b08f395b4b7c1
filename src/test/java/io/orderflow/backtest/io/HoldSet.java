package io.orderflow.backtest.io;

import java.nio.file.Path;

/**
 * A child process for tests: locks the result set args[1] in folder args[0], says "locked", and holds
 * the lock until it is killed or its parent closes its standard input (the parent died: no orphan
 * holds the lock on).
 */
public final class HoldSet {
    private HoldSet() {
    }

    public static void main(String[] args) throws Exception {
        FileSet set = FileSet.lock(Path.of(args[0]), args[1]);
        System.out.print("locked");
        System.out.flush();
        while (System.in.read() >= 0) {
            // nothing is sent: the parent kills this process or its end closes the pipe
        }
        set.close();
    }
}
