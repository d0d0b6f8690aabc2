package se.samverkan.planner.solve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.samverkan.gis.travel.TransportMode;
import se.samverkan.planner.BedCapacity;
import se.samverkan.planner.CareLevel;
import se.samverkan.planner.CasualtyGroup;
import se.samverkan.planner.Hospital;
import se.samverkan.planner.Policy;
import se.samverkan.planner.PlanningProblem;
import se.samverkan.planner.TransportUnit;
import se.samverkan.planner.plan.PatientSlice;
import se.samverkan.planner.plan.Trip;

/**
 * Builds unit trips from patient demands (a group's patients bound for a hospital, or for the best hospital
 * still free) and holds the state the improvement moves work on: each unit's list of trips, retimed from
 * the unit's start whenever the list changes, and the beds used per hospital and category.
 */
final class Dispatcher {

    /** A trip under construction; times are minutes after the plan start. */
    static final class Draft {
        int unit;
        int source;
        int hospital;
        double departure;
        double pickup;
        double arrival;
        double freeAt;
        final List<int[]> slices = new ArrayList<>(); // {group, count}
        boolean fixed;
        Trip original;

        int count(boolean lying, List<CasualtyGroup> groups) {
            int n = 0;
            for (int[] s : slices) {
                if (groups.get(s[0]).lying() == lying) {
                    n += s[1];
                }
            }
            return n;
        }
    }

    /** Patients of one group still to be moved; {@code hospital} −1 means "any hospital with a free bed". */
    static final class Demand {
        final int group;
        int hospital;
        int remaining;

        Demand(int group, int hospital, int remaining) {
            this.group = group;
            this.hospital = hospital;
            this.remaining = remaining;
        }
    }

    /**
     * How the dispatcher picks a unit for patients bound for a hospital: the one that hands them over soonest,
     * or (greedy baseline) the one free soonest, nearest among those free equally soon.
     */
    enum UnitRule { EARLIEST_ARRIVAL, NEAREST_IDLE }

    /**
     * Which units the unit rule ranges over (docs/decisions/0005-planner-baselines.md): every unit in the country
     * (the plan, the national comparison), or — uncoordinated practice, the baselines — the units whose
     * home region is the patients' region, and every unit only when none of those that could take the patients
     * is free by the time they are ready. A unit without a home region is nobody's own. Applies to
     * {@link #chooseUnit}, the unit choice for a given hospital (the only one the baselines make).
     */
    enum DispatchScope { NATIONAL, OWN_REGION_FIRST }

    DispatchScope scope = DispatchScope.NATIONAL;

    /** How a hospital is chosen for patients the assignment did not bind: least weighted cost, or nearest. */
    enum HospitalRule { LEAST_COST, NEAREST }

    HospitalRule hospitalRule = HospitalRule.LEAST_COST;
    /**
     * Weighted minutes charged per minute a trip keeps a unit busy, when the dispatcher chooses hospitals
     * itself: a far hospital costs the patients still waiting for that unit.
     */
    double opportunityCost;
    private static final int CANDIDATE_HOSPITALS = 20;
    private int[][] candidates;

    final PlanningProblem problem;
    final Policy policy;
    final TravelTables tt;
    final List<CasualtyGroup> groups;
    final int unitCount;
    final double[] startFree;
    final int[] startAt;
    final int[] startNumber;
    final List<List<Draft>> drafts = new ArrayList<>();
    final int[][] used;
    final int[][] reserved;
    final int[] unservedCount;
    final Map<Integer, String> unservedReason = new HashMap<>();
    final CareLevel[] required;
    /** Optional preference for keeping previous choices (re-planning): group → hospital → units. */
    Map<Long, java.util.Set<Integer>> previousUnits = Map.of();
    double stabilityBonus;
    /**
     * Re-planning: weighted minutes charged per patient whose hospital (or unit) differs from the previous plan,
     * in every cost the search sees (construction and improvement), so a change must gain more than it costs.
     */
    java.util.Set<Long> previousHospitals = java.util.Set.of();
    double hospitalChangeCost;
    double unitChangeCost;
    /**
     * Multiplies the weight and penalties of P1 patients in every cost the search sees (not in the reported
     * objective or the bound): with {@link #P1_FIRST} the search is lexicographic, P1 first.
     */
    double p1Factor = 1;
    static final double P1_FIRST = 1000;

