package se.samverkan.planner.explain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import se.samverkan.gis.GeoPoint;
import se.samverkan.gis.travel.TransportMode;
import se.samverkan.gis.travel.TravelEstimate;
import se.samverkan.gis.travel.TravelTimeModel;
import se.samverkan.gis.travel.Urgency;
import se.samverkan.planner.BedCapacity;
import se.samverkan.planner.CareLevel;
import se.samverkan.planner.CareNeed;
import se.samverkan.planner.CasualtyGroup;
import se.samverkan.planner.Hospital;
import se.samverkan.planner.PlanningProblem;
import se.samverkan.planner.Policy;
import se.samverkan.planner.TransportUnit;
import se.samverkan.planner.plan.PatientSlice;
import se.samverkan.planner.plan.Plan;
import se.samverkan.planner.plan.Trip;

/**
 * Explains each assignment of a plan by the alternatives a coordinator would ask about:
 * <ul>
 * <li><b>hospitals</b> with beds of the patients' care category: what the ride would have been with the same
 * unit and pickup, what a patient would have cost there (the objective's own terms: weight × minutes to
 * definitive care, region penalty, surge penalty), how many beds the plan leaves there, and why it was not
 * chosen — out of the mode's reach, a ride beyond the triage's maximum, no bed left, more expensive — or, when
 * it would have been cheaper for these patients alone, that the plan as a whole was better this way;</li>
 * <li><b>units</b> with the care level and kind of place the patients need: when they could have been at the
 * pickup place given their own trips before it (their position, or the hospital of their previous trip), when
 * they could then have handed over, and why not — busy, slower, needed for a later trip of theirs.</li>
 * </ul>
 * Plain arithmetic over the problem, the plan and the travel-time model (the same legs the validator asks for),
 * independent of how the optimiser found the plan. Travel times are cached per run.
 */
public final class PlanExplainer {

    /** Alternatives listed per assignment, besides the chosen hospital and unit. */
    public static final int DEFAULT_ALTERNATIVES = 3;

    private static final double EPS = 1e-6;

    private final TravelTimeModel travelTimes;
    private final int alternatives;
    private final Function<String, String> unitNames;

    public PlanExplainer(TravelTimeModel travelTimes) {
        this(travelTimes, DEFAULT_ALTERNATIVES, Function.identity());
    }

    /**
     * @param alternatives how many alternative hospitals and units to list per assignment (0 … 20)
     * @param unitNames    how units are named in the sentences (a call sign, say); ids by default
     */
    public PlanExplainer(TravelTimeModel travelTimes, int alternatives, Function<String, String> unitNames) {
        this.travelTimes = Objects.requireNonNull(travelTimes, "travelTimes");
        if (alternatives < 0 || alternatives > 20) {
            throw new IllegalArgumentException("alternatives must be between 0 and 20, was " + alternatives);
        }
        this.alternatives = alternatives;
        this.unitNames = Objects.requireNonNull(unitNames, "unitNames");
    }

    /** One explanation per assignment, in the order of {@link Plan#assignments()}. */
    public List<AssignmentExplanation> explain(PlanningProblem problem, Plan plan) {
        Run run = new Run(problem, plan);
        List<AssignmentExplanation> out = new ArrayList<>();
        for (Trip trip : plan.trips()) {
            for (PatientSlice slice : trip.patients()) {
                out.add(run.explain(trip, slice));
            }
        }
        return out;
    }

    private record Leg(GeoPoint from, GeoPoint to, TransportMode mode) {
    }

    /** The state of one explanation run: the problem indexed, the plan's loads and unit timelines, cached legs. */
    private final class Run {

        private final PlanningProblem problem;
        private final Policy policy;
        private final Map<String, CasualtyGroup> groups = new HashMap<>();
        private final Map<String, Hospital> hospitals = new HashMap<>();
        private final Map<String, TransportUnit> units = new HashMap<>();
        private final Map<String, Integer> loads = new HashMap<>();
        private final Map<String, List<Trip>> tripsByUnit = new HashMap<>();
        private final Map<Leg, TravelEstimate> legs = new HashMap<>();
        /** The plan's trips of each unit of the problem (by index), in order. */
        private final List<List<Trip>> tripsOf = new ArrayList<>();
        /** Per pickup place: each unit's travel from its own position (by index), computed once. */
        private final Map<GeoPoint, TravelEstimate[]> fromPositions = new HashMap<>();

