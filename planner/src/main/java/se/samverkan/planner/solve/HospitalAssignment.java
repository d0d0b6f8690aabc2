package se.samverkan.planner.solve;

import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import java.util.ArrayList;
import java.util.List;
import se.samverkan.gis.travel.TransportMode;
import se.samverkan.planner.BedCapacity;
import se.samverkan.planner.CareNeed;
import se.samverkan.planner.CasualtyGroup;
import se.samverkan.planner.Policy;
import se.samverkan.planner.TransportUnit;

/**
 * Decides how many patients of each group go to each hospital: a min-cost flow from groups through
 * (hospital, category) beds — available beds free, allowed surge beds at the surge penalty — with an
 * "unserved" arc at the unserved cost. The cost of a patient at a hospital is its weight times the ride of
 * the mode most of its possible units have (the mode it will most likely get), plus the region penalty.
 */
final class HospitalAssignment {

    /** Costs are integers in the flow: hundredths of a weighted minute. */
    private static final double SCALE = 100;

    private HospitalAssignment() {
    }

    /**
     * @param expectedWait minutes a patient of group g is expected to wait for a unit of mode m, indexed
     *                     {@code g * modes + m}: learnt from an earlier dispatch, zero at first
     */
    static List<Dispatcher.Demand> solve(Dispatcher dispatcher, int[] remaining, java.util.function.IntToDoubleFunction stability,
                                         double[] expectedWait) {
        return solve(dispatcher, remaining, stability, expectedWait, java.util.Map.of(), 0);
    }

    /**
     * @param keep        re-planning: patients per (group, hospital) ({@link Dispatcher#key}) that the previous plan
     *                    sent there in trips that have not left
     * @param keepMinutes minutes (times the group's weight in the search) a patient of {@code keep} earns by staying:
     *                    the assignment then moves earlier patients only to serve others it could not otherwise serve,
     *                    or to save more than this
     */
    static List<Dispatcher.Demand> solve(Dispatcher dispatcher, int[] remaining, java.util.function.IntToDoubleFunction stability,
                                         double[] expectedWait, java.util.Map<Long, Integer> keep, double keepMinutes) {
        TravelTables tt = dispatcher.tt;
        Policy policy = dispatcher.policy;
        List<CasualtyGroup> groups = dispatcher.groups;
        int needs = CareNeed.values().length;
        int G = groups.size();
        int H = tt.hospitalCount;
        int bedNode0 = G;
        int sink = G + H * needs;
        MinCostFlow flow = new MinCostFlow(sink + 1, G * 4 + H * needs * 2 + G + keep.size());
        List<int[]> groupArcs = new ArrayList<>(); // {arc, group, hospital}
        long total = 0;
        for (int g = 0; g < G; g++) {
            if (remaining[g] <= 0) {
                continue;
            }
            total += remaining[g];
            flow.setNodeSupply(g, remaining[g]);
            CasualtyGroup group = groups.get(g);
            double w = dispatcher.weight(g);
            for (int h = 0; h < H; h++) {
                if (dispatcher.capacity(h, group.careNeed().ordinal()) - dispatcher.used[h][group.careNeed().ordinal()] <= 0) {
                    continue;
                }
                TransportMode mode = assumedMode(dispatcher, g, h);
                if (mode == null) {
                    continue;
                }
                double ride = tt.ride(mode, tt.sourceOfGroup[g], h);
                double wait = expectedWait == null ? 0 : expectedWait[g * TravelTables.MODES.length + mode.ordinal()];
                double cost = w * (ride + wait) + dispatcher.penalty(g, h) - stability.applyAsDouble(g * H + h);
                int arc = flow.addArcWithCapacityAndUnitCost(g, bedNode0 + h * needs + group.careNeed().ordinal(),
                        remaining[g], Math.round(cost * SCALE));
                groupArcs.add(new int[] {arc, g, h});
                int kept = Math.min(remaining[g], keep.getOrDefault(Dispatcher.key(g, h), 0));
                if (kept > 0) {
                    int keepArc = flow.addArcWithCapacityAndUnitCost(g, bedNode0 + h * needs + group.careNeed().ordinal(),
                            kept, Math.round((cost - w * keepMinutes) * SCALE));
                    groupArcs.add(new int[] {keepArc, g, h});
                }
            }
            flow.addArcWithCapacityAndUnitCost(g, sink, remaining[g],
                    Math.round(dispatcher.unservedCost(g) * SCALE));
        }
        for (int h = 0; h < H; h++) {
            for (CareNeed need : CareNeed.values()) {
                BedCapacity c = dispatcher.problem.hospitals().get(h).capacityFor(need);
                int usedNow = dispatcher.used[h][need.ordinal()];
                int avail = Math.max(0, c.available() - usedNow);
                int surge = Math.max(0, policy.allowedSurge(c) - Math.max(0, usedNow - c.available()));
                int node = bedNode0 + h * needs + need.ordinal();
                if (avail > 0) {
                    flow.addArcWithCapacityAndUnitCost(node, sink, avail, 0);
                }
                if (surge > 0) {
                    flow.addArcWithCapacityAndUnitCost(node, sink, surge, Math.round(policy.surgePenalty() * SCALE));
                }
            }
        }
        flow.setNodeSupply(sink, -total);
        List<Dispatcher.Demand> demands = new ArrayList<>();
        if (total == 0) {
            return demands;
        }
        MinCostFlowBase.Status status = flow.solve();
        if (status != MinCostFlowBase.Status.OPTIMAL) {
            throw new IllegalStateException("the hospital assignment flow ended with " + status);
        }
        int[] assigned = new int[G];
        for (int[] a : groupArcs) {
            long f = flow.getFlow(a[0]);
            if (f > 0) {
                demands.add(new Dispatcher.Demand(a[1], a[2], (int) f));
                assigned[a[1]] += (int) f;
            }
        }
        for (int g = 0; g < G; g++) {
            int left = remaining[g] - assigned[g];
            if (left > 0) {
                // Left unserved by the assignment: let the dispatcher try any free bed, and give the reason if none.
                demands.add(new Dispatcher.Demand(g, -1, left));
            }
        }
        return demands;
    }

