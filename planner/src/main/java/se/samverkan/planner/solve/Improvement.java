package se.samverkan.planner.solve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;
import se.samverkan.planner.CareNeed;
import se.samverkan.planner.TransportUnit;

/**
 * Local improvement of the dispatcher's trips, first improvement until no move helps or time runs out:
 * <ul>
 * <li>send a trip to another hospital with free beds (the unit's later trips are retimed);</li>
 * <li>move a trip to another unit, at any place in its list (nearby units only: the nearest, and in a fresh plan
 * the nearest few of the unit's own mode);</li>
 * <li>swap two consecutive trips of a unit, or (fresh plans) two trips of nearby units;</li>
 * <li>let patients ride along: move patients of one trip into another trip from the same source that has free
 * places of their posture (to that trip's hospital, if it has their bed); a trip left empty is dropped, so its
 * unit's later trips come earlier. The constructions fill a trip only with patients bound for its hospital (or
 * of its triage), which leaves places empty that one trip for a lying P1 and two seated P3 would use.</li>
 * </ul>
 * Every move is evaluated exactly on the units it touches (weighted minutes, region and surge penalties).
 */
final class Improvement {

    private static final double EPS = 1e-6;
    private static final int NEAR_HOSPITALS = 12;
    private static final int NEAR_UNITS = 40;
    /**
     * Units of the trip's own mode offered beyond {@link #NEAR_UNITS}. A move to one of them must not worsen the
     * weighted objective either: with P1 first, the helicopters near the 1 000-patient case's incident otherwise
     * traded 20 weighted P1 minutes for 6 000 of the others' (the objective 1.5 % worse, 5.1 % above the bound).
     */
    private static final int NEAR_UNITS_OF_ITS_MODE = 20;

    private final Dispatcher d;
    private final long deadline;
    private final BooleanSupplier cancelled;
    private final int[][] nearHospitals; // per source
    private final int[][] nearUnits; // per source
    private final int[][][] sameMode; // per source and mode: the next nearest units of the mode
    int moves;

    Improvement(Dispatcher d, long deadlineNanos, BooleanSupplier cancelled) {
        this.d = d;
        this.deadline = deadlineNanos;
        this.cancelled = cancelled;
        TravelTables tt = d.tt;
        nearHospitals = new int[tt.sourceCount][];
        nearUnits = new int[tt.sourceCount][];
        sameMode = new int[tt.sourceCount][][];
        for (int s = 0; s < tt.sourceCount; s++) {
            final int src = s;
            Integer[] hs = new Integer[tt.hospitalCount];
            double[] best = new double[tt.hospitalCount];
            for (int h = 0; h < tt.hospitalCount; h++) {
                hs[h] = h;
                best[h] = Double.POSITIVE_INFINITY;
                for (var m : TravelTables.MODES) {
                    best[h] = Math.min(best[h], tt.ride(m, src, h));
                }
            }
            Arrays.sort(hs, Comparator.comparingDouble(h -> best[h]));
            nearHospitals[s] = Arrays.stream(hs).limit(NEAR_HOSPITALS).mapToInt(Integer::intValue).toArray();
            Integer[] us = new Integer[d.unitCount];
            for (int u = 0; u < d.unitCount; u++) {
                us[u] = u;
            }
            Arrays.sort(us, Comparator.comparingDouble(u -> d.startFree[u] + d.leg(u, d.startAt[u], src)));
            nearUnits[s] = Arrays.stream(us).limit(NEAR_UNITS).mapToInt(Integer::intValue).toArray();
            // Beyond those, the nearest few of each mode: a trip that only a scarce mode can drive (a helicopter to
            // a far burn centre) can then move among the helicopters, which the many ambulances near an incident
            // would otherwise crowd out of the list.
            sameMode[s] = new int[TravelTables.MODES.length][];
            for (var mode : TravelTables.MODES) {
                int[] more = new int[NEAR_UNITS_OF_ITS_MODE];
                int n = 0;
                for (int i = NEAR_UNITS; i < us.length && n < more.length; i++) {
                    if (tt.unit(us[i]).mode() == mode) {
                        more[n++] = us[i];
                    }
                }
                sameMode[s][mode.ordinal()] = Arrays.copyOf(more, n);
            }
        }
    }