    Dispatcher(PlanningProblem problem, TravelTables tt, List<Trip> fixedTrips, double notBefore) {
        this.problem = problem;
        this.policy = problem.policy();
        this.tt = tt;
        this.groups = problem.groups();
        this.unitCount = problem.units().size();
        startFree = new double[unitCount];
        startAt = new int[unitCount];
        startNumber = new int[unitCount];
        used = new int[tt.hospitalCount][se.samverkan.planner.CareNeed.values().length];
        reserved = new int[tt.hospitalCount][se.samverkan.planner.CareNeed.values().length];
        unservedCount = new int[groups.size()];
        required = new CareLevel[groups.size()];
        for (int g = 0; g < groups.size(); g++) {
            required[g] = policy.requiredCareLevel(groups.get(g));
        }
        Map<String, Integer> unitIndex = new HashMap<>();
        for (int u = 0; u < unitCount; u++) {
            unitIndex.put(problem.units().get(u).id(), u);
            startFree[u] = Math.max(notBefore, problem.minutesAfterStart(problem.units().get(u).availableAt()));
            startAt[u] = -1;
            startNumber[u] = 0;
            drafts.add(new ArrayList<>());
        }
        for (Trip t : fixedTrips) {
            int h = hospitalIndex(t.hospitalId());
            for (PatientSlice s : t.patients()) {
                used[h][groups.get(groupIndex(s.groupId())).careNeed().ordinal()] += s.count();
            }
            Integer u = unitIndex.get(t.unitId());
            if (u != null && t.freeAt() >= startFree[u] - 1e-9) {
                startFree[u] = t.freeAt();
                startAt[u] = h;
            }
            if (u != null) {
                startNumber[u] = Math.max(startNumber[u], t.number());
            }
        }
    }

    private final Map<String, Integer> groupIndexCache = new HashMap<>();
    private final Map<String, Integer> hospitalIndexCache = new HashMap<>();

    int groupIndex(String id) {
        if (groupIndexCache.isEmpty()) {
            for (int g = 0; g < groups.size(); g++) {
                groupIndexCache.put(groups.get(g).id(), g);
            }
        }
        Integer g = groupIndexCache.get(id);
        if (g == null) {
            throw new IllegalArgumentException("a fixed trip carries group " + id + ", which the problem does not have");
        }
        return g;
    }

    int hospitalIndex(String id) {
        if (hospitalIndexCache.isEmpty()) {
            for (int h = 0; h < tt.hospitalCount; h++) {
                hospitalIndexCache.put(problem.hospitals().get(h).id(), h);
            }
        }
        Integer h = hospitalIndexCache.get(id);
        if (h == null) {
            throw new IllegalArgumentException("a fixed trip goes to hospital " + id + ", which the problem does not have");
        }
        return h;
    }

    // ---- small facts -------------------------------------------------------------------------------

    private int[] modeMask;
    private TransportMode[] usual;

    TransportMode usualMode(int g) {
        if (usual == null) {
            usual = new TransportMode[groups.size()];
            for (int gg = 0; gg < groups.size(); gg++) {
                usual[gg] = HospitalAssignment.computeUsualMode(this, gg);
            }
        }
        return usual[g];
    }

    /** Bit m set when some unit of mode m can carry the group's patients. */
    int modesFor(int g) {
        if (modeMask == null) {
            modeMask = new int[groups.size()];
            for (int gg = 0; gg < groups.size(); gg++) {
                for (int u = 0; u < unitCount; u++) {
                    if (compatible(u, gg)) {
                        modeMask[gg] |= 1 << tt.unit(u).mode().ordinal();
                    }
                }
            }
        }
        return modeMask[g];
    }

