package se.samverkan.planner.solve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import se.samverkan.gis.travel.TransportMode;
import se.samverkan.planner.CareLevel;
import se.samverkan.planner.CareNeed;
import se.samverkan.planner.CasualtyGroup;
import se.samverkan.planner.Policy;
import se.samverkan.planner.TransportUnit;
import se.samverkan.planner.plan.LowerBound;

/**
 * The earlier linear relaxation, now behind the bound on the P1 part alone ({@link LowerBound#p1Value()}),
 * where it is tight: P1 patients go to the nearest hospitals, so shortest returns are nearly the real ones,
 * and its slot times are exact to 0.1 min. The weighted bound uses {@link Relaxation}. A patient's minutes to definitive care split into waiting
 * (ready → pickup) and riding (pickup → hospital); the relaxation bounds each from below and lets both
 * parts choose independently:
 * <ul>
 * <li><b>riding</b>: a transportation problem from groups to hospital beds (available free, allowed surge at
 * the surge penalty), each patient riding with the fastest mode some unit able to carry it has, within the
 * policy's maximum ride; plus region penalties; unserved at the unserved cost;</li>
 * <li><b>waiting</b>: pickup "slots": sources closer than {@link Relaxation#CLUSTER_METRES} form a cluster (one incident's
 * collection points); unit u's k-th slot in a cluster serves one of its sources, no earlier than u can be there
 * for k = 1, and afterwards no earlier than the (k−1)-th slot's earliest time in the cluster plus the shortest
 * delivery from the cluster to a hospital that still takes patients, the turnaround and the shortest return to
 * that source. Slots carry the unit's lying and seated places and its care level, are listed per mode in time
 * order until the cluster's demand is covered, and one slot of unlimited size per source at the earliest time
 * an unlisted unit can be there stands for all later ones, so the bound stays valid.</li>
 * </ul>
 * Not covered: trips' real return legs and deliveries (a unit that went to a far hospital is counted back as if
 * it had gone to the nearest), a unit counted in two clusters (far-apart incidents) at once, and waiting for a
 * slot that the ride part does not use: the bound is weak where units make several long trips.
 */
final class SlotRelaxation {

    /** Slot times are rounded down to this many minutes to merge slots; rounding down keeps the bound valid. */
    private static final double SLOT_RESOLUTION = 0.1;
    private static final int MAX_SLOTS = 400_000;

    /** The LP, built in arrays and handed to GLOP in one call at the solve (see {@link SparseLp}). */
    final SparseLp lp;
    private final double constant;

    private SlotRelaxation(SparseLp lp, double constant) {
        this.lp = lp;
        this.constant = constant;
    }