    /**
     * The further units of u's mode a trip from the source may move to: none in a re-plan, which changes little, and
     * none when all patients wait at one place, where there is no other incident to trade a scarce unit with (on the
     * one-incident 150-patient case they only cost search time: objective 0.05-0.2 % worse within its second).
     */
    private int[] sameModeFor(int source, int u) {
        return freshPlan && d.tt.sourceCount > 1 ? sameMode[source][d.tt.unit(u).mode().ordinal()] : NONE;
    }

    private static final int[] NONE = new int[0];

    private boolean timeLeft() {
        return System.nanoTime() < deadline && !cancelled.getAsBoolean();
    }

    /**
     * Descends until no move helps; then, for a {@link #freshPlan} with time left, an iterated local search:
     * a few random moves (a kick), descent over the units they touched, kept when the search cost is no worse,
     * otherwise the best state is restored.
     */
    void run() {
        indexTripsBySource();
        descend(allUnits());
        if (!freshPlan || !timeLeft()) {
            return;
        }
        double bestCost = d.searchObjective();
        Snapshot best = new Snapshot(d);
        java.util.SplittableRandom random = new java.util.SplittableRandom(KICK_SEED);
        while (timeLeft() && !stopKicking.getAsBoolean()) {
            java.util.Set<Integer> touched = kick(random);
            if (touched == null) {
                break; // no trips to move
            }
            descend(new java.util.ArrayDeque<>(touched));
            double cost = d.searchObjective();
            if (cost <= bestCost - EPS) {
                bestCost = cost;
                best = new Snapshot(d);
                kept++;
            } else if (cost > bestCost + EPS) {
                best.restore(d);
                indexTripsBySource();
            }
        }
        if (d.searchObjective() > bestCost + EPS) {
            best.restore(d);
        }
    }

    /**
     * A fresh plan: trips also swap between units, and an iterated local search follows the descent. A re-plan
     * keeps to the descent without swaps, which would change many patients' units for small gains.
     */
    boolean freshPlan;
    /** Ends the iterated search before the time budget (the planner stops it when its other thread is done). */
    BooleanSupplier stopKicking = () -> false;
    /** Kicks whose descent ended at a lower search cost. */
    int kept;
    private static final long KICK_SEED = 20261125L;

    private java.util.Deque<Integer> allUnits() {
        java.util.Deque<Integer> queue = new java.util.ArrayDeque<>();
        for (int u = 0; u < d.unitCount; u++) {
            queue.add(u);
        }
        return queue;
    }

    /** First-improvement descent over the queued units; a unit a move touched is queued again. */
    private void descend(java.util.Deque<Integer> queue) {
        boolean[] queued = new boolean[d.unitCount];
        queue.forEach(u -> queued[u] = true);
        while (!queue.isEmpty() && timeLeft()) {
            int u = queue.poll();
            queued[u] = false;
            other = -1;
            boolean improved = swapConsecutive(u);
            for (int i = 0; i < d.drafts.get(u).size() && timeLeft(); i++) {
                improved |= changeHospital(u, i);
                improved |= relocate(u, i);
                if (freshPlan && i < d.drafts.get(u).size()) {
                    improved |= exchange(u, i);
                }
                if (i < d.drafts.get(u).size()) {
                    improved |= rideAlong(u, i);
                }
            }
            if (improved) {
                for (int v : new int[] {u, other}) {
                    if (v >= 0 && !queued[v]) {
                        queued[v] = true;
                        queue.add(v);
                    }
                }
            }
        }
    }

    /** The other unit the last kept move changed (relocation, ride-along), −1 if none. */
    private int other = -1;