    boolean compatible(int u, int g) {
        TransportUnit unit = tt.unit(u);
        return unit.careLevel().covers(required[g]) && unit.places(groups.get(g).lying()) > 0;
    }

    private double[] readyTable;
    private double[] weightTable;
    private double[] maxRideTable;

    private double[] scaleTable;

    private void groupTables() {
        int n = groups.size();
        readyTable = new double[n];
        weightTable = new double[n];
        maxRideTable = new double[n];
        scaleTable = new double[n];
        for (int g = 0; g < n; g++) {
            readyTable[g] = problem.minutesAfterStart(groups.get(g).readyAt());
            scaleTable[g] = groups.get(g).triage() == se.samverkan.planner.Triage.P1 ? p1Factor : 1;
            weightTable[g] = policy.weight(groups.get(g).triage()) * scaleTable[g];
            maxRideTable[g] = policy.maxTransport(groups.get(g).triage());
        }
    }

    double ready(int g) {
        if (readyTable == null) {
            groupTables();
        }
        return readyTable[g];
    }

    double weight(int g) {
        if (weightTable == null) {
            groupTables();
        }
        return weightTable[g];
    }

    double maxRide(int g) {
        if (maxRideTable == null) {
            groupTables();
        }
        return maxRideTable[g];
    }

    private int[][] capacityTable;
    private int[][] availableTable;

    /** Beds with the surge the policy allows, per hospital and category (looked up often: kept in arrays). */
    int capacity(int h, int need) {
        if (capacityTable == null) {
            int needs = se.samverkan.planner.CareNeed.values().length;
            capacityTable = new int[tt.hospitalCount][needs];
            availableTable = new int[tt.hospitalCount][needs];
            for (int hh = 0; hh < tt.hospitalCount; hh++) {
                for (int c = 0; c < needs; c++) {
                    BedCapacity beds = problem.hospitals().get(hh).capacityFor(se.samverkan.planner.CareNeed.values()[c]);
                    availableTable[hh][c] = beds.available();
                    capacityTable[hh][c] = beds.available() + policy.allowedSurge(beds);
                }
            }
        }
        return capacityTable[h][need];
    }

    int available(int h, int need) {
        capacity(h, need);
        return availableTable[h][need];
    }

    int free(int h, int need) {
        return capacity(h, need) - used[h][need] - reserved[h][need];
    }

    /** Extra surge cost of putting {@code n} more patients of category {@code need} at hospital h. */
    double surgeCost(int h, int need, int n) {
        int before = Math.max(0, used[h][need] - available(h, need));
        int after = Math.max(0, used[h][need] + n - available(h, need));
        return (after - before) * policy.surgePenalty();
    }

    private double[] penaltyTable;

    double penalty(int g, int h) {
        if (penaltyTable == null) {
            if (scaleTable == null) {
                groupTables();
            }
            penaltyTable = new double[groups.size() * tt.hospitalCount];
            for (int gg = 0; gg < groups.size(); gg++) {
                for (int hh = 0; hh < tt.hospitalCount; hh++) {
                    penaltyTable[gg * tt.hospitalCount + hh] = scaleTable[gg] * policy.regionPenalty(groups.get(gg), problem.hospitals().get(hh))
                            + (previousHospitals.isEmpty() || previousHospitals.contains(key(gg, hh)) ? 0 : hospitalChangeCost);
                }
            }
        }
        return penaltyTable[g * tt.hospitalCount + h];
    }

    /** The weight the search gives an unserved patient of group g (the P1 factor included). */
    double unservedCost(int g) {
        return weight(g) * policy.unservedMinutes();
    }

