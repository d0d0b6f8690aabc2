package se.samverkan.planner.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.samverkan.gis.GeoPoint;
import se.samverkan.gis.travel.TravelTimeModel;
import se.samverkan.gis.travel.Urgency;
import se.samverkan.planner.BedCapacity;
import se.samverkan.planner.CareNeed;
import se.samverkan.planner.CasualtyGroup;
import se.samverkan.planner.Hospital;
import se.samverkan.planner.PlanningProblem;
import se.samverkan.planner.Policy;
import se.samverkan.planner.TransportUnit;
import se.samverkan.planner.plan.PatientSlice;
import se.samverkan.planner.plan.Plan;
import se.samverkan.planner.plan.Trip;
import se.samverkan.planner.plan.UnservedPatients;

/**
 * Checks a plan against its problem, independently of the planner (own arithmetic, travel times asked from
 * the model leg by leg):
 * <ul>
 * <li>every patient accounted for exactly once: per group, patients in trips plus unserved equal its count;
 * unserved patients carry a reason;</li>
 * <li>beds: per hospital and category at most available plus the surge the policy allows;</li>
 * <li>each unit's trips numbered 1, 2, … without gaps, each leaving no earlier than the unit is available
 * (first trip) or free after the previous one, reaching the source, picking up no earlier than every
 * patient is ready, and arriving no earlier than the ride allows; free again only after the turnaround;</li>
 * <li>a trip's patients fit the unit's lying and seated places, need no more care than its crew gives, share
 * the source, and ride no longer than their triage's maximum;</li>
 * <li>the reported objective equals the objective recomputed here.</li>
 * </ul>
 * Trips marked fixed (under way at a re-plan) are checked for accounting, beds and their own ride only:
 * their unit may have broken down since.
 */
public final class PlanValidator {

    private static final double TOLERANCE = 1e-6;

    private final TravelTimeModel travelTimes;

    public PlanValidator(TravelTimeModel travelTimes) {
        this.travelTimes = travelTimes;
    }

    /** The rules the plan breaks; empty when it is valid. */
    public List<String> violations(PlanningProblem problem, Plan plan) {
        List<String> out = new ArrayList<>();
        Policy policy = problem.policy();
        Map<String, CasualtyGroup> groups = new HashMap<>();
        problem.groups().forEach(g -> groups.put(g.id(), g));
        Map<String, Hospital> hospitals = new HashMap<>();
        problem.hospitals().forEach(h -> hospitals.put(h.id(), h));
        Map<String, TransportUnit> units = new HashMap<>();
        problem.units().forEach(u -> units.put(u.id(), u));

        Map<String, Integer> accounted = new HashMap<>();
        Map<String, Integer> beds = new HashMap<>();
        Map<String, List<Trip>> tripsByUnit = new HashMap<>();
        double objective = 0;
        for (Trip trip : plan.trips()) {
            String where = "trip " + trip.number() + " of unit " + trip.unitId();
            Hospital hospital = hospitals.get(trip.hospitalId());
            if (hospital == null) {
                out.add(where + ": unknown hospital " + trip.hospitalId());
                continue;
            }
            tripsByUnit.computeIfAbsent(trip.unitId(), k -> new ArrayList<>()).add(trip);
            TransportUnit unit = units.get(trip.unitId());
            if (unit == null && !trip.fixed()) {
                out.add(where + ": unknown unit");
                continue;
            }
            int lying = 0;
            int seated = 0;
            for (PatientSlice slice : trip.patients()) {
                CasualtyGroup g = groups.get(slice.groupId());
                if (g == null) {
                    out.add(where + ": unknown casualty group " + slice.groupId());
                    continue;
                }
                accounted.merge(g.id(), slice.count(), Integer::sum);
                beds.merge(hospital.id() + "/" + g.careNeed(), slice.count(), Integer::sum);
                if (g.lying()) {
                    lying += slice.count();
                } else {
                    seated += slice.count();
                }
                if (!g.location().equals(trip.source())) {
                    out.add(where + ": group " + g.id() + " is not at the trip's source");
                }
                double ready = problem.minutesAfterStart(g.readyAt());
                if (trip.pickup() < ready - TOLERANCE) {
                    out.add(where + ": picks up group " + g.id() + " at " + trip.pickup() + " before it is ready at " + ready);
                }
                if (unit != null && !unit.careLevel().covers(policy.requiredCareLevel(g))) {
                    out.add(where + ": crew care level " + unit.careLevel() + " is below the " + policy.requiredCareLevel(g)
                            + " group " + g.id() + " needs");
                }
                if (trip.arrival() - trip.pickup() > policy.maxTransport(g.triage()) + TOLERANCE) {
                    out.add(where + ": ride of " + (trip.arrival() - trip.pickup()) + " min exceeds the " + g.triage() + " maximum");
                }
                objective += slice.count() * (policy.weight(g.triage()) * (trip.arrival() - ready) + policy.regionPenalty(g, hospital));
            }
            if (unit != null) {
                if (lying > unit.lyingPlaces() || seated > unit.seatedPlaces()) {
                    out.add(where + ": carries " + lying + " lying and " + seated + " seated, has "
                            + unit.lyingPlaces() + " and " + unit.seatedPlaces() + " places");
                }
                double ride = minutes(trip.source(), hospital.location(), unit);
                if (!(trip.arrival() >= trip.pickup() + ride - TOLERANCE)) {
                    out.add(where + ": arrives " + (trip.arrival() - trip.pickup()) + " min after pickup, the ride takes " + ride);
                }
                if (trip.freeAt() < trip.arrival() + unit.turnaroundMinutes() - TOLERANCE) {
                    out.add(where + ": free again before its turnaround is over");
                }
            }
        }
        for (Map.Entry<String, List<Trip>> e : tripsByUnit.entrySet()) {
            checkTimeline(problem, units.get(e.getKey()), e.getKey(), e.getValue(), hospitals, out);
        }
        for (UnservedPatients u : plan.unserved()) {
            CasualtyGroup g = groups.get(u.groupId());
            if (g == null) {
                out.add("unserved: unknown casualty group " + u.groupId());
                continue;
            }
            if (u.reason() == null || u.reason().isBlank()) {
                out.add("unserved patients of group " + g.id() + " have no reason");
            }
            accounted.merge(g.id(), u.count(), Integer::sum);
            objective += u.count() * policy.weight(g.triage()) * policy.unservedMinutes();
        }
        for (CasualtyGroup g : problem.groups()) {
            int n = accounted.getOrDefault(g.id(), 0);
            if (n != g.count()) {
                out.add("group " + g.id() + ": " + g.count() + " patients, the plan accounts for " + n);
            }
        }
        for (Hospital h : problem.hospitals()) {
            for (CareNeed need : CareNeed.values()) {
                int load = beds.getOrDefault(h.id() + "/" + need, 0);
                BedCapacity c = h.capacityFor(need);
                int limit = c.available() + (int) Math.floor(c.surge() * policy.surgeAllowance() + 1e-9);
                if (load > limit) {
                    out.add("hospital " + h.id() + ": " + load + " " + need + " patients, " + limit + " beds with allowed surge");
                }
                objective += Math.max(0, load - c.available()) * policy.surgePenalty();
            }
        }
        double reported = plan.figures().objective();
        if (Math.abs(reported - objective) > 1e-6 * Math.max(1, Math.abs(objective))) {
            out.add("objective reported as " + reported + ", recomputed " + objective);
        }
        if (plan.bound() != null && plan.bound().value() > objective + 1e-6 * Math.max(1, Math.abs(objective))) {
            out.add("lower bound " + plan.bound().value() + " exceeds the plan's objective " + objective);
        }
        return out;
    }

