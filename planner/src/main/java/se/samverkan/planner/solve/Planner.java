package se.samverkan.planner.solve;

import com.google.ortools.Loader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import se.samverkan.gis.travel.TransportMode;
import se.samverkan.gis.travel.TravelTimeModel;
import se.samverkan.planner.BedCapacity;
import se.samverkan.planner.CareNeed;
import se.samverkan.planner.CasualtyGroup;
import se.samverkan.planner.Hospital;
import se.samverkan.planner.InvalidPlanningInputException;
import se.samverkan.planner.PlanningProblem;
import se.samverkan.planner.TransportUnit;
import se.samverkan.planner.plan.BaselineResult;
import se.samverkan.planner.plan.LowerBound;
import se.samverkan.planner.plan.PatientSlice;
import se.samverkan.planner.plan.Plan;
import se.samverkan.planner.plan.PlanFigures;
import se.samverkan.planner.plan.Trip;
import se.samverkan.planner.plan.UnservedPatients;

/**
 * Plans a mass-casualty distribution: which patients go to which hospital, with which unit, when.
 * <ol>
 * <li>hospital assignment: a min-cost flow from casualty groups to hospital beds ({@link HospitalAssignment});</li>
 * <li>trips: the most urgent patients first, each trip by the unit that hands them over soonest, other
 * places filled with patients bound for the same hospital ({@link Dispatcher});</li>
 * <li>local improvement of hospitals, units and trip order ({@link Improvement});</li>
 * <li>a lower bound from a linear relaxation ({@link Relaxation}) and two baselines on the same problem; a
 * construction guided by the relaxation's optimum ({@link #guided}) is improved too.</li>
 * </ol>
 * Thread-safe: one instance can plan many problems at once. Plain values in, plain values out.
 */
public final class Planner {

    /** Weighted minutes a re-plan gives up to keep a group's patients at their previous hospital. */
    static final double STABILITY_HOSPITAL = 5;
    /** Minutes of arrival a re-plan gives up to keep a unit on patients it had before. */
    static final double STABILITY_UNIT = 2;
    /**
     * Re-planning: minutes (times the weight) a patient earns in the warm start's assignment by staying at the
     * hospital the previous plan gave it; it is moved to make room for patients that could not be served otherwise.
     */
    static final double KEEP_MINUTES = 60;

    /*
     * The two baselines model uncoordinated practice: the incident region's dispatch centre sends its own
     * units first (docs/decisions/0005-planner-baselines.md). The third is a comparison, not a baseline: the same
     * hospital rule with national dispatch, so a reader sees what the hospital choice and the coordination each gain.
     */
    public static final String BASELINE_NEAREST_HOSPITAL = "nearest hospital with capacity";
    public static final String BASELINE_NEAREST_UNIT = "greedy nearest available unit";
    public static final String BASELINE_NEAREST_HOSPITAL_NATIONAL = "nearest hospital, national dispatch";

    private final TravelTimeModel travelTimes;

    public Planner(TravelTimeModel travelTimes) {
        this.travelTimes = Objects.requireNonNull(travelTimes, "travelTimes");
    }

    /** Loads OR-Tools' native libraries once per JVM (about half a second). */
    public static synchronized void loadNativeLibraries() {
        if (!loaded) {
            Loader.loadNativeLibraries();
            loaded = true;
        }
    }

    private static boolean loaded;

    public Plan plan(PlanningProblem problem) {
        return plan(problem, PlanningOptions.defaults());
    }

    public Plan plan(PlanningProblem problem, PlanningOptions options) {
        return run(problem, List.of(), Double.NEGATIVE_INFINITY, null, options);
    }

    /** A re-plan: the problem after the events, the new plan for it, and when it was made (minutes after the start). */
    public record Replan(PlanningProblem problem, Plan plan, double nowMinutes) {
    }

    /**
     * Plans again at {@code nowMinutes} (minutes after the problem's start) after {@code events}: trips that
     * have left by then are kept as they are (marked fixed), the rest is planned anew with a preference for
     * the previous hospitals and units; the plan reports how many patients changed hospital or unit.
     */
    public Replan replan(PlanningProblem problem, Plan previous, double nowMinutes, List<PlanEvent> events,
                         PlanningOptions options) {
        List<Trip> fixed = new ArrayList<>();
        for (Trip t : previous.trips()) {
            if (t.fixed() || t.departure() <= nowMinutes + 1e-9) {
                fixed.add(t.asFixed());
            }
        }
        PlanningProblem after = apply(problem, fixed, events);
        Plan plan = run(after, fixed, nowMinutes, previous, options);
        return new Replan(after, plan, nowMinutes);
    }

    /** The problem after the events: closed hospitals keep only the beds of patients already on their way. */
    static PlanningProblem apply(PlanningProblem problem, List<Trip> fixed, List<PlanEvent> events) {
        List<CasualtyGroup> groups = new ArrayList<>(problem.groups());
        List<Hospital> hospitals = new ArrayList<>(problem.hospitals());
        List<TransportUnit> units = new ArrayList<>(problem.units());
        Map<String, CasualtyGroup> groupById = new HashMap<>();
        groups.forEach(g -> groupById.put(g.id(), g));
        for (int i = 0; i < events.size(); i++) {
            PlanEvent event = events.get(i);
            String field = "events[" + i + "]";
            if (event instanceof PlanEvent.HospitalCloses closes) {
                int h = indexOf(hospitals.stream().map(Hospital::id).toList(), closes.hospitalId(), field + ".hospitalId");
                Hospital old = hospitals.get(h);
                Map<CareNeed, BedCapacity> beds = new HashMap<>();
                for (Trip t : fixed) {
                    if (t.hospitalId().equals(old.id())) {
                        for (PatientSlice s : t.patients()) {
                            CareNeed need = groupById.get(s.groupId()).careNeed();
                            beds.merge(need, new BedCapacity(s.count(), 0),
                                    (a, b) -> new BedCapacity(a.available() + b.available(), 0));
                        }
                    }
                }
                hospitals.set(h, new Hospital(old.id(), old.name(), old.location(), old.region(), beds));
            } else if (event instanceof PlanEvent.UnitBreaksDown breaks) {
                units.remove(indexOf(units.stream().map(TransportUnit::id).toList(), breaks.unitId(), field + ".unitId"));
            } else if (event instanceof PlanEvent.CasualtiesArrive arrive) {
                groups.add(arrive.group());
                groupById.put(arrive.group().id(), arrive.group());
            }
        }
        return new PlanningProblem(problem.start(), groups, hospitals, units, problem.policy());
    }