    /**
     * What the search minimises for the trips it built: weighted minutes and penalties as {@link #tripCost},
     * surge beyond the beds available, unserved patients (fixed trips are a constant and left out).
     */
    double searchObjective() {
        double cost = 0;
        for (int u = 0; u < unitCount; u++) {
            cost += unitCost(u);
        }
        for (int g = 0; g < groups.size(); g++) {
            cost += unservedCount[g] * unservedCost(g);
        }
        for (int h = 0; h < tt.hospitalCount; h++) {
            for (int c = 0; c < se.samverkan.planner.CareNeed.values().length; c++) {
                cost += Math.max(0, used[h][c] - available(h, c)) * policy.surgePenalty();
            }
        }
        return cost;
    }

    /** Minutes from where the unit stands after its trips before {@code index} to {@code source}. */
    double leg(int u, int at, int source) {
        return at < 0 ? tt.fromUnit(u, source) : tt.back(tt.unit(u).mode(), at, source);
    }

    // ---- timing -------------------------------------------------------------------------------------

    /** Retimes the unit's trips in order; false when a trip breaks a rule (ride too long, unreachable). */
    boolean retime(int u) {
        double free = startFree[u];
        int at = startAt[u];
        TransportMode mode = tt.unit(u).mode();
        for (Draft d : drafts.get(u)) {
            double leg = leg(u, at, d.source);
            double ride = tt.ride(mode, d.source, d.hospital);
            if (!Double.isFinite(leg) || !Double.isFinite(ride)) {
                return false;
            }
            double ready = 0;
            for (int[] s : d.slices) {
                ready = Math.max(ready, ready(s[0]));
                if (ride > maxRide(s[0]) + 1e-9) {
                    return false;
                }
            }
            d.pickup = Math.max(free + leg, ready);
            d.departure = d.pickup - leg;
            d.arrival = d.pickup + ride;
            d.freeAt = d.arrival + tt.unit(u).turnaroundMinutes();
            free = d.freeAt;
            at = d.hospital;
        }
        return true;
    }

    /** Weighted minutes and region penalties of the unit's patients (surge is counted per hospital). */
    double unitCost(int u) {
        double cost = 0;
        for (Draft d : drafts.get(u)) {
            cost += tripCost(d);
        }
        return cost;
    }

    double tripCost(Draft d) {
        double cost = 0;
        for (int[] s : d.slices) {
            cost += s[1] * (weight(s[0]) * (d.arrival - ready(s[0])) + penalty(s[0], d.hospital));
            if (unitChangeCost > 0 && !previousUnits.getOrDefault(key(s[0], d.hospital), java.util.Set.of()).contains(d.unit)) {
                cost += s[1] * unitChangeCost;
            }
        }
        return cost;
    }

    /**
     * The unit's patients' part of the reported objective: weighted minutes and region penalties without the P1
     * factor or a re-plan's change costs (surge is counted per hospital).
     */
    double weightedUnitCost(int u) {
        double cost = 0;
        for (Draft d : drafts.get(u)) {
            for (int[] s : d.slices) {
                CasualtyGroup group = groups.get(s[0]);
                cost += s[1] * (policy.weight(group.triage()) * (d.arrival - ready(s[0]))
                        + policy.regionPenalty(group, problem.hospitals().get(d.hospital)));
            }
        }
        return cost;
    }

    double unitFreeAt(int u) {
        List<Draft> list = drafts.get(u);
        return list.isEmpty() ? startFree[u] : list.get(list.size() - 1).freeAt;
    }

    int unitAt(int u) {
        List<Draft> list = drafts.get(u);
        return list.isEmpty() ? startAt[u] : list.get(list.size() - 1).hospital;
    }

    // ---- greedy construction ------------------------------------------------------------------------

