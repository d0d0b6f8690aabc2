package se.samverkan.planner.solve;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import se.samverkan.gis.travel.TransportMode;
import se.samverkan.planner.BedCapacity;
import se.samverkan.planner.CareLevel;
import se.samverkan.planner.CareNeed;
import se.samverkan.planner.CasualtyGroup;
import se.samverkan.planner.Policy;
import se.samverkan.planner.TransportUnit;

/**
 * The linear relaxation behind the lower bound. A patient's minutes to definitive care split into waiting
 * (ready → pickup) and riding (pickup → hospital); the relaxation bounds each from below and lets both
 * parts choose independently:
 * <ul>
 * <li><b>riding</b>: a transportation problem from groups to hospital beds (available free, allowed surge at
 * the surge penalty), each patient riding with the fastest mode some unit able to carry it has, within the
 * policy's maximum ride; plus region penalties; unserved at the unserved cost;</li>
 * <li><b>waiting</b>: pickup "slots" per source: unit u's n-th trip cannot reach source s before
 * {@code first(u,s)} for n = 1, and before {@code base(n−1) + minDelivery(u) + turnaround(u) + minReturn(u,s)}
 * afterwards, where {@code base} is the earliest the unit's previous trip could pick up anywhere. Every unit
 * offers its slots at every source at once (so the relaxation may use a unit in two places), with its lying and
 * seated places and its care level. Slots are listed in time order until each source's demand is covered, and
 * one slot of unlimited size at the next listed time stands for all later ones, so the bound stays valid.</li>
 * </ul>
 * Not covered: units serving several sources and hospitals in one timeline, trips' real return legs,
 * and waiting for a slot that the ride part does not use: the bound is weak where units are scarce and far.
 */
final class Relaxation {

    /** Slot times are rounded down to this many minutes to merge slots; rounding down keeps the bound valid. */
    private static final double SLOT_RESOLUTION = 0.1;
    private static final int MAX_SLOTS = 400_000;

    final MPSolver solver;
    private final double constant;

    private Relaxation(MPSolver solver, double constant) {
        this.solver = solver;
        this.constant = constant;
    }

    static Relaxation build(Dispatcher d, int[] remaining) {
        return build(d, remaining, false);
    }

    /**
     * @param timeOnly leave region and surge penalties out: the optimum then bounds the weighted minutes of the
     *                 patients in {@code remaining} (unserved ones at the unserved cost) — with only the P1 groups,
     *                 the P1 part of any plan, whatever the other patients do
     */
    static Relaxation build(Dispatcher d, int[] remaining, boolean timeOnly) {
        MPSolver solver = MPSolver.createSolver("GLOP");
        if (solver == null) {
            throw new IllegalStateException("OR-Tools has no GLOP solver in this build");
        }
        TravelTables tt = d.tt;
        Policy policy = d.policy;
        List<CasualtyGroup> groups = d.groups;
        int G = groups.size();
        int H = tt.hospitalCount;
        MPObjective objective = solver.objective();
        objective.setMinimization();

        // Beds: one row per hospital and category, with a surge variable.
        Map<Integer, Row> bedRows = new HashMap<>();
        for (int h = 0; h < H; h++) {
            for (CareNeed need : CareNeed.values()) {
                BedCapacity c = d.problem.hospitals().get(h).capacityFor(need);
                int usedNow = d.used[h][need.ordinal()];
                int avail = Math.max(0, c.available() - usedNow);
                int surge = Math.max(0, policy.allowedSurge(c) - Math.max(0, usedNow - c.available()));
                if (avail + surge == 0) {
                    continue;
                }
                final int surgeBeds = surge;
                final String suffix = "h" + h + "_" + need;
                Row row = new Row(solver, Double.NEGATIVE_INFINITY, avail, "beds_" + suffix, created -> {
                    if (surgeBeds > 0) {
                        MPVariable s = solver.makeNumVar(0, surgeBeds, "surge_" + suffix);
                        created.setCoefficient(s, -1);
                        objective.setCoefficient(s, timeOnly ? 0 : policy.surgePenalty());
                    }
                });
                bedRows.put(h * CareNeed.values().length + need.ordinal(), row);
            }
        }

        // Riding part, and one link row per waiting class (source, posture, care level, triage, ready time).
        Map<String, Row> classRows = new LinkedHashMap<>();
        Map<String, int[]> classOf = new HashMap<>(); // key → {source, lying, level, representative group}
        Map<String, Integer> classDemand = new HashMap<>();
        for (int g = 0; g < G; g++) {
            if (remaining[g] <= 0) {
                continue;
            }
            CasualtyGroup group = groups.get(g);
            double w = policy.weight(group.triage());
            MPConstraint count = solver.makeConstraint(remaining[g], remaining[g], "count_g" + g);
            MPVariable unserved = solver.makeNumVar(0, remaining[g], "unserved_g" + g);
            count.setCoefficient(unserved, 1);
            objective.setCoefficient(unserved, w * policy.unservedMinutes());
            int need = group.careNeed().ordinal();
            int mask = d.modesFor(g);
            for (TransportMode mode : TravelTables.MODES) {
                if ((mask & (1 << mode.ordinal())) == 0) {
                    continue;
                }
                // Riding and waiting are linked per mode: a ride by helicopter needs a helicopter's pickup slot.
                String key = tt.sourceOfGroup[g] + "/" + group.lying() + "/" + d.required[g] + "/" + group.triage() + "/"
                        + group.readyAt() + "/" + mode;
                Row link = classRows.computeIfAbsent(key, k -> new Row(solver, 0, 0, "wait_c" + classRows.size(), null));
                classOf.putIfAbsent(key, new int[] {tt.sourceOfGroup[g], group.lying() ? 1 : 0, d.required[g].ordinal(), g, mode.ordinal()});
                classDemand.merge(key, remaining[g], Integer::sum);
                for (int h = 0; h < H; h++) {
                    Row beds = bedRows.get(h * CareNeed.values().length + need);
                    double ride = tt.ride(mode, tt.sourceOfGroup[g], h);
                    if (beds == null || !(ride <= d.maxRide(g))) {
                        continue;
                    }
                    MPVariable y = solver.makeNumVar(0, remaining[g], "ride_g" + g + "_h" + h + "_m" + mode.ordinal());
                    objective.setCoefficient(y, w * ride + (timeOnly ? 0 : d.penalty(g, h)));
                    count.setCoefficient(y, 1);
                    beds.add(y, 1);
                    link.add(y, -1);
                }
            }
        }

        // Waiting part: slots per source.
        double constant = 0;
        for (int s = 0; s < tt.sourceCount; s++) {
            List<String> keys = new ArrayList<>();
            for (String k : classRows.keySet()) {
                if (classOf.get(k)[0] == s) {
                    keys.add(k);
                }
            }
            if (keys.isEmpty()) {
                continue;
            }
            addSlots(d, solver, objective, s, keys, classRows, classOf, classDemand);
        }
        return new Relaxation(solver, constant);
    }

