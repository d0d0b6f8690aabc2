package se.samverkan.planner.solve;

/** Told how far a planning run has come, for a status endpoint or a progress bar. */
@FunctionalInterface
public interface ProgressListener {

    /** @param phase what the planner is doing now; @param fraction 0 to 1 of the whole run */
    void progress(String phase, double fraction);

    ProgressListener NONE = (phase, fraction) -> { };
}