    /**
     * @param timeOnly leave region and surge penalties out: the optimum then bounds the weighted minutes of the
     *                 patients in {@code remaining} (unserved ones at the unserved cost) — with only the P1 groups,
     *                 the P1 part of any plan, whatever the other patients do
     */
    static SlotRelaxation build(Dispatcher d, int[] remaining, boolean timeOnly) {
        SparseLp lp = new SparseLp();
        TravelTables tt = d.tt;
        Policy policy = d.policy;
        List<CasualtyGroup> groups = d.groups;
        int G = groups.size();
        int H = tt.hospitalCount;

        Map<Integer, Relaxation.Row> bedRows = Relaxation.bedRows(d, lp, timeOnly);

        // Riding part, and one link row per waiting class (source, posture, care level, triage, ready time).
        Map<String, Relaxation.Row> classRows = new LinkedHashMap<>();
        Map<String, int[]> classOf = new HashMap<>(); // key → {source, lying, level, representative group}
        Map<String, Integer> classDemand = new HashMap<>();
        for (int g = 0; g < G; g++) {
            if (remaining[g] <= 0) {
                continue;
            }
            CasualtyGroup group = groups.get(g);
            double w = policy.weight(group.triage());
            Relaxation.Row count = Relaxation.countRow(lp, g, remaining[g], w * policy.unservedMinutes());
            int need = group.careNeed().ordinal();
            int mask = d.modesFor(g);
            for (TransportMode mode : TravelTables.MODES) {
                if ((mask & (1 << mode.ordinal())) == 0) {
                    continue;
                }
                // Riding and waiting are linked per mode: a ride by helicopter needs a helicopter's pickup slot.
                String key = tt.sourceOfGroup[g] + "/" + group.lying() + "/" + d.required[g] + "/" + group.triage() + "/"
                        + group.readyAt() + "/" + mode;
                Relaxation.Row link = classRows.computeIfAbsent(key, k -> new Relaxation.Row(lp, 0, 0, "wait_c" + classRows.size(), null));
                classOf.putIfAbsent(key, new int[] {tt.sourceOfGroup[g], group.lying() ? 1 : 0, d.required[g].ordinal(), g, mode.ordinal()});
                classDemand.merge(key, remaining[g], Integer::sum);
                for (int h = 0; h < H; h++) {
                    Relaxation.Row beds = bedRows.get(h * CareNeed.values().length + need);
                    double ride = tt.ride(mode, tt.sourceOfGroup[g], h);
                    if (beds == null || !(ride <= d.maxRide(g))) {
                        continue;
                    }
                    int y = lp.column(0, remaining[g], "ride_g" + g + "_h" + h + "_m" + mode.ordinal());
                    lp.cost(y, w * ride + (timeOnly ? 0 : d.penalty(g, h)));
                    count.add(y, 1);
                    beds.add(y, 1);
                    link.add(y, -1);
                }
            }
        }

        // Waiting part: pickup slots, each usable at one source of its cluster only.
        int[] cluster = Relaxation.clusters(tt);
        for (int c = 0; c < tt.sourceCount; c++) {
            List<String> keys = new ArrayList<>();
            for (String k : classRows.keySet()) {
                if (cluster[classOf.get(k)[0]] == c) {
                    keys.add(k);
                }
            }
            if (!keys.isEmpty()) {
                addSlots(d, lp, keys, classRows, classOf, classDemand);
            }
        }
        return new SlotRelaxation(lp, 0);
    }