    /**
     * Moves every demand, most urgent first, each trip by the unit that hands the patients over soonest
     * (or by the nearest idle unit), filling the unit's other places with patients from the same source
     * bound for the same hospital.
     */
    void dispatch(List<Demand> demands, UnitRule rule, boolean bundle, Comparator<Demand> order) {
        for (Demand d : demands) {
            if (d.hospital >= 0) {
                reserved[d.hospital][groups.get(d.group).careNeed().ordinal()] += d.remaining;
            }
        }
        List<Demand> sorted = new ArrayList<>(demands);
        sorted.sort(order);
        Map<Long, List<Demand>> bySourceAndHospital = new HashMap<>();
        Map<Integer, List<Demand>> unboundBySource = new HashMap<>();
        if (bundle) {
            for (Demand d : sorted) {
                if (d.hospital >= 0) {
                    bySourceAndHospital.computeIfAbsent(key(tt.sourceOfGroup[d.group], d.hospital), k -> new ArrayList<>()).add(d);
                } else {
                    unboundBySource.computeIfAbsent(tt.sourceOfGroup[d.group], k -> new ArrayList<>()).add(d);
                }
            }
        }
        for (Demand d : sorted) {
            while (d.remaining > 0) {
                int g = d.group;
                int need = groups.get(g).careNeed().ordinal();
                int[] choice = d.hospital >= 0 ? chooseUnit(g, d.hospital, rule) : null;
                if (choice == null) {
                    // The bound hospital cannot be reached by any unit in time: release its beds, choose again.
                    if (d.hospital >= 0) {
                        reserved[d.hospital][need] -= d.remaining;
                        if (bundle) {
                            bySourceAndHospital.get(key(tt.sourceOfGroup[g], d.hospital)).remove(d);
                        }
                        d.hospital = -1;
                    }
                    choice = chooseUnitAndHospital(g, rule);
                    if (choice == null) {
                        unservedCount[g] += d.remaining;
                        unservedReason.putIfAbsent(g, unreachableReason(g));
                        d.remaining = 0;
                        break;
                    }
                }
                int u = choice[0];
                int h = choice[1];
                Draft trip = new Draft();
                trip.unit = u;
                trip.source = tt.sourceOfGroup[g];
                trip.hospital = h;
                drafts.get(u).add(trip);
                retime(u);
                TransportUnit unit = tt.unit(u);
                int[] placesLeft = {unit.seatedPlaces(), unit.lyingPlaces()};
                load(trip, d, placesLeft, d.hospital < 0);
                if (bundle && d.hospital < 0) {
                    // Unbound patients of the same triage at this source ride along when the hospital has their beds.
                    for (Demand other : unboundBySource.getOrDefault(trip.source, List.of())) {
                        if (other != d && other.remaining > 0 && other.hospital < 0 && compatible(u, other.group)
                                && groups.get(other.group).triage() == groups.get(g).triage()
                                && ready(other.group) <= trip.pickup + 1e-9
                                && tt.ride(unit.mode(), trip.source, h) <= maxRide(other.group) + 1e-9) {
                            load(trip, other, placesLeft, true);
                        }
                    }
                }
                if (bundle && d.hospital >= 0) {
                    for (Demand other : bySourceAndHospital.get(key(trip.source, h))) {
                        if (other != d && other.remaining > 0 && compatible(u, other.group)
                                && ready(other.group) <= trip.pickup + 1e-9
                                && tt.ride(unit.mode(), trip.source, h) <= maxRide(other.group) + 1e-9) {
                            load(trip, other, placesLeft, false);
                        }
                    }
                }
                retime(u);
            }
        }
    }

    private void load(Draft trip, Demand d, int[] placesLeft, boolean unreserved) {
        int posture = groups.get(d.group).lying() ? 1 : 0;
        int need = groups.get(d.group).careNeed().ordinal();
        int n = Math.min(d.remaining, placesLeft[posture]);
        if (unreserved) {
            n = Math.min(n, free(trip.hospital, need));
        }
        if (n <= 0) {
            return;
        }
        placesLeft[posture] -= n;
        d.remaining -= n;
        if (!unreserved) {
            reserved[trip.hospital][need] -= n;
        }
        used[trip.hospital][need] += n;
        trip.slices.add(new int[] {d.group, n});
    }

    static long key(int a, int b) {
        return ((long) a << 32) | (b & 0xffffffffL);
    }

