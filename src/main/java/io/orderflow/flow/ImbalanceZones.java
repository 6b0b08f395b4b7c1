package io.orderflow.flow;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The live stacked-imbalance zones: zones enter when their bar closes and leave when price trades
 * through them (see {@link ImbalanceZone#isBrokenBy}). At most {@code capacity} zones stay alive;
 * beyond that the oldest is dropped (counted by {@link #dropped()}).
 *
 * <p>Prices in points, times ms UTC. {@link #onPrice} is O(1) while no zone breaks (two
 * comparisons against the highest support low and the lowest resistance top); a break costs
 * O(zones). Allocation-free except when a zone is added. Not thread-safe: single-threaded by
 * contract.
 */
public final class ImbalanceZones {
    /** Zones kept alive by default. */
    public static final int DEFAULT_CAPACITY = 256;

    private final int capacity;
    private final List<ImbalanceZone> alive;
    private final List<ImbalanceZone> aliveView;
    private long highestSupportLow = Long.MIN_VALUE;
    private long lowestResistanceTop = Long.MAX_VALUE;
    private long broken;
    private long dropped;

    /** Keeps up to {@value #DEFAULT_CAPACITY} live zones. */
    public ImbalanceZones() {
        this(DEFAULT_CAPACITY);
    }

    /** Keeps up to {@code capacity} live zones. */
    public ImbalanceZones(int capacity) {
        if (capacity < 1) throw new IllegalArgumentException("capacity must be >= 1, was " + capacity);
        this.capacity = capacity;
        this.alive = new ArrayList<>(capacity);
        this.aliveView = Collections.unmodifiableList(alive);
    }

    /** Adds a zone (from a closed bar). */
    public void add(ImbalanceZone zone) {
        if (alive.size() == capacity) {
            alive.remove(0);
            dropped++;
            recomputeBounds();
        }
        alive.add(zone);
        if (zone.isSupport()) highestSupportLow = Math.max(highestSupportLow, zone.lowPrice());
        else lowestResistanceTop = Math.min(lowestResistanceTop, zone.highEdge());
    }

    /** Adds the zones a footprint bar formed. */
    public void addAll(FootprintBar bar) {
        for (int i = 0, n = bar.zoneCount(); i < n; i++) add(bar.zone(i));
    }

    /** Observes a price (points) at {@code timeMs}; zones it trades through die. */
    public void onPrice(long timeMs, long price) {
        if (price < highestSupportLow || price >= lowestResistanceTop) breakZones(timeMs, price);
    }

    private void breakZones(long timeMs, long price) {
        for (int i = alive.size() - 1; i >= 0; i--) {
            ImbalanceZone z = alive.get(i);
            if (z.isBrokenBy(price)) {
                z.markBroken(timeMs);
                alive.remove(i);
                broken++;
            }
        }
        recomputeBounds();
    }

    private void recomputeBounds() {
        long s = Long.MIN_VALUE;
        long r = Long.MAX_VALUE;
        for (int i = 0, n = alive.size(); i < n; i++) {
            ImbalanceZone z = alive.get(i);
            if (z.isSupport()) s = Math.max(s, z.lowPrice());
            else r = Math.min(r, z.highEdge());
        }
        highestSupportLow = s;
        lowestResistanceTop = r;
    }

    /** The live zones, oldest first (a read-only view). */
    public List<ImbalanceZone> alive() { return aliveView; }

    /** Number of live zones. */
    public int size() { return alive.size(); }

    /** The live support zone whose low is nearest at or below {@code price}, or null. */
    public ImbalanceZone nearestSupportBelow(long price) {
        ImbalanceZone best = null;
        for (int i = 0, n = alive.size(); i < n; i++) {
            ImbalanceZone z = alive.get(i);
            if (z.isSupport() && z.lowPrice() <= price && (best == null || z.lowPrice() > best.lowPrice())) best = z;
        }
        return best;
    }

    /** The live resistance zone whose top edge is nearest above {@code price}, or null. */
    public ImbalanceZone nearestResistanceAbove(long price) {
        ImbalanceZone best = null;
        for (int i = 0, n = alive.size(); i < n; i++) {
            ImbalanceZone z = alive.get(i);
            if (!z.isSupport() && z.highEdge() > price && (best == null || z.highEdge() < best.highEdge())) best = z;
        }
        return best;
    }

    /** Zones that price traded through. */
    public long broken() { return broken; }

    /** Zones dropped because the capacity was reached. */
    public long dropped() { return dropped; }

    /** Forgets every zone. */
    public void clear() {
        alive.clear();
        highestSupportLow = Long.MIN_VALUE;
        lowestResistanceTop = Long.MAX_VALUE;
        broken = 0;
        dropped = 0;
    }
}
