package io.orderflow.backtest.io;

import java.nio.file.Path;

/** A child process for tests: locks the result set args[1] in folder args[0], says "locked", waits to be killed. */
public final class HoldSet {
    private HoldSet() {
    }

    public static void main(String[] args) throws Exception {
        FileSet set = FileSet.lock(Path.of(args[0]), args[1]);
        System.out.print("locked");
        System.out.flush();
        Thread.sleep(60_000);
        set.close();
    }
}
