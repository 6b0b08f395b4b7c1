package io.orderflow.jforex;

/**
 * Where the strategy's concise messages go: in JForex the Messages panel ({@code IConsole}); in
 * tests a list. Called on the strategy thread.
 */
public interface HostLog {
    /** Normal progress: orders, fills, closes, start and stop summaries. */
    void info(String line);

    /** Something the user should look at (a rejection, a reconciliation, a position not managed). */
    void warn(String line);

    /** Something failed (a file could not be written, an order call threw). */
    void error(String line);

    /** Discards everything. */
    HostLog NONE = new HostLog() {
        @Override
        public void info(String line) {
        }

        @Override
        public void warn(String line) {
        }

        @Override
        public void error(String line) {
        }
    };
}