    private static int indexOf(List<String> ids, String id, String field) {
        int i = ids.indexOf(id);
        if (i < 0) {
            throw new InvalidPlanningInputException(field, "no such id in the problem: " + id);
        }
        return i;
    }

    /** The lower-bound relaxation of the problem as an LP file (CPLEX LP format) or a free MPS file. */
    public String exportRelaxation(PlanningProblem problem, boolean mps) {
        loadNativeLibraries();
        TravelTables tt = new TravelTables(problem, travelTimes);
        Dispatcher d = new Dispatcher(problem, tt, List.of(), Double.NEGATIVE_INFINITY);
        int[] remaining = counts(problem);
        boolean capped = capsP1(problem, remaining);
        Relaxation r = Relaxation.build(d, remaining, false, capped);
        if (capped) {
            // The plan's bound holds the P1 part to the first construction's, which depends on the problem alone.
            java.util.function.Supplier<Dispatcher> fresh = () -> {
                Dispatcher x = new Dispatcher(problem, tt, List.of(), Double.NEGATIVE_INFINITY);
                x.p1Factor = Dispatcher.P1_FIRST;
                return x;
            };
            r.capP1(p1Part(construct(problem, List.of(), remaining, fresh, i -> 0, System.nanoTime(), PlanningOptions.defaults(),
                    new double[][] {FIRST_START}, x -> { }).get(0)));
        }
        try {
            return mps ? r.exportMps() : r.exportLp();
        } finally {
            r.release();
        }
    }

    private static int[] counts(PlanningProblem problem) {
        return problem.groups().stream().mapToInt(CasualtyGroup::count).toArray();
    }

    /** Patients per group that the fixed trips do not carry: what a (re-)plan still has to move. */
    private static int[] remaining(PlanningProblem problem, List<Trip> fixed, Map<String, Integer> groupIndex) {
        int[] remaining = counts(problem);
        for (Trip t : fixed) {
            for (PatientSlice s : t.patients()) {
                remaining[groupIndex.get(s.groupId())] -= s.count();
            }
        }
        return remaining;
    }

    private static Map<String, Integer> groupIndex(PlanningProblem problem) {
        Map<String, Integer> groupIndex = new HashMap<>();
        for (int g = 0; g < problem.groups().size(); g++) {
            groupIndex.put(problem.groups().get(g).id(), g);
        }
        return groupIndex;
    }

    /** Whether the timeline bound holds its P1 part to a plan's: P1 first, and P1 patients to plan. */
    private static boolean capsP1(PlanningProblem problem, int[] remaining) {
        if (!problem.policy().p1First()) {
            return false;
        }
        for (int g = 0; g < remaining.length; g++) {
            if (remaining[g] > 0 && problem.groups().get(g).triage() == se.samverkan.planner.Triage.P1) {
                return true;
            }
        }
        return false;
    }

    /**
     * The P1 part of the objective for the dispatcher's trips (fixed trips left out): P1 weighted minutes to
     * definitive care, region penalties, and unserved P1 patients at the unserved cost — what P1 first minimises.
     */
    static double p1Part(Dispatcher d) {
        se.samverkan.planner.Policy policy = d.policy;
        double w = policy.weight(se.samverkan.planner.Triage.P1);
        double part = 0;
        for (List<Dispatcher.Draft> trips : d.drafts) {
            for (Dispatcher.Draft t : trips) {
                for (int[] s : t.slices) {
                    CasualtyGroup group = d.groups.get(s[0]);
                    if (group.triage() == se.samverkan.planner.Triage.P1) {
                        part += s[1] * (w * (t.arrival - d.ready(s[0])) + policy.regionPenalty(group, d.problem.hospitals().get(t.hospital)));
                    }
                }
            }
        }
        for (int g = 0; g < d.groups.size(); g++) {
            if (d.groups.get(g).triage() == se.samverkan.planner.Triage.P1) {
                part += d.unservedCount[g] * w * policy.unservedMinutes();
            }
        }
        return part;
    }

    // ---------------------------------------------------------------------------------------------------

    private Plan run(PlanningProblem problem, List<Trip> fixed, double notBefore, Plan previous, PlanningOptions options) {
        long started = System.nanoTime();
        loadNativeLibraries();
        ProgressListener progress = Boolean.getBoolean("samverkan.planner.debug")
                ? (phase, f) -> {
                    System.err.printf("%8.2f s  %s%n", (System.nanoTime() - started) / 1e9, phase);
                    options.progress().progress(phase, f);
                }
                : options.progress();
        progress.progress("travel times", 0.0);
        TravelTables tt = new TravelTables(problem, travelTimes);
        checkCancelled(options);

        Map<String, Integer> groupIndex = groupIndex(problem);
        int[] remaining = remaining(problem, fixed, groupIndex);

        // The bound, the baselines and some of the constructions run on a second thread beside the main one.
        Side side = new Side();
        boolean fresh = previous == null;
        // The timeline bound holds its P1 part to the first construction's (P1 first); completed NaN if never built.
        java.util.concurrent.CompletableFuture<Double> firstP1 = new java.util.concurrent.CompletableFuture<>();
        boolean planned = false;
        try {
            Plan plan = run(problem, fixed, notBefore, previous, options, started, progress, tt, remaining, groupIndex, side, fresh, firstP1);
            planned = true;
            return plan;
        } finally {
            firstP1.complete(Double.NaN);
            if (!planned && side.work != null) {
                // Cancelled or failed: the kept relaxation (its model and last solution) is released once the side work ends.
                side.work.whenComplete((v, e) -> {
                    Relaxation kept = side.capped;
                    side.capped = null;
                    if (kept != null) {
                        kept.release();
                    }
                });
            }
        }
    }

