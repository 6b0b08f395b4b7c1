/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api.system;

/** Called when a strategy callback throws. Implemented by us: complete (jforex-api.md 5.1). */
public interface IStrategyExceptionHandler {

    /** The callback that threw; toString() is the method name. */
    enum Source {
        ON_START("onStart"),
        ON_STOP("onStop"),
        ON_TICK("onTick"),
        ON_BAR("onBar"),
        ON_MESSAGE("onMessage"),
        ON_ACCOUNT_INFO("onAccount");

        private final String methodName;

        Source(String methodName) {
            this.methodName = methodName;
        }

        @Override
        public String toString() {
            return methodName;
        }
    }

    void onException(long strategyId, Source source, Throwable t);
}