    /**
     * The mode the assignment expects group g to ride to hospital h with: the usual mode of its units when
     * that is within the maximum ride, else the fastest mode that is; null when none is.
     */
    static TransportMode assumedMode(Dispatcher dispatcher, int g, int h) {
        TransportMode usual = dispatcher.usualMode(g);
        if (usual != null && dispatcher.tt.ride(usual, dispatcher.tt.sourceOfGroup[g], h) <= dispatcher.maxRide(g)) {
            return usual;
        }
        TransportMode best = null;
        double bestRide = Double.POSITIVE_INFINITY;
        int mask = dispatcher.modesFor(g);
        for (TransportMode m : TravelTables.MODES) {
            double ride = dispatcher.tt.ride(m, dispatcher.tt.sourceOfGroup[g], h);
            if ((mask & (1 << m.ordinal())) != 0 && ride <= dispatcher.maxRide(g) && ride < bestRide) {
                bestRide = ride;
                best = m;
            }
        }
        return best;
    }

    /**
     * What the patients of a dispatch actually waited beyond the ride the assignment expected, per group and
     * expected mode (a weighted mean); groups and modes without patients keep {@code previous}.
     */
    static double[] learnWaits(Dispatcher d, double[] previous) {
        int modes = TravelTables.MODES.length;
        double[] sum = new double[d.groups.size() * modes];
        double[] n = new double[sum.length];
        for (int u = 0; u < d.unitCount; u++) {
            for (Dispatcher.Draft trip : d.drafts.get(u)) {
                for (int[] s : trip.slices) {
                    TransportMode m = assumedMode(d, s[0], trip.hospital);
                    if (m == null) {
                        continue;
                    }
                    double expectedRide = d.tt.ride(m, trip.source, trip.hospital);
                    int i = s[0] * modes + m.ordinal();
                    sum[i] += s[1] * (trip.arrival - d.ready(s[0]) - expectedRide);
                    n[i] += s[1];
                }
            }
        }
        double[] out = previous == null ? new double[sum.length] : previous.clone();
        for (int i = 0; i < sum.length; i++) {
            if (n[i] > 0) {
                out[i] = Math.max(0, sum[i] / n[i]);
            }
        }
        return out;
    }

    /** The shortest ride to hospital h by a mode some unit able to carry the group has, within the policy's limit. */
    static double fastestFeasibleRide(Dispatcher dispatcher, int g, int h) {
        double best = Double.POSITIVE_INFINITY;
        int mask = dispatcher.modesFor(g);
        for (TransportMode m : TravelTables.MODES) {
            if ((mask & (1 << m.ordinal())) == 0) {
                continue;
            }
            double ride = dispatcher.tt.ride(m, dispatcher.tt.sourceOfGroup[g], h);
            if (ride <= dispatcher.maxRide(g) && ride < best) {
                best = ride;
            }
        }
        return best;
    }

    /** The mode with most places among the units that can carry the group. */
    static TransportMode computeUsualMode(Dispatcher dispatcher, int g) {
        long[] places = new long[TravelTables.MODES.length];
        boolean lying = dispatcher.groups.get(g).lying();
        for (int u = 0; u < dispatcher.unitCount; u++) {
            if (dispatcher.compatible(u, g)) {
                TransportUnit unit = dispatcher.tt.unit(u);
                places[unit.mode().ordinal()] += unit.places(lying);
            }
        }
        int best = -1;
        for (int m = 0; m < places.length; m++) {
            if (places[m] > 0 && (best < 0 || places[m] > places[best])) {
                best = m;
            }
        }
        return best < 0 ? null : TravelTables.MODES[best];
    }
}