    private Plan run(PlanningProblem problem, List<Trip> fixed, double notBefore, Plan previous, PlanningOptions options,
                     long started, ProgressListener progress, TravelTables tt, int[] remaining, Map<String, Integer> groupIndex,
                     Side side, boolean fresh, java.util.concurrent.CompletableFuture<Double> firstP1) {
        double[][] mainStarts = fresh ? mainStarts(problem) : new double[0][];
        double[][] sideStarts = fresh ? sideStarts(problem, remaining) : new double[0][];
        Set<Long> previousHospitals = new HashSet<>();
        Map<Long, Set<Integer>> previousUnits = new HashMap<>();
        if (previous != null) {
            remember(problem, previous, groupIndex, previousHospitals, previousUnits);
        }
        double p1Factor = problem.policy().p1First() ? Dispatcher.P1_FIRST : 1;
        java.util.function.Supplier<Dispatcher> newDispatcher = () -> {
            Dispatcher d = new Dispatcher(problem, tt, fixed, notBefore);
            d.p1Factor = p1Factor;
            if (previous != null) {
                d.previousUnits = previousUnits;
                d.stabilityBonus = STABILITY_UNIT;
                d.previousHospitals = previousHospitals;
                d.hospitalChangeCost = STABILITY_HOSPITAL;
                d.unitChangeCost = STABILITY_UNIT;
            }
            return d;
        };
        // The baselines, made once by whichever thread comes to them first: the second thread after the guided
        // construction, or the main thread while it waits for that.
        java.util.concurrent.atomic.AtomicBoolean baselinesClaimed = new java.util.concurrent.atomic.AtomicBoolean();
        Runnable makeBaselines = () -> {
            if (options.withBaselines() && baselinesClaimed.compareAndSet(false, true)) {
                PlanFigures[] baselineFigures = new PlanFigures[Baseline.values().length];
                for (Baseline b : Baseline.values()) {
                    baselineFigures[b.ordinal()] = evaluate(problem, fixed, b.dispatch(problem, tt, fixed, notBefore, remaining));
                }
                side.baselines = baselineFigures;
            }
        };
        // The main thread's improvement ends (System.nanoTime()) at this deadline; 0 until it starts.
        java.util.concurrent.atomic.AtomicLong mainDeadline = new java.util.concurrent.atomic.AtomicLong();
        // Done when the side thread has built and improved the construction guided by the relaxation (or will not).
        java.util.concurrent.CompletableFuture<Void> guidedDone = new java.util.concurrent.CompletableFuture<>();
        java.util.concurrent.CompletableFuture<Void> sideWork = java.util.concurrent.CompletableFuture.runAsync(() -> {
            try {
                if (options.withBound()) {
                    // A re-plan must be quick (< 2 s): its bound uses the cheaper pickup slots.
                    side.bound = bound(problem, tt, fixed, notBefore, remaining, fresh, firstP1, side);
                    if (Boolean.getBoolean("samverkan.planner.debug")) {
                        System.err.printf("%8.2f s  bound %.0f%n", (System.nanoTime() - started) / 1e9, side.bound.value());
                    }
                    double[][] carried = side.carried;
                    if (fresh && carried != null && problem.patientCount() <= GUIDED_PATIENTS) {
                        // Beside the main thread's improvement: until its deadline, at least a quarter of the budget.
                        Dispatcher guided = cheapest(List.of(
                                guided(problem, remaining, newDispatcher, carried, false),
                                guided(problem, remaining, newDispatcher, carried, true)));
                        debug(started, "guided by the relaxation", problem, fixed, guided);
                        long quarter = budget(problem, previous, options).dividedBy(4).toNanos();
                        long until = Math.max(System.nanoTime() + quarter, mainDeadline.get());
                        improve(guided, Duration.ofNanos(Math.max(0, until - System.nanoTime())), previous, options, started,
                                problem, fixed, () -> false);
                        side.guided = guided;
                    }
                }
            } finally {
                guidedDone.complete(null);
            }
            makeBaselines.run();
        }, SIDE);
        side.work = sideWork;
        progress.progress("lower bound", 0.15);

        progress.progress("hospital assignment", 0.35);
        java.util.function.IntToDoubleFunction noBonus = i -> 0;
        checkCancelled(options);

        progress.progress("trips", 0.5);
        Dispatcher best = null;
        if (previous != null) {
            // Warm start: the previous plan's trips that are still possible stay, in their order; only the patients
            // they can no longer carry (closed hospital, broken unit) and new casualties are dispatched anew.
            best = newDispatcher.get();
            Map<Long, Integer> keep = new HashMap<>();
            Map<String, Integer> hospitalIndex = new HashMap<>();
            for (int h = 0; h < problem.hospitals().size(); h++) {
                hospitalIndex.put(problem.hospitals().get(h).id(), h);
            }
            for (Trip t : previous.trips()) {
                Integer h = hospitalIndex.get(t.hospitalId());
                if (t.fixed() || t.departure() <= notBefore + 1e-9 || h == null) {
                    continue;
                }
                for (PatientSlice s : t.patients()) {
                    Integer g = groupIndex.get(s.groupId());
                    if (g != null) {
                        keep.merge(Dispatcher.key(g, h), s.count(), Integer::sum);
                    }
                }
            }
            List<Dispatcher.Demand> assigned = HospitalAssignment.solve(best, remaining, noBonus, null, keep, KEEP_MINUTES);
            Map<Long, Integer> quota = new HashMap<>();
            for (Dispatcher.Demand a : assigned) {
                if (a.hospital >= 0) {
                    quota.merge(Dispatcher.key(a.group, a.hospital), a.remaining, Integer::sum);
                }
            }
            best.seed(previous.trips(), quota, notBefore);
            List<Dispatcher.Demand> left = new ArrayList<>();
            for (Dispatcher.Demand a : assigned) {
                int n = a.hospital < 0 ? a.remaining : Math.min(a.remaining, quota.getOrDefault(Dispatcher.key(a.group, a.hospital), 0));
                if (a.hospital >= 0 && n > 0) {
                    quota.merge(Dispatcher.key(a.group, a.hospital), -n, Integer::sum);
                }
                if (n > 0) {
                    left.add(new Dispatcher.Demand(a.group, a.hospital, n));
                }
            }
            best.dispatch(left, Dispatcher.UnitRule.EARLIEST_ARRIVAL, true, urgency(best, true));
            debug(started, "warm start", problem, fixed, best);
            if (Boolean.getBoolean("samverkan.planner.debug")) {
                List<Trip> all = new ArrayList<>(fixed);
                all.addAll(best.trips());
                System.err.println("warm start changed " + changedAssignments(previous, all, unserved(best)));
            }
        } else {
            // The other constructions are made by whichever thread is free first: the second thread after the
            // bound, or the main thread when its search has spent its budget before the bound is done.
            java.util.concurrent.atomic.AtomicBoolean othersClaimed = new java.util.concurrent.atomic.AtomicBoolean();
            java.util.function.Supplier<List<Dispatcher>> others = () -> othersClaimed.compareAndSet(false, true)
                    ? construct(problem, fixed, remaining, newDispatcher, noBonus, started, options, sideStarts, x -> { })
                    : null;
            java.util.concurrent.CompletableFuture<List<Dispatcher>> sideBuilt = sideWork.thenApplyAsync(v -> others.get(), SIDE);
            best = cheapest(construct(problem, fixed, remaining, newDispatcher, noBonus, started, options, mainStarts,
                    x -> firstP1.complete(p1Part(x))));
            // The main thread improves its best construction while the second thread bounds and then builds a
            // construction guided by the relaxation's optimum and improves it, until the main thread's deadline and
            // for at least a quarter of the budget (it starts near the optimum). The main thread's iterated search
            // runs its whole budget: it used to end when the bound was done, which came after the budget while the
            // LP was slower; with the LP done early it cut the search short (large case, one run under load: gap 7.52 →
            // 7.89 %, back to 7.52 % with the whole budget). Before, the guided construction was
            // improved after the main thread's improvement, on the main thread: the 150-patient case's plan waited
            // for the relaxation and then a quarter of the budget. The baselines and the other constructions are
            // made by whichever thread is free first; one of those that starts cheaper than the best plan is
            // improved in turn.
            progress.progress("improvement", 0.65);
            mainDeadline.set(System.nanoTime() + budget(problem, previous, options).toNanos());
            improve(best, budget(problem, previous, options), previous, options, started, problem, fixed, () -> false);
            // While the second thread still bounds or improves the guided construction, this one makes the other
            // constructions and the baselines.
            List<Dispatcher> built = guidedDone.isDone() ? null : others.get();
            if (!guidedDone.isDone()) {
                makeBaselines.run();
            }
            awaitEither(guidedDone, sideWork);
            Dispatcher guided = side.guided;
            if (guided != null && guided.searchObjective() < best.searchObjective()) {
                best = guided;
            }
            if (built == null) {
                built = others.get();
            }
            Dispatcher other = cheapest(built != null ? built : join(sideBuilt));
            if (other != null && other.searchObjective() < best.searchObjective()) {
                improve(other, budget(problem, previous, options).dividedBy(2), previous, options, started, problem, fixed, () -> false);
                if (other.searchObjective() < best.searchObjective()) {
                    best = other;
                }
            }
        }
        checkCancelled(options);
        if (previous != null) {
            progress.progress("improvement", 0.65);
            improve(best, budget(problem, previous, options), previous, options, started, problem, fixed, () -> false);
        }
        join(sideWork);
        LowerBound bound = side.bound;
        if (side.capped != null) {
            // The bound held the P1 part to the first construction's; a plan that kept a worse P1 part (its other
            // patients gained more) is not below that bound's premise: bound it without the cap.
            if (p1Part(best) > side.p1Cap + 1e-7 * Math.max(1, side.p1Cap)) {
                side.capped.capP1(Double.POSITIVE_INFINITY);
                bound = new LowerBound(bound.value() - side.cappedValue + side.capped.solve(), bound.method(),
                        bound.covers().replace(CAPPED, ""), bound.p1Value());
            }
            side.capped.release();
            side.capped = null;
        }
        checkCancelled(options);

        List<Trip> trips = new ArrayList<>(fixed);
        trips.addAll(best.trips());
        List<UnservedPatients> unserved = unserved(best);
        PlanFigures figures = PlanEvaluation.evaluate(problem, trips, unserved);

        List<BaselineResult> baselines = new ArrayList<>();
        if (options.withBaselines()) {
            progress.progress("baselines", 0.85);
            for (Baseline b : Baseline.values()) {
                baselines.add(baseline(side.baselines[b.ordinal()], figures, b.label, b.description));
            }
        }
        OptionalInt changed = previous == null ? OptionalInt.empty() : OptionalInt.of(changedAssignments(previous, trips, unserved));
        progress.progress("done", 1.0);
        return new Plan(problem.start(), trips, unserved, figures, bound, baselines, changed,
                (System.nanoTime() - started) / 1_000_000);
    }