        Run(PlanningProblem problem, Plan plan) {
            this.problem = problem;
            this.policy = problem.policy();
            problem.groups().forEach(g -> groups.put(g.id(), g));
            problem.hospitals().forEach(h -> hospitals.put(h.id(), h));
            problem.units().forEach(u -> units.put(u.id(), u));
            for (Trip t : plan.trips()) {
                tripsByUnit.computeIfAbsent(t.unitId(), k -> new ArrayList<>()).add(t);
                for (PatientSlice s : t.patients()) {
                    CasualtyGroup g = groups.get(s.groupId());
                    if (g != null) {
                        loads.merge(loadKey(t.hospitalId(), g.careNeed()), s.count(), Integer::sum);
                    }
                }
            }
            tripsByUnit.values().forEach(l -> l.sort(Comparator.comparingInt(Trip::number)));
            for (TransportUnit u : problem.units()) {
                tripsOf.add(tripsByUnit.getOrDefault(u.id(), List.of()));
            }
        }

        AssignmentExplanation explain(Trip trip, PatientSlice slice) {
            CasualtyGroup group = groups.get(slice.groupId());
            Hospital hospital = hospitals.get(trip.hospitalId());
            TransportUnit unit = units.get(trip.unitId());
            if (group == null || hospital == null) {
                return new AssignmentExplanation(slice.groupId(), trip.unitId(), trip.number(), trip.hospitalId(),
                        "Not explained: the plan names a group or hospital the problem does not hold.",
                        List.of(), 0, List.of(), 0, 0);
            }
            if (trip.fixed() || unit == null) {
                return new AssignmentExplanation(group.id(), trip.unitId(), trip.number(), hospital.id(),
                        "Under way when the plan was made again: kept as it was (" + unitName(trip.unitId())
                                + " picked the patients up at " + minutes(trip.pickup()) + " and hands them over at "
                                + hospital.name() + " at " + minutes(trip.arrival()) + ").",
                        List.of(), 0, List.of(), 0, 0);
            }
            double ready = problem.minutesAfterStart(group.readyAt());
            Hospitals hs = hospitals(trip, group, hospital, unit, ready);
            Units us = units(trip, group, hospital, unit, ready);
            String summary = slice.count() + " " + group.triage() + " " + group.careNeed() + " "
                    + (group.lying() ? "lying" : "seated") + " to " + hospital.name() + " by " + unitName(unit.id())
                    + " (" + unit.mode() + "): picked up at " + minutes(trip.pickup()) + ", handed over at "
                    + minutes(trip.arrival()) + ", " + round(trip.arrival() - ready)
                    + " min after they were ready. " + hs.verdict;
            return new AssignmentExplanation(group.id(), unit.id(), trip.number(), hospital.id(), summary,
                    hs.list, hs.considered, us.list, us.considered, us.unsuitable);
        }

        private record Hospitals(List<HospitalAlternative> list, int considered, String verdict) {
        }

        private record Candidate<T>(T alternative, boolean feasible, double sortKey) {
        }