    /**
     * Up to three random changes, whatever they cost: a trip to another nearby unit at a random place in its
     * list, or part of a trip riding along on another trip from its source. Returns the units changed (none when
     * the changes drawn were not possible), null when no unit has a trip.
     */
    private java.util.Set<Integer> kick(java.util.SplittableRandom random) {
        java.util.Set<Integer> touched = new java.util.LinkedHashSet<>();
        List<Integer> busy = unitsWithTrips(d);
        if (busy.isEmpty()) {
            return null;
        }
        for (int k = 1 + random.nextInt(3); k > 0; k--) {
            int u = busy.get(random.nextInt(busy.size()));
            List<Dispatcher.Draft> own = d.drafts.get(u);
            if (own.isEmpty()) {
                continue;
            }
            int index = random.nextInt(own.size());
            Dispatcher.Draft trip = own.get(index);
            if (random.nextBoolean()) {
                int v = nearUnits[trip.source][random.nextInt(nearUnits[trip.source].length)];
                if (v == u || !carries(v, trip)) {
                    continue;
                }
                own.remove(index);
                d.retime(u);
                List<Dispatcher.Draft> list = d.drafts.get(v);
                int pos = random.nextInt(list.size() + 1);
                list.add(pos, trip);
                trip.unit = v;
                if (d.retime(v)) {
                    touched.add(u);
                    touched.add(v);
                } else {
                    list.remove(pos);
                    d.retime(v);
                    own.add(index, trip);
                    trip.unit = u;
                    d.retime(u);
                }
            } else {
                List<Dispatcher.Draft> here = tripsAt.get(trip.source);
                Dispatcher.Draft to = here.get(random.nextInt(here.size()));
                int si = random.nextInt(trip.slices.size());
                int g = trip.slices.get(si)[0];
                int c = d.groups.get(g).careNeed().ordinal();
                boolean lying = d.groups.get(g).lying();
                TransportUnit unit = d.tt.unit(to.unit);
                int n = Math.min(trip.slices.get(si)[1], unit.places(lying) - to.count(lying, d.groups));
                if (to.hospital != trip.hospital) {
                    n = Math.min(n, d.capacity(to.hospital, c) - d.used[to.hospital][c]);
                }
                if (to == trip || n <= 0 || !unit.careLevel().covers(d.required[g])
                        || !(d.tt.ride(unit.mode(), to.source, to.hospital) <= d.maxRide(g) + 1e-9)) {
                    continue;
                }
                if (shiftPatients(u, index, trip, si, to, n)) {
                    touched.add(u);
                    touched.add(to.unit);
                } else {
                    undoShift();
                }
            }
        }
        return touched;
    }

    /** Every unit's trips and the beds in use, to go back to. */
    private static final class Snapshot {
        private final List<List<Dispatcher.Draft>> drafts = new ArrayList<>();
        private final int[][] used;

        Snapshot(Dispatcher d) {
            for (List<Dispatcher.Draft> list : d.drafts) {
                List<Dispatcher.Draft> copy = new ArrayList<>(list.size());
                for (Dispatcher.Draft t : list) {
                    copy.add(copyOf(t));
                }
                drafts.add(copy);
            }
            used = new int[d.used.length][];
            for (int h = 0; h < used.length; h++) {
                used[h] = d.used[h].clone();
            }
        }

        void restore(Dispatcher d) {
            for (int u = 0; u < drafts.size(); u++) {
                List<Dispatcher.Draft> list = d.drafts.get(u);
                list.clear();
                for (Dispatcher.Draft t : drafts.get(u)) {
                    list.add(copyOf(t));
                }
                d.retime(u);
            }
            for (int h = 0; h < used.length; h++) {
                System.arraycopy(used[h], 0, d.used[h], 0, used[h].length);
            }
        }

        private static Dispatcher.Draft copyOf(Dispatcher.Draft t) {
            Dispatcher.Draft c = new Dispatcher.Draft();
            c.unit = t.unit;
            c.source = t.source;
            c.hospital = t.hospital;
            c.departure = t.departure;
            c.pickup = t.pickup;
            c.arrival = t.arrival;
            c.freeAt = t.freeAt;
            c.fixed = t.fixed;
            c.original = t.original;
            c.slices.addAll(copy(t.slices));
            return c;
        }
    }

