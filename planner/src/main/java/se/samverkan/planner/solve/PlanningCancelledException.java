package se.samverkan.planner.solve;

/** The caller cancelled the planning run (see {@link PlanningOptions#cancelled()}); no plan was made. */
public class PlanningCancelledException extends RuntimeException {

    public PlanningCancelledException() {
        super("planning was cancelled");
    }
}