        private Hospitals hospitals(Trip trip, CasualtyGroup group, Hospital chosen, TransportUnit unit, double ready) {
            CareNeed need = group.careNeed();
            double weight = policy.weight(group.triage());
            double maxRide = policy.maxTransport(group.triage());
            double chosenCost = weight * (trip.arrival() - ready) + policy.regionPenalty(group, chosen);
            List<Candidate<HospitalAlternative>> others = new ArrayList<>();
            int considered = 0;
            int cheaperFeasible = 0;
            for (Hospital h : problem.hospitals()) {
                BedCapacity beds = h.capacityFor(need);
                int limit = beds.available() + policy.allowedSurge(beds);
                if (limit == 0) {
                    continue;
                }
                considered++;
                if (h.id().equals(chosen.id())) {
                    continue;
                }
                int load = loads.getOrDefault(loadKey(h.id(), need), 0);
                int left = Math.max(0, limit - load);
                TravelEstimate ride = leg(trip.source(), h.location(), unit.mode());
                if (!ride.reachable()) {
                    others.add(new Candidate<>(new HospitalAlternative(h.id(), false, null, null, null, left,
                            "a " + unit.mode() + " cannot get there: " + ride.reason()), false, Double.MAX_VALUE));
                    continue;
                }
                double arrival = trip.pickup() + ride.minutes();
                boolean surge = load >= beds.available();
                double penalty = policy.regionPenalty(group, h);
                double cost = weight * (arrival - ready) + penalty + (surge ? policy.surgePenalty() : 0);
                String why;
                boolean feasible = false;
                if (ride.minutes() > maxRide + EPS) {
                    why = "the ride of " + round(ride.minutes()) + " min exceeds the " + group.triage() + " maximum of "
                            + round(maxRide) + " min";
                } else if (left == 0) {
                    why = "no " + need + " bed left: the plan fills all " + limit + " (" + beds.available()
                            + " available + " + policy.allowedSurge(beds) + " surge the policy allows)";
                } else if (cost > chosenCost + EPS) {
                    feasible = true;
                    List<String> parts = new ArrayList<>();
                    if (arrival > trip.arrival() + EPS) {
                        parts.add("handed over " + round(arrival - trip.arrival()) + " min later");
                    }
                    double chosenPenalty = policy.regionPenalty(group, chosen);
                    if (penalty > chosenPenalty + EPS) {
                        parts.add(regionWords(group, h) + " (+" + round(penalty - chosenPenalty) + ")");
                    }
                    if (surge) {
                        parts.add("only surge beds left (+" + round(policy.surgePenalty()) + ")");
                    }
                    why = round(cost - chosenCost) + " weighted min more per patient"
                            + (parts.isEmpty() ? "" : ": " + String.join(", ", parts));
                } else {
                    feasible = true;
                    cheaperFeasible++;
                    why = (cost < chosenCost - EPS ? round(chosenCost - cost) + " weighted min cheaper"
                            : "as cheap") + " for these patients alone, but not chosen: the plan weighs every patient's "
                            + "beds and each unit's following trips, which start from the hospital it goes to";
                }
                others.add(new Candidate<>(new HospitalAlternative(h.id(), false, round(ride.minutes()), round(arrival),
                        round(cost), left, why), feasible, cost));
            }
            others.sort(Comparator.comparing((Candidate<HospitalAlternative> c) -> !c.feasible()).thenComparingDouble(Candidate::sortKey));
            BedCapacity chosenBeds = chosen.capacityFor(need);
            int chosenLoad = loads.getOrDefault(loadKey(chosen.id(), need), 0);
            int chosenLimit = chosenBeds.available() + policy.allowedSurge(chosenBeds);
            List<String> notes = new ArrayList<>();
            notes.add("ride " + round(trip.arrival() - trip.pickup()) + " min");
            notes.add(regionWords(group, chosen));
            if (chosenLoad > chosenBeds.available()) {
                notes.add((chosenLoad - chosenBeds.available()) + " of its " + policy.allowedSurge(chosenBeds)
                        + " allowed surge " + need + " beds opened by this plan");
            }
            String verdict;
            if (cheaperFeasible == 0) {
                verdict = chosen.name() + " is the cheapest hospital with a free " + need + " bed within the "
                        + group.triage() + " ride limit for these patients (" + String.join(", ", notes) + ").";
            } else {
                verdict = chosen.name() + " (" + String.join(", ", notes) + "): " + cheaperFeasible
                        + (cheaperFeasible == 1 ? " hospital would have been" : " hospitals would have been")
                        + " as cheap or cheaper for these patients alone; the plan as a whole was better this way.";
            }
            List<HospitalAlternative> list = new ArrayList<>();
            list.add(new HospitalAlternative(chosen.id(), true, round(trip.arrival() - trip.pickup()), round(trip.arrival()),
                    round(chosenCost), Math.max(0, chosenLimit - chosenLoad), verdict));
            others.stream().limit(alternatives).forEach(c -> list.add(c.alternative()));
            return new Hospitals(list, considered, verdict);
        }

