package se.samverkan.planning;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.samverkan.gis.travel.TravelTimeModel;
import se.samverkan.planner.InvalidPlanningInputException;
import se.samverkan.planner.PlanningProblem;
import se.samverkan.planner.explain.AssignmentExplanation;
import se.samverkan.planner.explain.PlanExplainer;
import se.samverkan.planner.plan.Plan;
import se.samverkan.planner.solve.PlanEvent;
import se.samverkan.planner.solve.Planner;
import se.samverkan.planner.solve.PlanningCancelledException;
import se.samverkan.planner.solve.PlanningOptions;
import se.samverkan.planner.solve.ProgressListener;
import se.samverkan.planner.validation.PlanValidator;
import se.samverkan.platform.problem.Problem;
import se.samverkan.planning.model.PlanStatus;

/**
 * Runs planning in the background on the container's managed executor: the planner with progress (phase and
 * fraction written to the plan's row at most twice a second) and cancellation (a request on any instance sets
 * a flag in the row, checked about once a second), then the independent validator and the explanations, and
 * stores the result. Every {@value #HEARTBEAT_SECONDS} s it marks the plans it holds as alive and fails the
 * plans whose instance has stopped showing signs of life ({@link #ORPHANED_AFTER}): a plan that was running
 * when its application stopped becomes FAILED at the next start (or within a minute on another instance).
 */
@ApplicationScoped
public class PlanRunner {

    private static final Logger LOG = Logger.getLogger(PlanRunner.class.getName());

    static final long HEARTBEAT_SECONDS = 10;
    /** No heartbeat for this long: the plan's instance is gone. Three missed heartbeats. */
    static final Duration ORPHANED_AFTER = Duration.ofSeconds(30);
    /** The planner's own fraction covers 0 … this; validation and explanation the rest. */
    static final double PLANNER_SHARE = 0.9;

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    PlanStore store;

    @Inject
    TravelTimeModel travelTimes;

    private final String runner = instanceName();

    /** Plans queued or running here, with their local cancel flag. */
    private final Map<UUID, AtomicBoolean> held = new ConcurrentHashMap<>();

