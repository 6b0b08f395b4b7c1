package io.orderflow.jforex.harness;

import java.util.Collections;
import java.util.Set;

import com.dukascopy.api.IConnectionStatusMessage;
import com.dukascopy.api.IOrder;

/**
 * A CONNECTION_STATUS message (test double): JForex's {@code IConnectionStatusMessage}, whose
 * {@code isConnected()} "Returns connection state" (API 2.13.63). Immutable.
 */
public final class FakeConnectionMessage implements IConnectionStatusMessage {
    private final boolean connected;
    private final long time;

    public FakeConnectionMessage(boolean connected, long time) {
        this.connected = connected;
        this.time = time;
    }

    @Override
    public boolean isConnected() { return connected; }

    @Override
    public Type getType() { return Type.CONNECTION_STATUS; }

    @Override
    public Set<Reason> getReasons() { return Collections.emptySet(); }

    @Override
    public String getContent() { return connected ? "connected" : "disconnected"; }

    @Override
    public IOrder getOrder() { return null; }

    @Override
    public long getCreationTime() { return time; }

    @Override
    public String toString() { return "CONNECTION_STATUS " + getContent(); }
}