        private record Units(List<UnitAlternative> list, int considered, int unsuitable) {
        }

        /** An alternative unit in numbers; its sentence is written only if it is among those shown. */
        private record UnitCandidate(TransportUnit unit, Timeline state, double atSource, TravelEstimate ride, Double arrival,
                                     boolean feasible) {
        }

        private Units units(Trip trip, CasualtyGroup group, Hospital hospital, TransportUnit chosen, double ready) {
            CareLevel required = policy.requiredCareLevel(group);
            double maxRide = policy.maxTransport(group.triage());
            TravelEstimate[] fromPosition = fromPositions.computeIfAbsent(trip.source(), s -> new TravelEstimate[problem.units().size()]);
            Map<TransportMode, TravelEstimate> rides = new java.util.EnumMap<>(TransportMode.class);
            // The best few by (feasible first, then earliest hand-over), kept in order while scanning every unit.
            List<UnitCandidate> best = new ArrayList<>(alternatives + 1);
            int considered = 0;
            int unsuitable = 0;
            List<TransportUnit> all = problem.units();
            for (int i = 0; i < all.size(); i++) {
                TransportUnit u = all.get(i);
                if (!u.careLevel().covers(required) || u.places(group.lying()) == 0) {
                    if (u != chosen && !u.id().equals(chosen.id())) {
                        unsuitable++;
                    }
                    continue;
                }
                if (u == chosen || u.id().equals(chosen.id())) {
                    continue;
                }
                considered++;
                List<Trip> trips = tripsOf.get(i);
                Timeline state = trips.isEmpty()
                        ? new Timeline(u.position(), problem.minutesAfterStart(u.availableAt()), null, null)
                        : timeline(u, trips, trip.pickup());
                TravelEstimate toSource;
                if (state.at() == u.position()) {
                    toSource = fromPosition[i];
                    if (toSource == null) {
                        toSource = travelTimes.estimate(u.position(), trip.source(), u.mode(), Urgency.URGENT);
                        fromPosition[i] = toSource;
                    }
                } else {
                    toSource = leg(state.at(), trip.source(), u.mode());
                }
                if (!toSource.reachable()) {
                    continue;
                }
                double atSource = state.freeAt() + toSource.minutes();
                TravelEstimate ride = rides.computeIfAbsent(u.mode(), m -> leg(trip.source(), hospital.location(), m));
                Double arrival = ride.reachable() ? Math.max(atSource, ready) + ride.minutes() : null;
                UnitCandidate c = new UnitCandidate(u, state, atSource, ride, arrival,
                        arrival != null && ride.minutes() <= maxRide + EPS);
                insertBest(best, c);
            }
            Timeline own = timeline(chosen, trip.departure());
            TravelEstimate toSource = leg(own.at(), trip.source(), chosen.mode());
            double atSource = own.freeAt() + (toSource.reachable() ? toSource.minutes() : 0);
            int shared = trip.patientCount();
            String what = "trip " + trip.number() + ": at the site from " + minutes(atSource) + ", picks up at "
                    + minutes(trip.pickup()) + ", hands over at " + minutes(trip.arrival())
                    + (shared > 1 ? ", " + shared + " patients on board" : "");
            List<UnitAlternative> list = new ArrayList<>();
            list.add(new UnitAlternative(chosen.id(), chosen.mode(), true, round(atSource), round(trip.arrival()), what));
            best.forEach(c -> list.add(new UnitAlternative(c.unit().id(), c.unit().mode(),
                    false, round(c.atSource()), c.arrival() == null ? null : round(c.arrival()),
                    whyNot(c, trip, group, hospital, maxRide))));
            return new Units(list, considered + 1, unsuitable);
        }

        private static double rank(UnitCandidate c) {
            double a = c.arrival() == null ? 1e12 : c.arrival();
            return c.feasible() ? a : 1e13 + a;
        }