    private static Dispatcher cheapest(List<Dispatcher> built) {
        Dispatcher best = null;
        for (Dispatcher d : built) {
            if (best == null || d.searchObjective() < best.searchObjective()) {
                best = d;
            }
        }
        return best;
    }

    /** The improvement's time: 3 ms per patient within 0.2–20 s, at most 0.8 s in a re-plan, unless the options say. */
    private static Duration budget(PlanningProblem problem, Plan previous, PlanningOptions options) {
        if (options.improvementTime() != null) {
            return options.improvementTime();
        }
        Duration budget = Duration.ofMillis(Math.max(200, Math.min(20_000, problem.patientCount() * 3L)));
        return previous == null ? budget : Duration.ofMillis(Math.min(budget.toMillis(), 800));
    }

    /** Local improvement within the budget (a fresh plan with the wider search, see {@link Improvement#freshPlan}). */
    private static void improve(Dispatcher d, Duration budget, Plan previous, PlanningOptions options, long started,
                                PlanningProblem problem, List<Trip> fixed, java.util.function.BooleanSupplier stopKicking) {
        Improvement improvement = new Improvement(d, System.nanoTime() + budget.toNanos(), options.cancelled());
        improvement.freshPlan = previous == null;
        improvement.stopKicking = stopKicking;
        improvement.run();
        debug(started, "improved with " + improvement.moves + " moves, " + improvement.kept + " kicks kept", problem, fixed, d);
    }

