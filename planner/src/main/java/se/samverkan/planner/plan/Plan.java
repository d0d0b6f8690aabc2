package se.samverkan.planner.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * A complete plan: every patient of the problem is either in exactly one trip or listed as unserved.
 *
 * @param start              the instant minute 0 of the plan stands for
 * @param trips              the trips, ordered by unit and trip number
 * @param unserved           patients not moved, with reasons
 * @param figures            what the plan achieves
 * @param bound              a lower bound on the objective, or null when none was computed
 * @param baselines          simple dispatch rules on the same problem, for comparison
 * @param changedAssignments after a re-plan: patients whose hospital or unit differs from the previous plan
 * @param solveMillis        wall-clock time of the planning run
 */
public record Plan(Instant start, List<Trip> trips, List<UnservedPatients> unserved, PlanFigures figures,
                   LowerBound bound, List<BaselineResult> baselines, OptionalInt changedAssignments, long solveMillis) {

    public Plan {
        trips = List.copyOf(trips);
        unserved = List.copyOf(unserved);
        baselines = List.copyOf(baselines);
        changedAssignments = changedAssignments == null ? OptionalInt.empty() : changedAssignments;
    }

    public double objective() {
        return figures.objective();
    }

    /** (objective − bound) / objective; 0 when both are 0, NaN without a bound. */
    public double gap() {
        if (bound == null) {
            return Double.NaN;
        }
        double obj = figures.objective();
        if (obj <= 1e-9) {
            return 0;
        }
        return Math.max(0, (obj - bound.value()) / obj);
    }

    /** The patient slices, each with its trip. */
    public List<Assignment> assignments() {
        List<Assignment> out = new ArrayList<>();
        for (Trip t : trips) {
            for (PatientSlice s : t.patients()) {
                out.add(new Assignment(s.groupId(), s.count(), t.hospitalId(), t.unitId(), t.number(), t.pickup(), t.arrival()));
            }
        }
        return out;
    }

    /** One row of the plan as a coordinator reads it. */
    public record Assignment(String groupId, int count, String hospitalId, String unitId, int tripNumber,
                             double pickupMinutes, double arrivalMinutes) {
    }
}