    /** Per source, the trips picking up there (kept up to date by the moves, rebuilt after a restore). */
    private List<List<Dispatcher.Draft>> tripsAt;

    private void indexTripsBySource() {
        tripsAt = new ArrayList<>();
        for (int s = 0; s < d.tt.sourceCount; s++) {
            tripsAt.add(new ArrayList<>());
        }
        for (List<Dispatcher.Draft> list : d.drafts) {
            for (Dispatcher.Draft t : list) {
                tripsAt.get(t.source).add(t);
            }
        }
    }

    /**
     * Moves as many patients of one slice of the trip as fit into another trip from the same source with free
     * places of their posture, a crew of their care level, their bed at its hospital and a ride within their
     * maximum; the first move that lowers the cost of the two units (and surge) is kept.
     */
    private boolean rideAlong(int u, int index) {
        List<Dispatcher.Draft> own = d.drafts.get(u);
        Dispatcher.Draft from = own.get(index);
        for (int si = 0; si < from.slices.size(); si++) {
            int g = from.slices.get(si)[0];
            int c = d.groups.get(g).careNeed().ordinal();
            boolean lying = d.groups.get(g).lying();
            List<Dispatcher.Draft> here = tripsAt.get(from.source);
            for (int k = 0; k < here.size(); k++) {
                Dispatcher.Draft to = here.get(k); // by index: an undone shift takes the trip out and puts it back
                if (to == from) {
                    continue;
                }
                TransportUnit unit = d.tt.unit(to.unit);
                int room = unit.places(lying) - to.count(lying, d.groups);
                if (room <= 0 || !unit.careLevel().covers(d.required[g])
                        || !(d.tt.ride(unit.mode(), to.source, to.hospital) <= d.maxRide(g) + 1e-9)) {
                    continue;
                }
                int n = Math.min(room, from.slices.get(si)[1]);
                if (to.hospital != from.hospital) {
                    n = Math.min(n, d.capacity(to.hospital, c) - d.used[to.hospital][c]);
                }
                if (n <= 0) {
                    continue;
                }
                int v = to.unit;
                double before = d.unitCost(u) + (v == u ? 0 : d.unitCost(v));
                double surge = shiftPatients(u, index, from, si, to, n) ? shiftSurge : Double.POSITIVE_INFINITY;
                double after = d.unitCost(u) + (v == u ? 0 : d.unitCost(v)) + surge;
                if (after - before < -EPS) {
                    other = v;
                    moves++;
                    return true;
                }
                undoShift();
            }
        }
        return false;
    }

    // What the last shift changed, to undo it.
    private Dispatcher.Draft shiftFrom;
    private Dispatcher.Draft shiftTo;
    private List<int[]> shiftFromSlices;
    private List<int[]> shiftToSlices;
    private int shiftUnit;
    private int shiftIndex;
    private int shiftCategory;
    private int shiftCount;
    private boolean shiftEmptied;
    private double shiftSurge;