    /** The weighted bound and, when there are P1 patients, the bound on the P1 part alone. */
    private static LowerBound bound(PlanningProblem problem, TravelTables tt, List<Trip> fixed, double notBefore, int[] remaining,
                                    boolean timelines, java.util.concurrent.Future<Double> firstP1, Side side) {
        Dispatcher fresh = new Dispatcher(problem, tt, fixed, notBefore);
        double value = PlanEvaluation.evaluate(problem, fixed, List.of()).objective();
        boolean capped = false;
        if (timelines) {
            boolean capsP1 = fixed.isEmpty() && capsP1(problem, remaining);
            Relaxation relaxation = Relaxation.build(fresh, remaining, false, capsP1);
            boolean kept = false;
            try {
                double cap = capsP1 ? await(firstP1) : Double.NaN;
                if (!Double.isNaN(cap)) {
                    relaxation.capP1(cap);
                    capped = true;
                }
                double v;
                try {
                    v = relaxation.solve();
                } catch (IllegalStateException e) {
                    if (!capped) {
                        throw e;
                    }
                    // The solver's tolerances refused the cap (a P1 part already at its least): bound without it.
                    relaxation.capP1(Double.POSITIVE_INFINITY);
                    capped = false;
                    v = relaxation.solve();
                }
                value += v;
                side.carried = relaxation.carried(problem.groups().size(), tt.hospitalCount);
                if (capped) {
                    // Kept until the plan is known: the planner lifts the cap if the plan's P1 part is above it.
                    side.capped = relaxation;
                    side.p1Cap = cap;
                    side.cappedValue = v;
                    kept = true;
                }
            } finally {
                if (!kept) {
                    relaxation.release();
                }
            }
        } else {
            SlotRelaxation relaxation = SlotRelaxation.build(fresh, remaining, false);
            try {
                value += relaxation.solve();
            } finally {
                relaxation.release();
            }
        }
        int[] p1 = remaining.clone();
        double p1Constant = 0;
        boolean anyP1 = false;
        for (int g = 0; g < p1.length; g++) {
            if (problem.groups().get(g).triage() != se.samverkan.planner.Triage.P1) {
                p1[g] = 0;
            }
            anyP1 |= p1[g] > 0;
        }
        for (Trip t : fixed) {
            for (PatientSlice s : t.patients()) {
                CasualtyGroup g = problem.groups().get(fresh.groupIndex(s.groupId()));
                if (g.triage() == se.samverkan.planner.Triage.P1) {
                    p1Constant += s.count() * problem.policy().weight(g.triage()) * (t.arrival() - problem.minutesAfterStart(g.readyAt()));
                }
            }
        }
        double p1Value = p1Constant;
        if (anyP1) {
            SlotRelaxation p1Relaxation = SlotRelaxation.build(new Dispatcher(problem, tt, fixed, notBefore), p1, true);
            try {
                p1Value += p1Relaxation.solve();
            } finally {
                p1Relaxation.release();
            }
        }
        String waiting = timelines
                ? "waiting from a time-expanded flow of unit classes per incident, each trip away for the least ride "
                + "and return of its band of hospitals (cycles within 15 % or 2 min of the band's least) plus the turnaround (times rounded down to 1 min, "
                + "pickups priced at the earliest trip of their period of 1 minute, after minute 50 2 % of its start, a unit may count at far-apart "
                + "incidents at once); "
                : "waiting from pickup slots of every unit, each serving one collection point of an incident "
                + "(deliveries and return legs at their shortest, a unit may count at far-apart incidents at once); ";
        return new LowerBound(value, "linear relaxation (GLOP)",
                "hospital beds, surge, region penalties and unserved patients exactly; rides by each mode a unit "
                + "can carry the patient with; " + waiting + (fixed.isEmpty() ? "" : "trips under way as they are; ")
                + (capped ? CAPPED : "")
                + "p1: pickup slots for the P1 patients alone, without penalties", p1Value);
    }

    /** What the bound's description says of the cap on its P1 part. */
    private static final String CAPPED = "P1 first: the P1 part (P1 minutes, penalties, unserved) at most the first "
            + "construction's, as every plan that puts P1 first has; ";