    /** {unit, hospital} for the group's next patients to hospital h by the rule within the {@link #scope}, or null. */
    private int[] chooseUnit(int g, int h, UnitRule rule) {
        int s = tt.sourceOfGroup[g];
        double ready = ready(g);
        double best = Double.POSITIVE_INFINITY;
        int bestUnit = -1;
        java.util.Set<Integer> preferred = previousUnits.getOrDefault(key(g, h), java.util.Set.of());
        String ownRegion = scope == DispatchScope.OWN_REGION_FIRST && ownUnitFree(g, h) ? groups.get(g).region() : null;
        for (int u = 0; u < unitCount; u++) {
            if (!compatible(u, g) || ownRegion != null && !tt.unit(u).belongsTo(ownRegion)) {
                continue;
            }
            TransportUnit unit = tt.unit(u);
            double ride = tt.ride(unit.mode(), s, h);
            if (!(ride <= maxRide(g))) {
                continue;
            }
            double leg = leg(u, unitAt(u), s);
            if (!Double.isFinite(leg)) {
                continue;
            }
            double free = unitFreeAt(u);
            double cost;
            if (rule == UnitRule.NEAREST_IDLE) {
                // Dispatch as an alarm centre without a plan does: the unit free soonest, then the closest.
                cost = Math.max(free, ready) * 1e4 + leg;
            } else {
                cost = Math.max(free + leg, ready) + ride;
                if (preferred.contains(u)) {
                    cost -= stabilityBonus;
                }
            }
            if (cost < best) {
                best = cost;
                bestUnit = u;
            }
        }
        return bestUnit < 0 ? null : new int[] {bestUnit, h};
    }

    /** Whether unit u can carry the group's patients and reach them, with a ride to h within the triage's maximum. */
    private boolean canTake(int u, int g, int h) {
        int s = tt.sourceOfGroup[g];
        return compatible(u, g) && tt.ride(tt.unit(u).mode(), s, h) <= maxRide(g)
                && Double.isFinite(leg(u, unitAt(u), s));
    }

    /**
     * Whether a unit of the group's own region that can take its patients to h is free (idle where it stands)
     * by the time they are ready: then its dispatch centre does not ask other regions (no delay is charged
     * for such a request when it does; decision 0005).
     */
    private boolean ownUnitFree(int g, int h) {
        String region = groups.get(g).region();
        double ready = ready(g);
        for (int u = 0; u < unitCount; u++) {
            if (tt.unit(u).belongsTo(region) && unitFreeAt(u) <= ready + 1e-9 && canTake(u, g, h)) {
                return true;
            }
        }
        return false;
    }

    /** {unit, hospital} with the least weighted cost over hospitals that still have a bed, or null. */
    private int[] chooseUnitAndHospital(int g, UnitRule rule) {
        if (hospitalRule == HospitalRule.NEAREST) {
            int h = nearestHospitalWithBeds(g, rule);
            if (h >= 0) {
                return chooseUnit(g, h, rule);
            }
            return null;
        }
        int s = tt.sourceOfGroup[g];
        int need = groups.get(g).careNeed().ordinal();
        double ready = ready(g);
        double w = weight(g);
        double best = Double.POSITIVE_INFINITY;
        int[] choice = null;
        int[] hospitals = hospitalsFor(s, need);
        for (int u = 0; u < unitCount; u++) {
            if (!compatible(u, g)) {
                continue;
            }
            TransportUnit unit = tt.unit(u);
            double leg = leg(u, unitAt(u), s);
            if (!Double.isFinite(leg)) {
                continue;
            }
            double pickup = Math.max(unitFreeAt(u) + leg, ready);
            for (int h : hospitals) {
                double ride = tt.ride(unit.mode(), s, h);
                if (!(ride <= maxRide(g))) {
                    continue;
                }
                double cost = rule == UnitRule.NEAREST_IDLE
                        ? Math.max(unitFreeAt(u), ready) * 1e4 + leg + ride * 1e-3
                        : w * (pickup + ride - ready) + penalty(g, h) + surgeCost(h, need, 1)
                          + opportunityCost * (pickup + ride + unit.turnaroundMinutes() - unitFreeAt(u));
                if (cost < best) {
                    best = cost;
                    choice = new int[] {u, h};
                }
            }
        }
        return choice;
    }

