package se.samverkan.planner.solve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.samverkan.planner.BedCapacity;
import se.samverkan.planner.CareNeed;
import se.samverkan.planner.CasualtyGroup;
import se.samverkan.planner.Hospital;
import se.samverkan.planner.PlanningProblem;
import se.samverkan.planner.Policy;
import se.samverkan.planner.Triage;
import se.samverkan.planner.plan.HospitalLoad;
import se.samverkan.planner.plan.PatientSlice;
import se.samverkan.planner.plan.PlanFigures;
import se.samverkan.planner.plan.TriageFigures;
import se.samverkan.planner.plan.Trip;
import se.samverkan.planner.plan.UnservedPatients;

/** The figures of a set of trips and unserved patients: objective, times per triage, own-region shares, loads. */
public final class PlanEvaluation {

    private PlanEvaluation() {
    }

    public static PlanFigures evaluate(PlanningProblem problem, List<Trip> trips, List<UnservedPatients> unserved) {
        Policy policy = problem.policy();
        Map<String, CasualtyGroup> groups = new HashMap<>();
        problem.groups().forEach(g -> groups.put(g.id(), g));
        Map<String, Hospital> hospitals = new HashMap<>();
        problem.hospitals().forEach(h -> hospitals.put(h.id(), h));
        Map<Triage, List<double[]>> times = new HashMap<>(); // {minutes, count}
        Map<String, int[]> loads = new HashMap<>();
        double objective = 0;
        int served = 0;
        int ownRegion = 0;
        int ownHealthcareRegion = 0;
        for (Trip t : trips) {
            Hospital h = hospitals.get(t.hospitalId());
            for (PatientSlice s : t.patients()) {
                CasualtyGroup g = groups.get(s.groupId());
                double minutes = t.arrival() - problem.minutesAfterStart(g.readyAt());
                objective += s.count() * (policy.weight(g.triage()) * minutes + policy.regionPenalty(g, h));
                times.computeIfAbsent(g.triage(), k -> new ArrayList<>()).add(new double[] {minutes, s.count()});
                loads.computeIfAbsent(h.id() + "\u0000" + g.careNeed(), k -> new int[1])[0] += s.count();
                served += s.count();
                if (g.region().equals(h.region())) {
                    ownRegion += s.count();
                }
                if (g.region().equals(h.region()) || se.samverkan.planner.HealthcareRegions.of(g.region()).equals(h.healthcareRegion())) {
                    ownHealthcareRegion += s.count();
                }
            }
        }
        List<HospitalLoad> hospitalLoads = new ArrayList<>();
        for (Hospital h : problem.hospitals()) {
            for (CareNeed need : CareNeed.values()) {
                int[] load = loads.get(h.id() + "\u0000" + need);
                if (load == null) {
                    continue;
                }
                BedCapacity c = h.capacityFor(need);
                int surge = Math.max(0, load[0] - c.available());
                objective += surge * policy.surgePenalty();
                hospitalLoads.add(new HospitalLoad(h.id(), need, load[0], c.available(), surge));
            }
        }
        Map<Triage, Integer> unservedPerTriage = new HashMap<>();
        int unservedTotal = 0;
        for (UnservedPatients u : unserved) {
            CasualtyGroup g = groups.get(u.groupId());
            objective += u.count() * policy.weight(g.triage()) * policy.unservedMinutes();
            unservedPerTriage.merge(g.triage(), u.count(), Integer::sum);
            unservedTotal += u.count();
        }
        List<TriageFigures> perTriage = new ArrayList<>();
        for (Triage t : Triage.values()) {
            perTriage.add(figures(t, times.getOrDefault(t, List.of()), unservedPerTriage.getOrDefault(t, 0)));
        }
        return new PlanFigures(objective, perTriage, served == 0 ? 0 : ownRegion / (double) served,
                served == 0 ? 0 : ownHealthcareRegion / (double) served, served, unservedTotal, hospitalLoads);
    }

    /** Mean, 90th percentile (nearest rank over patients) and maximum. */
    static TriageFigures figures(Triage triage, List<double[]> values, int unserved) {
        List<double[]> sorted = new ArrayList<>(values);
        sorted.sort((a, b) -> Double.compare(a[0], b[0]));
        long n = 0;
        double sum = 0;
        for (double[] v : sorted) {
            n += (long) v[1];
            sum += v[0] * v[1];
        }
        if (n == 0) {
            return new TriageFigures(triage, 0, unserved, Double.NaN, Double.NaN, Double.NaN);
        }
        long rank = (long) Math.ceil(0.9 * n);
        long seen = 0;
        double p90 = Double.NaN;
        for (double[] v : sorted) {
            seen += (long) v[1];
            if (seen >= rank) {
                p90 = v[0];
                break;
            }
        }
        return new TriageFigures(triage, (int) n, unserved, sum / n, p90, sorted.get(sorted.size() - 1)[0]);
    }
}