    private void checkTimeline(PlanningProblem problem, TransportUnit unit, String unitId, List<Trip> trips,
                               Map<String, Hospital> hospitals, List<String> out) {
        trips.sort(Comparator.comparingInt(Trip::number));
        for (int i = 0; i < trips.size(); i++) {
            if (trips.get(i).number() != i + 1) {
                out.add("unit " + unitId + ": trips numbered " + trips.stream().map(Trip::number).toList() + ", expected 1, 2, …");
                return;
            }
        }
        if (unit == null) {
            return; // only fixed trips of a unit that has left the problem
        }
        double free = problem.minutesAfterStart(unit.availableAt());
        GeoPoint at = unit.position();
        for (Trip trip : trips) {
            String where = "trip " + trip.number() + " of unit " + unitId;
            if (!trip.fixed()) {
                if (trip.departure() < free - TOLERANCE) {
                    out.add(where + ": leaves at " + trip.departure() + " before the unit is free at " + free);
                }
                double leg = minutes(at, trip.source(), unit);
                if (trip.pickup() < trip.departure() + leg - TOLERANCE) {
                    out.add(where + ": at the source " + (trip.pickup() - trip.departure()) + " min after leaving, the leg takes " + leg);
                }
            }
            free = trip.freeAt();
            at = hospitals.get(trip.hospitalId()).location();
        }
    }

    private double minutes(GeoPoint from, GeoPoint to, TransportUnit unit) {
        var estimate = travelTimes.estimate(from, to, unit.mode(), Urgency.URGENT);
        return estimate.reachable() ? estimate.minutes() : Double.POSITIVE_INFINITY;
    }

    /** Throws with every violation listed when the plan is not valid; for tests and the CLI. */
    public void requireValid(PlanningProblem problem, Plan plan) {
        List<String> v = violations(problem, plan);
        if (!v.isEmpty()) {
            throw new IllegalStateException("invalid plan:\n  " + String.join("\n  ", v.subList(0, Math.min(20, v.size())))
                    + (v.size() > 20 ? "\n  … and " + (v.size() - 20) + " more" : ""));
        }
    }
}
