package se.samverkan.planner.solve;

import java.time.Duration;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * How a planning run behaves, apart from the problem: progress reports, cancellation (checked between
 * phases and during improvement; a cancelled run throws {@link PlanningCancelledException}), the time the
 * local improvement may take (null: chosen from the problem size), whether the lower bound and the
 * baselines are computed.
 */
public record PlanningOptions(ProgressListener progress, BooleanSupplier cancelled, Duration improvementTime,
                              boolean withBound, boolean withBaselines) {

    public PlanningOptions {
        progress = Objects.requireNonNullElse(progress, ProgressListener.NONE);
        cancelled = Objects.requireNonNullElse(cancelled, () -> false);
    }

    public static PlanningOptions defaults() {
        return new PlanningOptions(ProgressListener.NONE, () -> false, null, true, true);
    }

    public PlanningOptions withProgress(ProgressListener listener) {
        return new PlanningOptions(listener, cancelled, improvementTime, withBound, withBaselines);
    }

    public PlanningOptions withCancellation(BooleanSupplier isCancelled) {
        return new PlanningOptions(progress, isCancelled, improvementTime, withBound, withBaselines);
    }

    public PlanningOptions withImprovementTime(Duration time) {
        return new PlanningOptions(progress, cancelled, time, withBound, withBaselines);
    }

    public PlanningOptions withoutBaselines() {
        return new PlanningOptions(progress, cancelled, improvementTime, withBound, false);
    }

    public PlanningOptions withoutBound() {
        return new PlanningOptions(progress, cancelled, improvementTime, false, withBaselines);
    }
}