    private static void addSlots(Dispatcher d, MPSolver solver, MPObjective objective, int s, List<String> keys,
                                 Map<String, Row> classRows, Map<String, int[]> classOf,
                                 Map<String, Integer> classDemand) {
        TravelTables tt = d.tt;
        int levels = CareLevel.values().length;
        // demand[posture][level] and the slots found so far with level ≥ L.
        int modes = TravelTables.MODES.length;
        // Demand per mode, posture and least level (a group counts under every mode it might take, so
        // coverage is checked generously), and the slots listed so far.
        long[][][] demandAtLeast = new long[modes][2][levels];
        for (String k : keys) {
            int[] c = classOf.get(k);
            for (int l = 0; l <= c[2]; l++) {
                demandAtLeast[c[4]][c[1]][l] += classDemand.get(k);
            }
        }
        long[][][] slotsAtLeast = new long[modes][2][levels];
        // Per unit: delivery + turnaround + return, the least time between two pickups here.
        // One queue per mode: each mode's slots are listed until that mode alone could carry the demand.
        @SuppressWarnings("unchecked")
        PriorityQueue<double[]>[] queues = new PriorityQueue[modes]; // {time, unit, base}
        for (int m = 0; m < modes; m++) {
            queues[m] = new PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]));
        }
        double[] cycleBase = new double[d.unitCount];
        double[] returnHere = new double[d.unitCount];
        for (int u = 0; u < d.unitCount; u++) {
            TransportUnit unit = tt.unit(u);
            if (unit.lyingPlaces() + unit.seatedPlaces() == 0) {
                continue;
            }
            TransportMode m = unit.mode();
            double minDelivery = Double.POSITIVE_INFINITY;
            double minReturnAny = Double.POSITIVE_INFINITY;
            double minReturnHere = Double.POSITIVE_INFINITY;
            for (int h = 0; h < tt.hospitalCount; h++) {
                for (int s2 = 0; s2 < tt.sourceCount; s2++) {
                    minDelivery = Math.min(minDelivery, tt.ride(m, s2, h));
                    minReturnAny = Math.min(minReturnAny, tt.back(m, h, s2));
                }
                minReturnHere = Math.min(minReturnHere, tt.back(m, h, s));
            }
            double first = d.unitFreeAt(u) + d.leg(u, d.unitAt(u), s);
            double firstAnywhere = Double.POSITIVE_INFINITY;
            for (int s2 = 0; s2 < tt.sourceCount; s2++) {
                firstAnywhere = Math.min(firstAnywhere, d.unitFreeAt(u) + d.leg(u, d.unitAt(u), s2));
            }
            if (!Double.isFinite(first)) {
                continue;
            }
            // Fixed-trip history makes the unit start at a hospital: the "anywhere" minimum covers it.
            cycleBase[u] = minDelivery + unit.turnaroundMinutes() + minReturnAny;
            returnHere[u] = minDelivery + unit.turnaroundMinutes() + minReturnHere;
            queues[m.ordinal()].add(new double[] {first, u, firstAnywhere});
        }
        Map<Long, double[]> slots = new LinkedHashMap<>(); // (time bucket, posture, level) → {time, places}
        double[] next = new double[modes];
        for (int mode = 0; mode < modes; mode++) {
            PriorityQueue<double[]> queue = queues[mode];
            int generated = 0;
            next[mode] = Double.POSITIVE_INFINITY;
            while (!queue.isEmpty()) {
                if (covered(demandAtLeast[mode], slotsAtLeast[mode]) || generated >= MAX_SLOTS) {
                    next[mode] = queue.peek()[0];
                    break;
                }
                double[] e = queue.poll();
                int u = (int) e[1];
                TransportUnit unit = tt.unit(u);
                final int level = unit.careLevel().ordinal();
                final int m = mode;
                final long bucket = (long) Math.floor(e[0] / SLOT_RESOLUTION);
                for (int p = 0; p < 2; p++) {
                    final int posture = p;
                    int places = unit.places(posture == 1);
                    if (places == 0) {
                        continue;
                    }
                    double[] slot = slots.computeIfAbsent(((bucket * 8 + m) * 2 + posture) * 4 + level,
                            k -> new double[] {bucket * SLOT_RESOLUTION, 0, posture, level, m});
                    slot[1] += places;
                    for (int l = 0; l <= level; l++) {
                        slotsAtLeast[m][posture][l] += places;
                    }
                }
                generated++;
                if (Double.isFinite(cycleBase[u])) {
                    double base = e[2];
                    queue.add(new double[] {base + returnHere[u], u, base + cycleBase[u]});
                }
            }
        }
        // One unlimited slot per mode, posture and level at the first time not listed stands for all later slots.
        for (int mode = 0; mode < modes; mode++) {
            if (Double.isFinite(next[mode])) {
                long bucket = (long) Math.floor(next[mode] / SLOT_RESOLUTION);
                for (int posture = 0; posture < 2; posture++) {
                    for (int level = 0; level < levels; level++) {
                        slots.put(-1 - ((mode * 2L + posture) * 4 + level),
                                new double[] {bucket * SLOT_RESOLUTION, Double.POSITIVE_INFINITY, posture, level, mode});
                    }
                }
            }
        }
        for (Map.Entry<Long, double[]> entry : slots.entrySet()) {
            double[] slot = entry.getValue();
            int posture = (int) slot[2];
            int level = (int) slot[3];
            int mode = (int) slot[4];
            Row row = Double.isFinite(slot[1])
                    ? new Row(solver, Double.NEGATIVE_INFINITY, slot[1], "slot_s" + s + "_" + entry.getKey(), null)
                    : null;
            for (String k : keys) {
                int[] c = classOf.get(k);
                if (c[4] != mode || c[1] != posture || level < c[2]) {
                    continue;
                }
                int g = c[3];
                double wait = Math.max(0, slot[0] - d.ready(g));
                MPVariable x = solver.makeNumVar(0, classDemand.get(k), "wait_s" + s + "_" + solver.numVariables());
                objective.setCoefficient(x, d.weight(g) * wait);
                classRows.get(k).add(x, 1);
                if (row != null) {
                    row.add(x, 1);
                }
            }
        }
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

    /**
     * A constraint made in the solver only when its first variable arrives: external LP readers (glpsol)
     * refuse empty rows.
     */
    private static final class Row {
        private final MPSolver solver;
        private final double lower;
        private final double upper;
        private final String name;
        private final java.util.function.Consumer<MPConstraint> onCreate;
        private MPConstraint constraint;

        Row(MPSolver solver, double lower, double upper, String name, java.util.function.Consumer<MPConstraint> onCreate) {
            this.solver = solver;
            this.lower = lower;
            this.upper = upper;
            this.name = name;
            this.onCreate = onCreate;
        }

        void add(MPVariable v, double coefficient) {
            if (constraint == null) {
                constraint = solver.makeConstraint(lower, upper, name);
                if (onCreate != null) {
                    onCreate.accept(constraint);
                }
            }
            constraint.setCoefficient(v, coefficient);
        }
    }

    /** Solves the relaxation; the optimum is the bound. */
    double solve() {
        MPSolver.ResultStatus status = solver.solve();
        if (status != MPSolver.ResultStatus.OPTIMAL) {
            throw new IllegalStateException("the lower-bound relaxation ended with " + status);
        }
        return solver.objective().value() + constant;
    }

    String exportLp() {
        return solver.exportModelAsLpFormat(false);
    }

    String exportMps() {
        return solver.exportModelAsMpsFormat(false, false);
    }

    void release() {
        solver.delete();
    }
}