    /** Hospitals with a free bed of the category: the nearest few to the source, or all when those are full. */
    private int[] hospitalsFor(int source, int need) {
        if (candidates == null) {
            candidates = new int[tt.sourceCount][];
            for (int s = 0; s < tt.sourceCount; s++) {
                final int src = s;
                double[] best = new double[tt.hospitalCount];
                Integer[] order = new Integer[tt.hospitalCount];
                for (int h = 0; h < tt.hospitalCount; h++) {
                    order[h] = h;
                    best[h] = Double.POSITIVE_INFINITY;
                    for (TransportMode m : TravelTables.MODES) {
                        best[h] = Math.min(best[h], tt.ride(m, src, h));
                    }
                }
                java.util.Arrays.sort(order, Comparator.comparingDouble(h -> best[h]));
                candidates[s] = java.util.Arrays.stream(order).mapToInt(Integer::intValue).toArray();
            }
        }
        int[] all = candidates[source];
        int[] out = new int[Math.min(CANDIDATE_HOSPITALS, all.length)];
        int n = 0;
        for (int h : all) {
            if (n == out.length) {
                break;
            }
            if (free(h, need) > 0) {
                out[n++] = h;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /**
     * The hospital with a free bed nearest to the group's source: for a dispatcher without a plan, by the
     * ride of the unit that would go (earliest-arrival rule: the fastest mode at hand).
     */
    private int nearestHospitalWithBeds(int g, UnitRule rule) {
        int need = groups.get(g).careNeed().ordinal();
        int best = -1;
        double bestRide = Double.POSITIVE_INFINITY;
        for (int h = 0; h < tt.hospitalCount; h++) {
            if (free(h, need) <= 0) {
                continue;
            }
            double ride = HospitalAssignment.fastestFeasibleRide(this, g, h);
            if (ride < bestRide) {
                bestRide = ride;
                best = h;
            }
        }
        return best;
    }

    /** Why a group's patients could not be moved, checked from the most basic reason down. */
    String unreachableReason(int g) {
        CasualtyGroup group = groups.get(g);
        int need = group.careNeed().ordinal();
        String posture = group.lying() ? "lying" : "seated";
        if (unitCount == 0) {
            return "no transport units in the scenario";
        }
        boolean anyUnit = false;
        for (int u = 0; u < unitCount && !anyUnit; u++) {
            anyUnit = compatible(u, g);
        }
        if (!anyUnit) {
            return "no unit has a " + posture + " place and care level " + required[g] + " or higher";
        }
        boolean anyBeds = false;
        for (Hospital h : problem.hospitals()) {
            BedCapacity c = h.capacityFor(group.careNeed());
            anyBeds |= c.available() + policy.allowedSurge(c) > 0;
        }
        if (!anyBeds) {
            return "no hospital has " + group.careNeed() + " beds";
        }
        boolean anyReachable = false;
        for (int h = 0; h < tt.hospitalCount && !anyReachable; h++) {
            if (capacity(h, need) == 0) {
                continue;
            }
            for (int u = 0; u < unitCount && !anyReachable; u++) {
                anyReachable = compatible(u, g) && tt.ride(tt.unit(u).mode(), tt.sourceOfGroup[g], h) <= maxRide(g)
                        && Double.isFinite(tt.fromUnit(u, tt.sourceOfGroup[g]));
            }
        }
        if (!anyReachable) {
            return "no hospital with " + group.careNeed() + " beds lies within the " + group.triage()
                    + " maximum ride of " + Math.round(maxRide(g)) + " min for any unit that can carry these patients";
        }
        return "every " + group.careNeed() + " bed in reach (with the surge the policy allows) is taken by other patients";
    }

    // ---- warm start ---------------------------------------------------------------------------------

    /**
     * Re-planning: puts back the previous plan's trips that have not left (not fixed), each unit's in their old
     * order, as long as the unit is still in the problem, the hospital still has the beds, {@code quota} (patients
     * per (group, hospital), {@link #key}) still has room for the patients and the trip can still be driven within
     * the rules; slices beyond the quota are left out. The quota is counted down by what was placed.
     */
    void seed(List<Trip> previousTrips, Map<Long, Integer> quota, double now) {
        Map<String, Integer> unitIndex = new HashMap<>();
        for (int u = 0; u < unitCount; u++) {
            unitIndex.put(tt.unit(u).id(), u);
        }
        List<Trip> order = new ArrayList<>();
        for (Trip t : previousTrips) {
            if (!t.fixed() && t.departure() > now + 1e-9) {
                order.add(t);
            }
        }
        order.sort(Comparator.comparing(Trip::unitId).thenComparingInt(Trip::number));
        for (Trip t : order) {
            Integer u = unitIndex.get(t.unitId());
            Integer h = hospitalIndexCache.isEmpty() ? null : hospitalIndexCache.get(t.hospitalId());
            if (h == null) {
                try {
                    h = hospitalIndex(t.hospitalId());
                } catch (IllegalArgumentException e) {
                    continue;
                }
            }
            if (u == null) {
                continue;
            }
            Draft d = new Draft();
            d.unit = u;
            d.hospital = h;
            d.source = -1;
            int[] need = new int[se.samverkan.planner.CareNeed.values().length];
            boolean ok = true;
            for (PatientSlice s : t.patients()) {
                Integer g = groupIndexCache.isEmpty() ? null : groupIndexCache.get(s.groupId());
                if (g == null) {
                    try {
                        g = groupIndex(s.groupId());
                    } catch (IllegalArgumentException e) {
                        ok = false;
                        break;
                    }
                }
                if (quota.getOrDefault(key(g, h), 0) < s.count() || !compatible(u, g)
                        || (d.source >= 0 && d.source != tt.sourceOfGroup[g])) {
                    continue;
                }
                d.source = tt.sourceOfGroup[g];
                need[groups.get(g).careNeed().ordinal()] += s.count();
                d.slices.add(new int[] {g, s.count()});
            }
            if (!ok || d.slices.isEmpty()) {
                continue;
            }
            for (int c = 0; c < need.length && ok; c++) {
                ok = need[c] == 0 || used[h][c] + need[c] <= capacity(h, c);
            }
            if (!ok || d.count(true, groups) > tt.unit(u).lyingPlaces() || d.count(false, groups) > tt.unit(u).seatedPlaces()) {
                continue;
            }
            drafts.get(u).add(d);
            if (!retime(u)) {
                drafts.get(u).remove(drafts.get(u).size() - 1);
                retime(u);
                continue;
            }
            for (int[] s : d.slices) {
                used[h][groups.get(s[0]).careNeed().ordinal()] += s[1];
                quota.merge(key(s[0], h), -s[1], Integer::sum);
            }
        }
    }

    // ---- output -------------------------------------------------------------------------------------

    List<Trip> trips() {
        List<Trip> out = new ArrayList<>();
        for (int u = 0; u < unitCount; u++) {
            int number = startNumber[u];
            for (Draft d : drafts.get(u)) {
                List<PatientSlice> slices = new ArrayList<>();
                for (int[] s : d.slices) {
                    slices.add(new PatientSlice(groups.get(s[0]).id(), s[1]));
                }
                out.add(new Trip(tt.unit(u).id(), ++number, tt.sources.get(d.source),
                        problem.hospitals().get(d.hospital).id(), d.departure, d.pickup, d.arrival, d.freeAt, slices, false));
            }
        }
        return out;
    }
}
