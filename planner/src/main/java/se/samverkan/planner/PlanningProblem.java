package se.samverkan.planner;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import se.samverkan.gis.GeoPoint;

/**
 * Everything one planning run needs except the travel times: casualty groups, hospitals, units, the policy
 * and the moment the plan starts ({@code start}; all plan times are minutes after it).
 * The constructor rejects what cannot be planned with field-named errors: duplicate ids, positions far
 * outside Sweden, absurd patient numbers. What can be planned but not served (no hospital with burns beds,
 * no units) is not an error: the plan lists those patients as unserved with the reason.
 */
public record PlanningProblem(Instant start, List<CasualtyGroup> groups, List<Hospital> hospitals,
                              List<TransportUnit> units, Policy policy) {

    /** More patients (or beds) than this in one number is taken for a typing error. */
    public static final int MAX_COUNT = 1_000_000;

    /** Sweden with a margin of about 100 km: units in Oslo or Helsinki may help, units in Berlin may not. */
    static final double MIN_LAT = 54.3, MAX_LAT = 70.0, MIN_LON = 9.5, MAX_LON = 25.5;

    public PlanningProblem {
        List<InvalidPlanningInputException.FieldError> errors = new ArrayList<>();
        if (start == null) {
            errors.add(new InvalidPlanningInputException.FieldError("start", "is required"));
        }
        if (policy == null) {
            errors.add(new InvalidPlanningInputException.FieldError("policy", "is required"));
        }
        groups = List.copyOf(Objects.requireNonNullElse(groups, List.of()));
        hospitals = List.copyOf(Objects.requireNonNullElse(hospitals, List.of()));
        units = List.copyOf(Objects.requireNonNullElse(units, List.of()));
        long patients = 0;
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < groups.size(); i++) {
            CasualtyGroup g = groups.get(i);
            patients += g.count();
            checkId(ids, "group", g.id(), "casualtyGroups[" + i + "].id", errors);
            checkInSweden(g.location(), "casualtyGroups[" + i + "].location", errors);
        }
        if (patients > MAX_COUNT) {
            errors.add(new InvalidPlanningInputException.FieldError("casualtyGroups",
                    "hold " + patients + " patients in all, more than " + MAX_COUNT));
        }
        ids.clear();
        for (int i = 0; i < hospitals.size(); i++) {
            checkId(ids, "hospital", hospitals.get(i).id(), "hospitals[" + i + "].id", errors);
            checkInSweden(hospitals.get(i).location(), "hospitals[" + i + "].location", errors);
        }
        ids.clear();
        for (int i = 0; i < units.size(); i++) {
            checkId(ids, "unit", units.get(i).id(), "units[" + i + "].id", errors);
            checkInSweden(units.get(i).position(), "units[" + i + "].position", errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidPlanningInputException(errors);
        }
    }

    private static void checkId(Set<String> ids, String what, String id, String field,
                                List<InvalidPlanningInputException.FieldError> errors) {
        if (!ids.add(id)) {
            errors.add(new InvalidPlanningInputException.FieldError(field, "another " + what + " has the id " + id));
        }
    }

    private static void checkInSweden(GeoPoint p, String field, List<InvalidPlanningInputException.FieldError> errors) {
        if (p.latitude() < MIN_LAT || p.latitude() > MAX_LAT || p.longitude() < MIN_LON || p.longitude() > MAX_LON) {
            errors.add(new InvalidPlanningInputException.FieldError(field, String.format(java.util.Locale.ROOT,
                    "(%.4f, %.4f) lies far outside Sweden (latitude %.1f–%.1f, longitude %.1f–%.1f)",
                    p.latitude(), p.longitude(), MIN_LAT, MAX_LAT, MIN_LON, MAX_LON)));
        }
    }

    public int patientCount() {
        return groups.stream().mapToInt(CasualtyGroup::count).sum();
    }

    /** Minutes after {@link #start()}, the time scale of a plan. */
    public double minutesAfterStart(Instant t) {
        return (t.toEpochMilli() - start.toEpochMilli()) / 60_000.0;
    }

    public Instant instantAt(double minutes) {
        return start.plusMillis(Math.round(minutes * 60_000.0));
    }
}
