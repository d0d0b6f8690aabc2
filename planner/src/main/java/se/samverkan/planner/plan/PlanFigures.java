package se.samverkan.planner.plan;

import java.util.List;

/**
 * What a plan achieves: its objective (weighted minutes, see {@link se.samverkan.planner.Policy}), the figures
 * per triage, the share of served patients treated in their own region and the load per hospital.
 */
public record PlanFigures(double objective, List<TriageFigures> perTriage, double ownRegionShare,
                          double ownHealthcareRegionShare, int served, int unserved, List<HospitalLoad> hospitalLoads) {

    public PlanFigures {
        perTriage = List.copyOf(perTriage);
        hospitalLoads = List.copyOf(hospitalLoads);
    }

    public TriageFigures triage(se.samverkan.planner.Triage t) {
        return perTriage.stream().filter(f -> f.triage() == t).findFirst().orElseThrow();
    }
}
