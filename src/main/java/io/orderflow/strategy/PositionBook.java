package io.orderflow.strategy;

/**
 * The engine's positions by label: a fixed number of reusable {@link Position} slots (the
 * configured maximum of open positions), looked up by label on execution events. Every slot that
 * is not FREE counts against the maximum — pending entries included, so a late fill can never
 * exceed it. Not thread-safe.
 */
public final class PositionBook {
    private final Position[] slots;

    public PositionBook(int capacity) {
        slots = new Position[capacity];
        for (int i = 0; i < capacity; i++) slots[i] = new Position();
    }

    /** A free slot, or null when every slot is in use. */
    Position acquire() {
        for (Position p : slots) {
            if (p.state == Position.State.FREE) return p;
        }
        return null;
    }

    /** The position with {@code label}, or null. */
    public Position find(String label) {
        for (Position p : slots) {
            if (p.state != Position.State.FREE && p.label.equals(label)) return p;
        }
        return null;
    }

    /** Positions in use (pending entry, open, pending exit). */
    public int inUse() {
        int n = 0;
        for (Position p : slots) if (p.state != Position.State.FREE) n++;
        return n;
    }

    /** Positions in {@code state}. */
    public int count(Position.State state) {
        int n = 0;
        for (Position p : slots) if (p.state == state) n++;
        return n;
    }

    /** Summed planned risk of positions in use, account currency. */
    public double riskInUse() {
        double r = 0;
        for (Position p : slots) if (p.state != Position.State.FREE) r += p.riskAccount;
        return r;
    }

    public int capacity() { return slots.length; }

    /** Slot {@code i} (0..capacity−1), whatever its state. */
    public Position slot(int i) { return slots[i]; }
}
