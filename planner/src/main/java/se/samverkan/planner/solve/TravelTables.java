package se.samverkan.planner.solve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.samverkan.gis.GeoPoint;
import se.samverkan.gis.travel.TransportMode;
import se.samverkan.gis.travel.TravelTimeModel;
import se.samverkan.gis.travel.Urgency;
import se.samverkan.planner.CasualtyGroup;
import se.samverkan.planner.Hospital;
import se.samverkan.planner.PlanningProblem;
import se.samverkan.planner.TransportUnit;

/**
 * Every travel time one planning run needs, asked from the model once as matrices: units to sources,
 * sources to hospitals and hospitals back to sources, per mode that some unit has. Sources are the distinct
 * locations of the casualty groups. All legs are driven urgently (a mass-casualty response).
 */
final class TravelTables {

    static final TransportMode[] MODES = TransportMode.values();

    final PlanningProblem problem;
    final List<GeoPoint> sources = new ArrayList<>();
    final int[] sourceOfGroup;
    final int sourceCount;
    final int hospitalCount;
    /** [mode][s * H + h]; null for a mode no unit has. */
    final double[][] sourceToHospital = new double[MODES.length][];
    /** [mode][h * S + s]. */
    final double[][] hospitalToSource = new double[MODES.length][];
    /** [u * S + s] from each unit's position. */
    final double[] unitToSource;

    TravelTables(PlanningProblem problem, TravelTimeModel model) {
        this.problem = problem;
        Map<GeoPoint, Integer> index = new LinkedHashMap<>();
        sourceOfGroup = new int[problem.groups().size()];
        for (int g = 0; g < sourceOfGroup.length; g++) {
            CasualtyGroup group = problem.groups().get(g);
            sourceOfGroup[g] = index.computeIfAbsent(group.location(), p -> {
                sources.add(p);
                return sources.size() - 1;
            });
        }
        sourceCount = sources.size();
        hospitalCount = problem.hospitals().size();
        List<GeoPoint> hospitals = problem.hospitals().stream().map(Hospital::location).toList();
        unitToSource = new double[problem.units().size() * sourceCount];
        for (TransportMode mode : MODES) {
            List<Integer> unitsOfMode = new ArrayList<>();
            for (int u = 0; u < problem.units().size(); u++) {
                if (problem.units().get(u).mode() == mode) {
                    unitsOfMode.add(u);
                }
            }
            if (unitsOfMode.isEmpty() || sourceCount == 0) {
                continue;
            }
            int m = mode.ordinal();
            if (hospitalCount > 0) {
                sourceToHospital[m] = clean(model.minutesMatrix(sources, hospitals, mode, Urgency.URGENT));
                hospitalToSource[m] = clean(model.minutesMatrix(hospitals, sources, mode, Urgency.URGENT));
            }
            List<GeoPoint> positions = unitsOfMode.stream().map(u -> problem.units().get(u).position()).toList();
            double[] fromUnits = clean(model.minutesMatrix(positions, sources, mode, Urgency.URGENT));
            for (int i = 0; i < unitsOfMode.size(); i++) {
                System.arraycopy(fromUnits, i * sourceCount, unitToSource, unitsOfMode.get(i) * sourceCount, sourceCount);
            }
        }
    }

    /** A model that answers NaN or a negative time for a pair is treated as "cannot make the journey". */
    private static double[] clean(double[] minutes) {
        for (int i = 0; i < minutes.length; i++) {
            if (!(minutes[i] >= 0)) {
                minutes[i] = Double.POSITIVE_INFINITY;
            }
        }
        return minutes;
    }

    double ride(TransportMode mode, int source, int hospital) {
        double[] row = sourceToHospital[mode.ordinal()];
        return row == null ? Double.POSITIVE_INFINITY : row[source * hospitalCount + hospital];
    }

    double back(TransportMode mode, int hospital, int source) {
        double[] row = hospitalToSource[mode.ordinal()];
        return row == null ? Double.POSITIVE_INFINITY : row[hospital * sourceCount + source];
    }

    double fromUnit(int unit, int source) {
        return unitToSource[unit * sourceCount + source];
    }

    TransportUnit unit(int u) {
        return problem.units().get(u);
    }
}
