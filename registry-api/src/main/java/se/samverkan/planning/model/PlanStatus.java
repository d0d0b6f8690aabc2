package se.samverkan.planning.model;

/** Where a planning run is: waiting, planning, done with a plan, failed, or stopped on request. */
public enum PlanStatus {
    QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED;

    public boolean finished() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }
}
