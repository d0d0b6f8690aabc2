package se.samverkan.planner.plan;

/**
 * A value no plan of the problem can beat, from a relaxation (see {@code docs/planner-format.md}),
 * and what the relaxation leaves out, in words.
 *
 * @param value   lower bound on the objective
 * @param method  how it was computed
 * @param covers  what the relaxation models exactly and what it leaves out
 * @param p1Value lower bound on the P1 part of the objective alone — P1 patients' weighted minutes to
 *                definitive care plus {@code weight × unservedMinutes} per unserved P1 patient, no penalties —
 *                for any plan whatever it does with P2 and P3; NaN when not computed
 */
public record LowerBound(double value, String method, String covers, double p1Value) {

    public LowerBound(double value, String method, String covers) {
        this(value, method, covers, Double.NaN);
    }

    /**
     * The P1 part of a plan's objective that {@link #p1Value} bounds: weighted minutes of the served P1 patients
     * plus the unserved ones at the unserved cost.
     */
    public static double p1Part(PlanFigures figures, se.samverkan.planner.Policy policy) {
        TriageFigures p1 = figures.triage(se.samverkan.planner.Triage.P1);
        double w = policy.weight(se.samverkan.planner.Triage.P1);
        return w * ((p1.served() == 0 ? 0 : p1.served() * p1.meanMinutes()) + p1.unserved() * policy.unservedMinutes());
    }

    /**
     * The least mean P1 minutes to definitive care that a plan serving as many P1 patients as {@code figures}
     * (or more) can reach, by this bound; NaN without a P1 bound or served P1 patients.
     */
    public double p1MeanMinutesAtLeast(PlanFigures figures, se.samverkan.planner.Policy policy) {
        TriageFigures p1 = figures.triage(se.samverkan.planner.Triage.P1);
        if (Double.isNaN(p1Value) || p1.served() == 0) {
            return Double.NaN;
        }
        double w = policy.weight(se.samverkan.planner.Triage.P1);
        return Math.max(0, (p1Value / w - p1.unserved() * policy.unservedMinutes()) / p1.served());
    }
}