        private void insertBest(List<UnitCandidate> best, UnitCandidate c) {
            if (alternatives == 0) {
                return;
            }
            double key = rank(c);
            if (best.size() == alternatives && key >= rank(best.get(best.size() - 1))) {
                return;
            }
            int at = best.size();
            while (at > 0 && rank(best.get(at - 1)) > key) {
                at--;
            }
            best.add(at, c);
            if (best.size() > alternatives) {
                best.remove(best.size() - 1);
            }
        }

        private String whyNot(UnitCandidate c, Trip trip, CasualtyGroup group, Hospital hospital, double maxRide) {
            TransportUnit u = c.unit();
            if (c.arrival() == null) {
                return "a " + u.mode() + " cannot get to " + hospital.name() + ": " + c.ride().reason();
            }
            if (c.ride().minutes() > maxRide + EPS) {
                return "its ride to " + hospital.name() + " (" + round(c.ride().minutes()) + " min) exceeds the "
                        + group.triage() + " maximum of " + round(maxRide) + " min";
            }
            Trip busyWith = c.state().busyWith();
            String busy = busyWith == null || busyWith.freeAt() <= trip.departure() + EPS ? ""
                    : "busy until " + minutes(busyWith.freeAt()) + " with its trip " + busyWith.number() + " ("
                    + patients(busyWith.patientCount()) + " to " + hospitals.get(busyWith.hospitalId()).name() + "); ";
            double arrival = c.arrival();
            if (arrival > trip.arrival() + EPS) {
                return busy + "could hand over at " + minutes(arrival) + " at the earliest, "
                        + round(arrival - trip.arrival()) + " min later (at the site from " + minutes(c.atSource()) + ")";
            }
            String faster = Math.abs(arrival - trip.arrival()) <= EPS ? "as early" : round(trip.arrival() - arrival) + " min earlier";
            Trip next = c.state().next();
            return next != null
                    ? "could hand over at " + minutes(arrival) + " (" + faster + ") but is planned for its trip "
                            + next.number() + " (picks up at " + minutes(next.pickup()) + ")"
                    : "idle and could hand over at " + minutes(arrival) + " (" + faster + "); the plan as a whole "
                            + "did not gain by using it here within its search time";
        }

        /** Where a unit is and from when it is free for a pickup at {@code time}, given its trips that start before. */
        private record Timeline(GeoPoint at, double freeAt, Trip busyWith, Trip next) {
        }

        private Timeline timeline(TransportUnit u, double time) {
            return timeline(u, tripsByUnit.getOrDefault(u.id(), List.of()), time);
        }

        private Timeline timeline(TransportUnit u, List<Trip> trips, double time) {
            GeoPoint at = u.position();
            double free = problem.minutesAfterStart(u.availableAt());
            Trip last = null;
            Trip next = null;
            for (Trip t : trips) {
                if (t.departure() < time - EPS) {
                    at = hospitals.get(t.hospitalId()).location();
                    free = t.freeAt();
                    last = t;
                } else if (next == null) {
                    next = t;
                }
            }
            return new Timeline(at, free, last, next);
        }

        private TravelEstimate leg(GeoPoint from, GeoPoint to, TransportMode mode) {
            return legs.computeIfAbsent(new Leg(from, to, mode), k -> travelTimes.estimate(from, to, mode, Urgency.URGENT));
        }

        private String regionWords(CasualtyGroup group, Hospital h) {
            double penalty = policy.regionPenalty(group, h);
            if (penalty == 0 && group.region().equals(h.region())) {
                return "in the patients' own county";
            }
            return h.healthcareRegion().equals(se.samverkan.planner.HealthcareRegions.of(group.region()))
                    ? "outside their county, in their healthcare region" : "outside their healthcare region";
        }
    }

    private String unitName(String unitId) {
        String name = unitNames.apply(unitId);
        return name == null ? unitId : name;
    }

    private static String patients(int n) {
        return n == 1 ? "1 patient" : n + " patients";
    }

    private static String loadKey(String hospitalId, CareNeed need) {
        return hospitalId + "/" + need;
    }

    private static String minutes(double m) {
        return "+" + round(m) + " min";
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