    /**
     * Moves {@code n} patients of slice {@code si} of trip {@code from} (unit u, at {@code index}) into trip
     * {@code to}, beds with them; a trip left empty is dropped. Returns whether both units can still be timed
     * within the rules; {@link #shiftSurge} is the change in surge cost, {@link #undoShift} takes it back.
     */
    private boolean shiftPatients(int u, int index, Dispatcher.Draft from, int si, Dispatcher.Draft to, int n) {
        shiftFrom = from;
        shiftTo = to;
        shiftUnit = u;
        shiftIndex = index;
        shiftFromSlices = copy(from.slices);
        shiftToSlices = copy(to.slices);
        int g = from.slices.get(si)[0];
        int c = d.groups.get(g).careNeed().ordinal();
        shiftCategory = c;
        shiftCount = n;
        shiftSurge = d.surgeCost(from.hospital, c, -n);
        d.used[from.hospital][c] -= n;
        shiftSurge += d.surgeCost(to.hospital, c, n);
        d.used[to.hospital][c] += n;
        int[] slice = from.slices.get(si);
        if (slice[1] == n) {
            from.slices.remove(si);
        } else {
            from.slices.set(si, new int[] {g, slice[1] - n});
        }
        boolean merged = false;
        for (int i = 0; i < to.slices.size() && !merged; i++) {
            if (to.slices.get(i)[0] == g) {
                to.slices.set(i, new int[] {g, to.slices.get(i)[1] + n});
                merged = true;
            }
        }
        if (!merged) {
            to.slices.add(new int[] {g, n});
        }
        shiftEmptied = from.slices.isEmpty();
        if (shiftEmptied) {
            d.drafts.get(u).remove(index);
            tripsAt.get(from.source).remove(from);
        }
        boolean okU = d.retime(u);
        boolean okV = to.unit == u || d.retime(to.unit);
        return okU && okV;
    }

    private void undoShift() {
        Dispatcher.Draft from = shiftFrom;
        Dispatcher.Draft to = shiftTo;
        if (shiftEmptied) {
            d.drafts.get(shiftUnit).add(shiftIndex, from);
            tripsAt.get(from.source).add(from);
        }
        from.slices.clear();
        from.slices.addAll(shiftFromSlices);
        to.slices.clear();
        to.slices.addAll(shiftToSlices);
        d.used[to.hospital][shiftCategory] -= shiftCount;
        d.used[from.hospital][shiftCategory] += shiftCount;
        d.retime(shiftUnit);
        if (to.unit != shiftUnit) {
            d.retime(to.unit);
        }
    }

    private static List<int[]> copy(List<int[]> slices) {
        List<int[]> out = new ArrayList<>(slices.size());
        for (int[] s : slices) {
            out.add(s.clone());
        }
        return out;
    }

    private boolean changeHospital(int u, int index) {
        Dispatcher.Draft trip = d.drafts.get(u).get(index);
        int from = trip.hospital;
        double before = d.unitCost(u);
        for (int h : nearHospitals[trip.source]) {
            if (h == from || !fits(trip, h)) {
                continue;
            }
            double surge = moveBeds(trip, from, h);
            trip.hospital = h;
            boolean ok = d.retime(u);
            double delta = ok ? d.unitCost(u) - before + surge : Double.POSITIVE_INFINITY;
            if (delta < -EPS) {
                moves++;
                return true;
            }
            moveBeds(trip, h, from);
            trip.hospital = from;
            d.retime(u);
        }
        return false;
    }

    private boolean fits(Dispatcher.Draft trip, int h) {
        int[] need = new int[CareNeed.values().length];
        for (int[] s : trip.slices) {
            need[d.groups.get(s[0]).careNeed().ordinal()] += s[1];
        }
        for (int c = 0; c < need.length; c++) {
            if (need[c] > 0 && d.used[h][c] + need[c] > d.capacity(h, c)) {
                return false;
            }
        }
        return true;
    }

    /** Moves the trip's beds from one hospital to another; returns the change in surge cost. */
    private double moveBeds(Dispatcher.Draft trip, int from, int to) {
        double cost = 0;
        for (int[] s : trip.slices) {
            int c = d.groups.get(s[0]).careNeed().ordinal();
            cost += d.surgeCost(from, c, -s[1]);
            d.used[from][c] -= s[1];
            cost += d.surgeCost(to, c, s[1]);
            d.used[to][c] += s[1];
        }
        return cost;
    }

    private boolean carries(int v, Dispatcher.Draft trip) {
        TransportUnit unit = d.tt.unit(v);
        for (int[] s : trip.slices) {
            if (!unit.careLevel().covers(d.required[s[0]])) {
                return false;
            }
        }
        return trip.count(true, d.groups) <= unit.lyingPlaces() && trip.count(false, d.groups) <= unit.seatedPlaces();
    }