    /**
     * Unit u's n-th pickup slot, with the earliest time it can be at each source; one slot serves one source
     * (its places are shared by all sources), so a unit is never counted in two places at once.
     */
    private static void addSlots(Dispatcher d, SparseLp lp, List<String> keys,
                                 Map<String, Relaxation.Row> classRows, Map<String, int[]> classOf,
                                 Map<String, Integer> classDemand) {
        TravelTables tt = d.tt;
        int S = tt.sourceCount;
        int levels = CareLevel.values().length;
        int modes = TravelTables.MODES.length;
        // Demand per mode, posture and least level over all sources (a group counts under every mode it might
        // take, so coverage is checked generously), and the slots listed so far.
        long[][][] demandAtLeast = new long[modes][2][levels];
        boolean[] sourceUsed = new boolean[S];
        for (String k : keys) {
            int[] c = classOf.get(k);
            sourceUsed[c[0]] = true;
            for (int l = 0; l <= c[2]; l++) {
                demandAtLeast[c[4]][c[1]][l] += classDemand.get(k);
            }
        }
        long[][][] slotsAtLeast = new long[modes][2][levels];
        // One queue per mode, by the earliest time at any source: each mode's slots are listed until that mode
        // alone could carry the demand. Entries {earliest anywhere, unit, base (earliest pickup of the previous trip)}.
        @SuppressWarnings("unchecked")
        PriorityQueue<double[]>[] queues = new PriorityQueue[modes];
        for (int m = 0; m < modes; m++) {
            queues[m] = new PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]));
        }
        // Only hospitals with a free bed receive patients (a closed one keeps only the beds of trips under way).
        boolean[] receives = new boolean[tt.hospitalCount];
        for (int h = 0; h < tt.hospitalCount; h++) {
            for (int c = 0; c < se.samverkan.planner.CareNeed.values().length; c++) {
                receives[h] |= d.capacity(h, c) - d.used[h][c] > 0;
            }
        }
        double[] cycleBase = new double[d.unitCount];
        double[][] returnTo = new double[d.unitCount][];
        double[][] firstAt = new double[d.unitCount][];
        for (int u = 0; u < d.unitCount; u++) {
            TransportUnit unit = tt.unit(u);
            if (unit.lyingPlaces() + unit.seatedPlaces() == 0) {
                continue;
            }
            TransportMode m = unit.mode();
            double minDelivery = Double.POSITIVE_INFINITY;
            double minReturnAny = Double.POSITIVE_INFINITY;
            returnTo[u] = new double[S];
            java.util.Arrays.fill(returnTo[u], Double.POSITIVE_INFINITY);
            // A unit's k-th pickup in this cluster follows its (k−1)-th here by at least a delivery from here, the
            // turnaround and a return (trips elsewhere in between only delay it).
            for (int h = 0; h < tt.hospitalCount; h++) {
                for (int s2 = 0; s2 < S; s2++) {
                    if (sourceUsed[s2] && receives[h]) {
                        minDelivery = Math.min(minDelivery, tt.ride(m, s2, h));
                    }
                    minReturnAny = Math.min(minReturnAny, tt.back(m, h, s2));
                    returnTo[u][s2] = Math.min(returnTo[u][s2], tt.back(m, h, s2));
                }
            }
            firstAt[u] = new double[S];
            double firstAnywhere = Double.POSITIVE_INFINITY;
            for (int s2 = 0; s2 < S; s2++) {
                firstAt[u][s2] = d.unitFreeAt(u) + d.leg(u, d.unitAt(u), s2);
                if (sourceUsed[s2]) {
                    firstAnywhere = Math.min(firstAnywhere, firstAt[u][s2]);
                }
            }
            if (!Double.isFinite(firstAnywhere)) {
                continue;
            }
            // Fixed-trip history makes the unit start at a hospital: the "anywhere" minimum covers it.
            cycleBase[u] = minDelivery + unit.turnaroundMinutes() + minReturnAny;
            for (int s2 = 0; s2 < S; s2++) {
                returnTo[u][s2] += minDelivery + unit.turnaroundMinutes();
            }
            queues[m.ordinal()].add(new double[] {firstAnywhere, u, Double.NaN});
        }
        // Merged slots: (mode, posture, level, time bucket at each source) → {places, mode, posture, level, times…}
        Map<String, double[]> slots = new LinkedHashMap<>();
        double[][] next = new double[modes][];
        for (int mode = 0; mode < modes; mode++) {
            PriorityQueue<double[]> queue = queues[mode];
            int generated = 0;
            while (!queue.isEmpty()) {
                if (covered(demandAtLeast[mode], slotsAtLeast[mode]) || generated >= MAX_SLOTS) {
                    // Every slot not listed is, at each source, no earlier than the earliest a queued unit gets there.
                    next[mode] = new double[S];
                    java.util.Arrays.fill(next[mode], Double.POSITIVE_INFINITY);
                    for (double[] e : queue) {
                        double[] times = slotTimes(e, firstAt, returnTo);
                        for (int s2 = 0; s2 < S; s2++) {
                            next[mode][s2] = Math.min(next[mode][s2], times[s2]);
                        }
                    }
                    break;
                }
                double[] e = queue.poll();
                int u = (int) e[1];
                TransportUnit unit = tt.unit(u);
                double[] times = slotTimes(e, firstAt, returnTo);
                StringBuilder key = new StringBuilder().append(mode).append('/').append(unit.careLevel().ordinal());
                for (int s2 = 0; s2 < S; s2++) {
                    if (sourceUsed[s2]) {
                        key.append('/').append(Double.isFinite(times[s2]) ? (long) Math.floor(times[s2] / SLOT_RESOLUTION) : -1);
                    }
                }
                for (int p = 0; p < 2; p++) {
                    int places = unit.places(p == 1);
                    if (places == 0) {
                        continue;
                    }
                    double[] slot = slots.computeIfAbsent(key + "/" + p, k -> {
                        double[] v = new double[4 + S];
                        for (int s2 = 0; s2 < S; s2++) {
                            v[4 + s2] = Double.isFinite(times[s2]) ? Math.floor(times[s2] / SLOT_RESOLUTION) * SLOT_RESOLUTION
                                    : Double.POSITIVE_INFINITY;
                        }
                        return v;
                    });
                    slot[0] += places;
                    slot[1] = mode;
                    slot[2] = p;
                    slot[3] = unit.careLevel().ordinal();
                    for (int l = 0; l <= unit.careLevel().ordinal(); l++) {
                        slotsAtLeast[mode][p][l] += places;
                    }
                }
                generated++;
                if (Double.isFinite(cycleBase[u])) {
                    // This slot is used at some source no earlier than e[0], its earliest time at any source.
                    double base = e[0];
                    double anywhere = Double.POSITIVE_INFINITY;
                    for (int s2 = 0; s2 < S; s2++) {
                        if (sourceUsed[s2]) {
                            anywhere = Math.min(anywhere, base + returnTo[u][s2]);
                        }
                    }
                    queue.add(new double[] {anywhere, u, base});
                }
            }
        }
        // One unlimited slot per mode, posture and level at the first times not listed stands for all later slots.
        for (int mode = 0; mode < modes; mode++) {
            if (next[mode] == null) {
                continue;
            }
            for (int posture = 0; posture < 2; posture++) {
                for (int level = 0; level < levels; level++) {
                    double[] v = new double[4 + S];
                    v[0] = Double.POSITIVE_INFINITY;
                    v[1] = mode;
                    v[2] = posture;
                    v[3] = level;
                    for (int s2 = 0; s2 < S; s2++) {
                        v[4 + s2] = Double.isFinite(next[mode][s2])
                                ? Math.floor(next[mode][s2] / SLOT_RESOLUTION) * SLOT_RESOLUTION : Double.POSITIVE_INFINITY;
                    }
                    slots.put("unlimited/" + mode + "/" + posture + "/" + level, v);
                }
            }
        }
        int n = 0;
        for (double[] slot : slots.values()) {
            int mode = (int) slot[1];
            int posture = (int) slot[2];
            int level = (int) slot[3];
            Relaxation.Row row = Double.isFinite(slot[0])
                    ? new Relaxation.Row(lp, Double.NEGATIVE_INFINITY, slot[0], "slot_" + (n++), null)
                    : null;
            for (String k : keys) {
                int[] c = classOf.get(k);
                double time = slot[4 + c[0]];
                if (c[4] != mode || c[1] != posture || level < c[2] || !Double.isFinite(time)) {
                    continue;
                }
                if (row != null && next[mode] != null && time >= Math.floor(next[mode][c[0]] / SLOT_RESOLUTION) * SLOT_RESOLUTION) {
                    continue; // the unlimited slot at this source is no later: it serves these patients at least as cheaply
                }
                int g = c[3];
                double wait = Math.max(0, time - d.ready(g));
                int x = lp.column(0, classDemand.get(k), "wait_s" + c[0] + "_" + lp.columnCount());
                lp.cost(x, d.weight(g) * wait);
                classRows.get(k).add(x, 1);
                if (row != null) {
                    row.add(x, 1);
                }
            }
        }
    }

    /** The times a queue entry's slot can be at each source. */
    private static double[] slotTimes(double[] e, double[][] firstAt, double[][] returnTo) {
        int u = (int) e[1];
        if (Double.isNaN(e[2])) {
            return firstAt[u];
        }
        double[] out = new double[returnTo[u].length];
        for (int s = 0; s < out.length; s++) {
            out[s] = e[2] + returnTo[u][s];
        }
        return out;
    }

    private static boolean covered(long[][] demand, long[][] slots) {
        for (int p = 0; p < 2; p++) {
            for (int l = 0; l < demand[p].length; l++) {
                if (slots[p][l] < demand[p][l]) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Solves the relaxation; the optimum is the bound. */
    double solve() {
        return Relaxation.optimum(lp, constant);
    }

    void release() {
        lp.release();
    }
}
