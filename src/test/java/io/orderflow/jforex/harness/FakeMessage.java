package io.orderflow.jforex.harness;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import com.dukascopy.api.IMessage;
import com.dukascopy.api.IOrder;

/** An {@link IMessage} (test double). Immutable. */
public final class FakeMessage implements IMessage {
    private final Type type;
    private final Set<Reason> reasons;
    private final String content;
    private final IOrder order;
    private final long time;

    public FakeMessage(Type type, IOrder order, String content, long time, Reason... reasons) {
        this.type = type;
        this.order = order;
        this.content = content;
        this.time = time;
        EnumSet<Reason> set = EnumSet.noneOf(Reason.class);
        Collections.addAll(set, reasons);
        this.reasons = Collections.unmodifiableSet(set);
    }

    @Override
    public Type getType() { return type; }

    @Override
    public Set<Reason> getReasons() { return reasons; }

    @Override
    public String getContent() { return content; }

    @Override
    public IOrder getOrder() { return order; }

    @Override
    public long getCreationTime() { return time; }

    @Override
    public String toString() {
        return type + (reasons.isEmpty() ? "" : " " + reasons) + (order == null ? "" : " " + order.getLabel())
                + (content == null ? "" : " '" + content + "'");
    }
}