    /**
     * Swaps the trip with a trip of another nearby unit (each takes the other's place in its list): two busy
     * units trading work, which two relocations could only do through a worse plan.
     */
    private boolean exchange(int u, int index) {
        List<Dispatcher.Draft> own = d.drafts.get(u);
        Dispatcher.Draft trip = own.get(index);
        double beforeU = d.unitCost(u);
        int[] near = nearUnits[trip.source];
        int[] more = sameModeFor(trip.source, u);
        for (int k = 0; k < near.length + more.length; k++) {
            int v = k < near.length ? near[k] : more[k - near.length];
            List<Dispatcher.Draft> list = d.drafts.get(v);
            if (v == u || list.isEmpty() || !carries(v, trip)) {
                continue;
            }
            double before = beforeU + d.unitCost(v);
            double weightedBefore = k < near.length ? 0 : d.weightedUnitCost(u) + d.weightedUnitCost(v);
            for (int j = 0; j < list.size(); j++) {
                Dispatcher.Draft theirs = list.get(j);
                if (!carries(u, theirs)) {
                    continue;
                }
                own.set(index, theirs);
                list.set(j, trip);
                theirs.unit = u;
                trip.unit = v;
                boolean ok = d.retime(u) && d.retime(v);
                if (ok && d.unitCost(u) + d.unitCost(v) - before < -EPS
                        && (k < near.length || d.weightedUnitCost(u) + d.weightedUnitCost(v) <= weightedBefore + EPS)) {
                    other = v;
                    moves++;
                    return true;
                }
                own.set(index, trip);
                list.set(j, theirs);
                theirs.unit = v;
                trip.unit = u;
                d.retime(u);
                d.retime(v);
            }
        }
        return false;
    }

    private boolean relocate(int u, int index) {
        List<Dispatcher.Draft> own = d.drafts.get(u);
        Dispatcher.Draft trip = own.get(index);
        int[] near = nearUnits[trip.source];
        int[] more = sameModeFor(trip.source, u);
        double beforeU = d.unitCost(u);
        double weightedBeforeU = more.length == 0 ? 0 : d.weightedUnitCost(u);
        own.remove(index);
        d.retime(u);
        double gain = d.unitCost(u) - beforeU;
        double weightedGain = more.length == 0 ? 0 : d.weightedUnitCost(u) - weightedBeforeU;
        for (int k = 0; k < near.length + more.length; k++) {
            int v = k < near.length ? near[k] : more[k - near.length];
            if (v == u || !carries(v, trip)) {
                continue;
            }
            List<Dispatcher.Draft> list = d.drafts.get(v);
            double beforeV = d.unitCost(v);
            double weightedBeforeV = k < near.length ? 0 : d.weightedUnitCost(v);
            for (int pos = 0; pos <= list.size(); pos++) {
                list.add(pos, trip);
                trip.unit = v;
                boolean ok = d.retime(v);
                if (ok && d.unitCost(v) - beforeV + gain < -EPS
                        && (k < near.length || d.weightedUnitCost(v) - weightedBeforeV + weightedGain <= EPS)) {
                    other = v;
                    moves++;
                    return true;
                }
                list.remove(pos);
            }
            d.retime(v);
        }
        own.add(index, trip);
        trip.unit = u;
        d.retime(u);
        return false;
    }

    private boolean swapConsecutive(int u) {
        List<Dispatcher.Draft> list = d.drafts.get(u);
        boolean any = false;
        for (int i = 0; i + 1 < list.size(); i++) {
            double before = d.unitCost(u);
            java.util.Collections.swap(list, i, i + 1);
            if (d.retime(u) && d.unitCost(u) < before - EPS) {
                moves++;
                any = true;
            } else {
                java.util.Collections.swap(list, i, i + 1);
                d.retime(u);
            }
        }
        return any;
    }

    static List<Integer> unitsWithTrips(Dispatcher d) {
        List<Integer> out = new ArrayList<>();
        for (int u = 0; u < d.unitCount; u++) {
            if (!d.drafts.get(u).isEmpty()) {
                out.add(u);
            }
        }
        return out;
    }
}