    /** One planning run: a fresh plan ({@code previous} null) or a re-plan after events. */
    public record Job(UUID id, PlanningProblem problem, PlanContext context, Optional<Duration> timeLimit, Plan previous,
                      double nowMinutes, List<PlanEvent> events) {
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        // The first look comes soon after start (the schema may still be migrating; it then retries).
        scheduler.scheduleWithFixedDelay(this::tick, 3, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
    }

    void tick() {
        try {
            store.heartbeat(held.keySet(), runner);
            List<UUID> failed = store.failOrphans(ORPHANED_AFTER);
            if (!failed.isEmpty()) {
                LOG.warning(() -> "Plans left unfinished by a stopped instance are now FAILED: " + failed);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "plan heartbeat skipped (schema not ready?)", e);
        }
    }

    public void submit(Job job) {
        held.put(job.id(), new AtomicBoolean());
        try {
            executor.submit(() -> run(job));
        } catch (RuntimeException e) {
            held.remove(job.id());
            store.fail(job.id(), PlanningProblems.errorJson("The plan could not be started: " + e.getMessage(), List.of()));
            throw e;
        }
    }

    /** A cancel request that reached this instance: the run stops at its next check. */
    public void cancelLocally(UUID id) {
        AtomicBoolean flag = held.get(id);
        if (flag != null) {
            flag.set(true);
        }
    }

    void run(Job job) {
        UUID id = job.id();
        try {
            if (!store.markRunning(id, runner)) {
                return;
            }
            AtomicBoolean flag = held.get(id);
            PlanningOptions options = PlanningOptions.defaults()
                    .withProgress(new ThrottledProgress(id))
                    .withCancellation(cancellation(id, flag));
            if (job.timeLimit().isPresent()) {
                options = options.withImprovementTime(job.timeLimit().get());
            }
            Planner planner = new Planner(travelTimes);
            PlanningProblem problem;
            Plan plan;
            if (job.previous() == null) {
                problem = job.problem();
                plan = planner.plan(problem, options);
            } else {
                Planner.Replan replan = planner.replan(job.problem(), job.previous(), job.nowMinutes(), job.events(), options);
                problem = replan.problem();
                plan = replan.plan();
            }
            long planned = System.nanoTime();
            store.progress(id, "validating", PLANNER_SHARE);
            List<String> violations = new PlanValidator(travelTimes).violations(problem, plan);
            if (!violations.isEmpty()) {
                LOG.severe(() -> "Plan " + id + " breaks " + violations.size() + " rules of the validator: " + violations);
            }
            long validated = System.nanoTime();
            store.progress(id, "explaining", 0.95);
            Map<String, PlanContext.UnitRef> units = job.context().unitsById();
            List<AssignmentExplanation> explanations = new PlanExplainer(travelTimes, PlanExplainer.DEFAULT_ALTERNATIVES,
                    unitId -> Optional.ofNullable(units.get(unitId)).map(PlanContext.UnitRef::callSign).orElse(unitId))
                    .explain(problem, plan);
            long explained = System.nanoTime();
            String view = PlanViews.build(problem, plan, job.context(), explanations, violations).toString();
            PlanStatus status = store.succeed(id, job.previous() == null ? null : PlanCodec.problem(problem).toString(),
                    PlanCodec.plan(plan).toString(), view);
            long stored = System.nanoTime();
            LOG.info(() -> "Plan " + id + " " + status + ": " + problem.patientCount() + " patients, "
                    + problem.units().size() + " units, " + problem.hospitals().size() + " hospitals; planning "
                    + plan.solveMillis() + " ms, validation " + millis(planned, validated) + " ms, explanation "
                    + millis(validated, explained) + " ms, view and storage " + millis(explained, stored) + " ms");
        } catch (PlanningCancelledException e) {
            store.cancelled(id, "Cancelled on request while planning; no plan was made.");
        } catch (InvalidPlanningInputException e) {
            store.fail(id, PlanningProblems.errorJson("The planner refused the input: " + e.getMessage(),
                    e.errors().stream().map(f -> new Problem.FieldError(f.field(), f.message())).toList()));
        } catch (RuntimeException | Error e) {
            LOG.log(Level.SEVERE, "Plan " + id + " failed", e);
            try {
                store.fail(id, PlanningProblems.errorJson("Planning failed: " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()) + " (see the server log, plan " + id + ")",
                        List.of()));
            } catch (RuntimeException again) {
                LOG.log(Level.SEVERE, "Plan " + id + ": the failure could not be stored; the heartbeat check will fail it", again);
            }
        } finally {
            held.remove(id);
        }
    }

    /** Local flag first; the row's flag (set by a request on any instance) at most once a second. */
    private BooleanSupplier cancellation(UUID id, AtomicBoolean flag) {
        long[] lastLook = {System.nanoTime()};
        return () -> {
            if (flag != null && flag.get()) {
                return true;
            }
            long now = System.nanoTime();
            if (now - lastLook[0] > 1_000_000_000L) {
                lastLook[0] = now;
                if (store.cancelRequested(id)) {
                    if (flag != null) {
                        flag.set(true);
                    }
                    return true;
                }
            }
            return false;
        };
    }

    /** Writes the planner's progress to the row: on every new phase, otherwise at most every 500 ms. */
    private final class ThrottledProgress implements ProgressListener {
        private final UUID id;
        private String phase;
        private long last;

        ThrottledProgress(UUID id) {
            this.id = id;
        }

        @Override
        public synchronized void progress(String newPhase, double fraction) {
            long now = System.nanoTime();
            if (newPhase.equals(phase) && now - last < 500_000_000L) {
                return;
            }
            phase = newPhase;
            last = now;
            store.progress(id, newPhase, fraction * PLANNER_SHARE);
        }
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private static String instanceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "unknown-host";
        }
        return host + "/" + UUID.randomUUID().toString().substring(0, 8);
    }
}