    /** The value of a future the main thread completes; NaN if waiting is interrupted. */
    private static double await(java.util.concurrent.Future<Double> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Double.NaN;
        } catch (java.util.concurrent.ExecutionException e) {
            return Double.NaN;
        }
    }

    /**
     * Several constructions: bound to the assignment's hospitals (short or long rides first), or choosing
     * hospitals trip by trip with a price on unit time; the one the search prefers goes on to improvement.
     */
    private static List<Dispatcher> construct(PlanningProblem problem, List<Trip> fixed, int[] remaining,
                                        java.util.function.Supplier<Dispatcher> newDispatcher,
                                        java.util.function.IntToDoubleFunction stability, long started, PlanningOptions options,
                                        double[][] starts, java.util.function.Consumer<Dispatcher> built) {
        List<Dispatcher> out = new ArrayList<>();
        double[] waits = null;
        for (double[] start : starts) {
            Dispatcher d = newDispatcher.get();
            d.opportunityCost = start[1];
            if (start[0] == 2 || start[0] == 3) {
                int[] urgent = remaining.clone();
                int[] others = remaining.clone();
                for (int g = 0; g < remaining.length; g++) {
                    boolean red = problem.groups().get(g).triage() == se.samverkan.planner.Triage.P1;
                    (red ? others : urgent)[g] = 0;
                }
                if (start[0] == 3) {
                    d.hospitalRule = Dispatcher.HospitalRule.NEAREST;
                }
                d.dispatch(unbound(urgent), Dispatcher.UnitRule.EARLIEST_ARRIVAL, true, urgency(d, true));
                d.hospitalRule = Dispatcher.HospitalRule.LEAST_COST;
                d.dispatch(HospitalAssignment.solve(d, others, stability, waits), Dispatcher.UnitRule.EARLIEST_ARRIVAL, true,
                        urgency(d, true));
            } else {
                List<Dispatcher.Demand> copy = start[0] >= 0 && start[0] <= 1
                        ? HospitalAssignment.solve(d, remaining, stability, waits)
                        : unbound(remaining);
                d.dispatch(copy, Dispatcher.UnitRule.EARLIEST_ARRIVAL, true, urgency(d, start[0] != 0));
            }
            debug(started, "start " + java.util.Arrays.toString(start), problem, fixed, d);
            if (start[0] == 0 || start[0] == 1) {
                waits = HospitalAssignment.learnWaits(d, waits);
            }
            out.add(d);
            built.accept(d);
            checkCancelled(options);
        }
        return out;
    }

    /*
     * The constructions, as {kind, price on unit time}: kind 1 / 0 assignment-bound, short / long rides first (the
     * assignment is solved again with the waits the previous dispatch showed per group and mode, so scarce modes
     * such as helicopters stop looking as available as ambulances); 2 (3) the P1 patients trip by trip at the least
     * cost (at the nearest hospital with a bed, as the baseline does), then the assignment for the others; -1
     * hospitals chosen trip by trip. The main thread builds the chain that learns waits, the second thread the
     * rest after the bound. Large problems try fewer (a construction of 10 000 patients takes seconds).
     */
    private static double[][] mainStarts(PlanningProblem problem) {
        return problem.patientCount() > 5000
                ? new double[][] {FIRST_START, {1, 0}, {1, 0}, {2, 0}}
                : new double[][] {FIRST_START, {1, 0}, {1, 0}, {1, 0}, {0, 0}, {2, 0}};
    }

    /**
     * A construction guided by the timeline relaxation's optimum: the assignment (min-cost flow) again, with a
     * reward of {@link #GUIDE_MINUTES} for each patient other than P1 sent where the relaxation carries it
     * (rounded), so it follows the relaxation wherever the beds allow; the P1 patients as the assignment puts them
     * or ({@code p1TripByTrip}) trip by trip first at the least cost. The relaxation packs units' places and times
     * together, which the greedy assignment does not see: on the small benchmark case this start improves to a
     * plan about 0.5 % cheaper than the others.
     */
    static Dispatcher guided(PlanningProblem problem, int[] remaining, java.util.function.Supplier<Dispatcher> newDispatcher,
                                     double[][] carried, boolean p1TripByTrip) {
        Dispatcher d = newDispatcher.get();
        int[] others = remaining.clone();
        int[] urgent = remaining.clone();
        for (int g = 0; g < remaining.length; g++) {
            boolean red = problem.groups().get(g).triage() == se.samverkan.planner.Triage.P1;
            (red ? others : urgent)[g] = 0;
        }
        Map<Long, Integer> keep = new HashMap<>();
        for (int g = 0; g < others.length; g++) {
            if (others[g] <= 0) {
                continue;
            }
            double[] share = carried[g];
            int left = others[g];
            Integer[] order = new Integer[share.length];
            for (int h = 0; h < share.length; h++) {
                order[h] = h;
                int n = Math.min(left, (int) Math.floor(share[h] + 1e-6));
                if (n > 0) {
                    keep.put(Dispatcher.key(g, h), n);
                    left -= n;
                }
            }
            // The fractions, largest first, for the patients the whole parts leave.
            java.util.Arrays.sort(order, Comparator.comparingDouble(h -> -(share[h] - Math.floor(share[h] + 1e-6))));
            for (int h : order) {
                if (left > 0 && share[h] - Math.floor(share[h] + 1e-6) > 1e-6) {
                    keep.merge(Dispatcher.key(g, h), 1, Integer::sum);
                    left--;
                }
            }
        }
        if (p1TripByTrip) {
            d.dispatch(unbound(urgent), Dispatcher.UnitRule.EARLIEST_ARRIVAL, true, urgency(d, true));
        }
        d.dispatch(HospitalAssignment.solve(d, p1TripByTrip ? others : remaining, i -> 0, null, keep, GUIDE_MINUTES),
                Dispatcher.UnitRule.EARLIEST_ARRIVAL, true, urgency(d, true));
        return d;
    }

    /**
     * The guided construction is tried up to this many patients: on the 10 000-patient case it cost 12 s of CPU
     * (half of a 20 s budget, two constructions of seconds each) and did not beat the plan.
     */
    static final int GUIDED_PATIENTS = 5000;

    /** Weighted minutes a patient earns in the guided assignment by going where the relaxation carries it. */
    static final double GUIDE_MINUTES = 1000;

    /** Waits until either future is done (the second one ends the side work, also when it fails). */
    private static void awaitEither(java.util.concurrent.CompletableFuture<?> a, java.util.concurrent.CompletableFuture<?> b) {
        try {
            java.util.concurrent.CompletableFuture.anyOf(a, b).join();
        } catch (java.util.concurrent.CompletionException | java.util.concurrent.CancellationException e) {
            // the side work failed: joining it later reports why
        }
    }

    /** The first construction (assignment-bound, short rides first); its P1 part caps the bound's (P1 first). */
    private static final double[] FIRST_START = {1, 0};

    private static double[][] sideStarts(PlanningProblem problem, int[] remaining) {
        double meanWeight = 0;
        for (int g = 0; g < remaining.length; g++) {
            meanWeight += remaining[g] * problem.policy().weight(problem.groups().get(g).triage());
        }
        meanWeight /= Math.max(1, java.util.Arrays.stream(remaining).sum());
        return problem.patientCount() > 5000
                ? new double[][] {{3, 0}}
                : new double[][] {{3, 0}, {-1, 0}, {-1, meanWeight}};
    }

    private static void debug(long started, String what, PlanningProblem problem, List<Trip> fixed, Dispatcher d) {
        if (Boolean.getBoolean("samverkan.planner.debug")) {
            PlanFigures trial = evaluate(problem, fixed, d);
            System.err.printf("%8.2f s  %s: objective %.0f, search %.0f, unserved %d, P1 mean %.1f%n",
                    (System.nanoTime() - started) / 1e9, what, trial.objective(), d.searchObjective(), trial.unserved(),
                    trial.triage(se.samverkan.planner.Triage.P1).meanMinutes());
        }
    }

    private static List<Dispatcher.Demand> unbound(int[] remaining) {
        List<Dispatcher.Demand> demands = new ArrayList<>();
        for (int g = 0; g < remaining.length; g++) {
            if (remaining[g] > 0) {
                demands.add(new Dispatcher.Demand(g, -1, remaining[g]));
            }
        }
        return demands;
    }

    private static void checkCancelled(PlanningOptions options) {
        if (options.cancelled().getAsBoolean()) {
            throw new PlanningCancelledException();
        }
    }

    /** Most urgent first, then earliest ready, then shortest (or longest) ride by the usual mode. */
    private static Comparator<Dispatcher.Demand> urgency(Dispatcher d, boolean shortFirst) {
        Comparator<Dispatcher.Demand> byRide = Comparator.comparingDouble(x -> {
            if (x.hospital < 0) {
                return Double.MAX_VALUE;
            }
            TransportMode m = d.usualMode(x.group);
            return m == null ? Double.MAX_VALUE : d.tt.ride(m, d.tt.sourceOfGroup[x.group], x.hospital);
        });
        return Comparator.<Dispatcher.Demand, se.samverkan.planner.Triage>comparing(x -> d.groups.get(x.group).triage())
                .thenComparingDouble(x -> d.ready(x.group))
                .thenComparing(shortFirst ? byRide : byRide.reversed())
                .thenComparingInt(x -> x.group);
    }

    private static PlanFigures evaluate(PlanningProblem problem, List<Trip> fixed, Dispatcher d) {
        List<Trip> trips = new ArrayList<>(fixed);
        trips.addAll(d.trips());
        return PlanEvaluation.evaluate(problem, trips, unserved(d));
    }

    private static List<UnservedPatients> unserved(Dispatcher d) {
        List<UnservedPatients> out = new ArrayList<>();
        for (int g = 0; g < d.groups.size(); g++) {
            if (d.unservedCount[g] > 0) {
                out.add(new UnservedPatients(d.groups.get(g).id(), d.unservedCount[g], d.unservedReason.get(g)));
            }
        }
        return out;
    }

    /** The two baselines of the issue and the national comparison, in the order plans report them. */
    private enum Baseline {
        NEAREST_HOSPITAL(BASELINE_NEAREST_HOSPITAL, Dispatcher.UnitRule.EARLIEST_ARRIVAL, Dispatcher.DispatchScope.OWN_REGION_FIRST,
                "issue baseline, uncoordinated regional dispatch: each patient, most urgent first, to the nearest hospital "
                + "that still has a bed, by the unit of the incident's own region that hands over soonest; other regions' "
                + "units only when none of the own region's is free by the time the patient is ready (then the soonest "
                + "of all units; no delay counted for the request)"),
        NEAREST_UNIT(BASELINE_NEAREST_UNIT, Dispatcher.UnitRule.NEAREST_IDLE, Dispatcher.DispatchScope.OWN_REGION_FIRST,
                "issue baseline, uncoordinated regional dispatch: each patient, most urgent first, with the nearest of the "
                + "incident region's own units free by the time the patient is ready (when none is: the unit free soonest "
                + "in the country, the nearest of those), to the nearest hospital that still has a bed"),
        NEAREST_HOSPITAL_NATIONAL(BASELINE_NEAREST_HOSPITAL_NATIONAL, Dispatcher.UnitRule.EARLIEST_ARRIVAL, Dispatcher.DispatchScope.NATIONAL,
                "comparison, not an issue baseline: coordinated national dispatch with a naive hospital choice; each "
                + "patient, most urgent first, to the nearest hospital that still has a bed, by the unit that hands over "
                + "soonest of all units in the country");

        final String label;
        final Dispatcher.UnitRule rule;
        final Dispatcher.DispatchScope scope;
        final String description;

        Baseline(String label, Dispatcher.UnitRule rule, Dispatcher.DispatchScope scope, String description) {
            this.label = label;
            this.rule = rule;
            this.scope = scope;
            this.description = description;
        }

        /** Most urgent first, the nearest hospital with a bed, units by the rule within the scope, no ride-sharing. */
        Dispatcher dispatch(PlanningProblem problem, TravelTables tt, List<Trip> fixed, double notBefore, int[] remaining) {
            Dispatcher d = new Dispatcher(problem, tt, fixed, notBefore);
            d.hospitalRule = Dispatcher.HospitalRule.NEAREST;
            d.scope = scope;
            d.dispatch(unbound(remaining), rule, false, Comparator.<Dispatcher.Demand, se.samverkan.planner.Triage>comparing(x -> d.groups.get(x.group).triage())
                    .thenComparingDouble(x -> d.ready(x.group)).thenComparingInt(x -> x.group));
            return d;
        }
    }

    /**
     * The trips one of the baselines ({@link #BASELINE_NEAREST_HOSPITAL}, {@link #BASELINE_NEAREST_UNIT},
     * {@link #BASELINE_NEAREST_HOSPITAL_NATIONAL}) makes for a fresh problem, as a plan without bound or baselines,
     * so that it can be validated and inspected like any plan; its figures are those reported in {@link Plan#baselines()}.
     */
    public Plan baselinePlan(PlanningProblem problem, String name) {
        return baselinePlan(problem, List.of(), Double.NEGATIVE_INFINITY, name);
    }

    /**
     * The same for a re-plan: the baseline keeps the re-plan's trips under way (its fixed trips) and dispatches the
     * rest from {@link Replan#nowMinutes()}, as the re-plan's reported baseline did.
     */
    public Plan baselinePlan(Replan replan, String name) {
        return baselinePlan(replan.problem(), replan.plan().trips().stream().filter(Trip::fixed).toList(), replan.nowMinutes(), name);
    }

    private Plan baselinePlan(PlanningProblem problem, List<Trip> fixed, double notBefore, String name) {
        long started = System.nanoTime();
        Baseline baseline = java.util.Arrays.stream(Baseline.values()).filter(b -> b.label.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no baseline named " + name));
        Dispatcher d = baseline.dispatch(problem, new TravelTables(problem, travelTimes), fixed, notBefore,
                remaining(problem, fixed, groupIndex(problem)));
        List<Trip> trips = new ArrayList<>(fixed);
        trips.addAll(d.trips());
        List<UnservedPatients> unserved = unserved(d);
        return new Plan(problem.start(), trips, unserved, PlanEvaluation.evaluate(problem, trips, unserved), null, List.of(),
                OptionalInt.empty(), (System.nanoTime() - started) / 1_000_000);
    }

    private static BaselineResult baseline(PlanFigures figures, PlanFigures planFigures, String name, String description) {
        double improvement = figures.objective() <= 0 ? 0 : 1 - planFigures.objective() / figures.objective();
        return new BaselineResult(name, description, figures, improvement);
    }

    /** What the second thread computes. */
    private static final class Side {
        volatile LowerBound bound;
        /** Patients per group and hospital in the timeline relaxation's optimum; null without it. */
        volatile double[][] carried;
        /** The timeline relaxation with its P1 part capped, its cap and optimum; null when not capped. */
        volatile Relaxation capped;
        /** The side work itself, so that a failed run can release {@link #capped} when it ends. */
        volatile java.util.concurrent.CompletableFuture<Void> work;
        volatile double p1Cap;
        volatile double cappedValue;
        volatile PlanFigures[] baselines;
        /** The construction guided by the timeline relaxation, improved; null when there is none. */
        volatile Dispatcher guided;
    }

    /** Daemon threads for the side work of planning runs (the bound, baselines, some constructions). */
    private static final java.util.concurrent.ExecutorService SIDE = java.util.concurrent.Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "samverkan-planner-side");
        t.setDaemon(true);
        return t;
    });

    private static <T> T join(java.util.concurrent.CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    private static void remember(PlanningProblem problem, Plan previous, Map<String, Integer> groupIndex,
                                 Set<Long> hospitals, Map<Long, Set<Integer>> units) {
        Map<String, Integer> hospitalIndex = new HashMap<>();
        for (int h = 0; h < problem.hospitals().size(); h++) {
            hospitalIndex.put(problem.hospitals().get(h).id(), h);
        }
        Map<String, Integer> unitIndex = new HashMap<>();
        for (int u = 0; u < problem.units().size(); u++) {
            unitIndex.put(problem.units().get(u).id(), u);
        }
        for (Trip t : previous.trips()) {
            Integer h = hospitalIndex.get(t.hospitalId());
            Integer u = unitIndex.get(t.unitId());
            for (PatientSlice s : t.patients()) {
                Integer g = groupIndex.get(s.groupId());
                if (g == null || h == null) {
                    continue;
                }
                hospitals.add(Dispatcher.key(g, h));
                if (u != null) {
                    units.computeIfAbsent(Dispatcher.key(g, h), k -> new HashSet<>()).add(u);
                }
            }
        }
    }

    /**
     * Patients of groups in both plans whose (hospital, unit) differs, matching equal pairs first:
     * per group, its count minus the patients the two plans put on the same hospital with the same unit.
     */
    static int changedAssignments(Plan previous, List<Trip> trips, List<UnservedPatients> unserved) {
        Map<String, Map<String, Integer>> before = pairs(previous.trips(), previous.unserved());
        Map<String, Map<String, Integer>> after = pairs(trips, unserved);
        int changed = 0;
        for (Map.Entry<String, Map<String, Integer>> e : before.entrySet()) {
            Map<String, Integer> now = after.get(e.getKey());
            if (now == null) {
                continue;
            }
            for (Map.Entry<String, Integer> p : e.getValue().entrySet()) {
                changed += p.getValue() - Math.min(p.getValue(), now.getOrDefault(p.getKey(), 0));
            }
        }
        return changed;
    }

    private static Map<String, Map<String, Integer>> pairs(List<Trip> trips, List<UnservedPatients> unserved) {
        Map<String, Map<String, Integer>> out = new HashMap<>();
        for (Trip t : trips) {
            for (PatientSlice s : t.patients()) {
                out.computeIfAbsent(s.groupId(), k -> new HashMap<>()).merge(t.hospitalId() + "\u0000" + t.unitId(), s.count(), Integer::sum);
            }
        }
        for (UnservedPatients u : unserved) {
            out.computeIfAbsent(u.groupId(), k -> new HashMap<>()).merge("unserved", u.count(), Integer::sum);
        }
        return out;
    }
}
