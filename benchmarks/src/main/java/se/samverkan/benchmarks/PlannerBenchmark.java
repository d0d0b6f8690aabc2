package se.samverkan.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.samverkan.gis.travel.TravelTimeModel;
import se.samverkan.planner.Hospital;
import se.samverkan.planner.PlanningProblem;
import se.samverkan.planner.Triage;
import se.samverkan.gis.travel.EstimatedTravelTimes;
import se.samverkan.planner.plan.BaselineResult;
import se.samverkan.planner.plan.HospitalLoad;
import se.samverkan.planner.plan.Plan;
import se.samverkan.planner.plan.PlanFigures;
import se.samverkan.planner.solve.PlanEvent;
import se.samverkan.planner.solve.Planner;
import se.samverkan.planner.solve.PlanningOptions;
import se.samverkan.planner.validation.PlanValidator;

/**
 * Plans the three benchmark scenarios of issue 7, validates every plan, prints time, objective, bound, gap
 * and the baselines (the two, uncoordinated regional dispatch, and the national comparison; decision
 * 0005) with their P1 mean and p90, validates the baselines' plans too, and re-plans the 1 000-patient case
 * after its busiest hospital closes (the re-plan and its baselines validated likewise).
 * <pre>
 *   mvn -q -o -pl benchmarks -am package -DskipTests
 *   java -cp benchmarks/target/benchmarks.jar se.samverkan.benchmarks.PlannerBenchmark [--markdown FILE] [small|medium|large …]
 * </pre>
 * Each scenario is planned once after one warm-up run of the small case (OR-Tools' native libraries load
 * once per JVM, about half a second, and are not counted).
 */
public final class PlannerBenchmark {

    /** The re-plan is short and the machine shared: it is measured this many times, each run reported. */
    private static final int REPLAN_RUNS = 3;

    public static void main(String[] args) throws IOException {
        Path markdown = null;
        List<String> which = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--markdown")) {
                markdown = Path.of(args[++i]);
            } else {
                which.add(args[i]);
            }
        }
        if (which.isEmpty()) {
            which = List.of("small", "medium", "large");
        }
        TravelTimeModel travel = EstimatedTravelTimes.withDefaults();
        Planner planner = new Planner(travel);
        PlanValidator validator = new PlanValidator(travel);
        Planner.loadNativeLibraries();
        planner.plan(MassCasualtyScenarios.generate(MassCasualtyScenarios.small())); // warm-up

        StringBuilder md = new StringBuilder();
        md.append("Hospitals: ").append(MassCasualtyScenarios.hospitalSource()).append(".\n\n");
        md.append("| scenario | patients | wall / CPU time (s) | load | objective | bound | gap | unserved | P1 mean / p90 (min) | P1 mean ≥ (bound) | own region | vs nearest hospital (regional) | vs greedy nearest unit (regional) | vs nearest hospital, national dispatch | valid |\n");
        md.append("|---|---:|---|---:|---:|---:|---:|---:|---|---:|---:|---|---|---|---|\n");
        StringBuilder extra = new StringBuilder();
        for (String name : which) {
            MassCasualtyScenarios.Spec spec = switch (name) {
                case "small" -> MassCasualtyScenarios.small();
                case "medium" -> MassCasualtyScenarios.medium();
                case "large" -> MassCasualtyScenarios.large();
                default -> throw new IllegalArgumentException("unknown scenario " + name + " (small, medium, large)");
            };
            PlanningProblem problem = MassCasualtyScenarios.generate(spec);
            long t0 = System.nanoTime();
            long c0 = cpuNanos();
            Plan plan = planner.plan(problem);
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpuSeconds = (cpuNanos() - c0) / 1e9;
            List<String> violations = new ArrayList<>(validator.violations(problem, plan));
            // The baselines' trips, rebuilt outside the measured time: valid plans with the figures reported.
            StringBuilder baselineTimes = new StringBuilder();
            for (BaselineResult b : plan.baselines()) {
                Plan baseline = planner.baselinePlan(problem, b.name());
                baselineTimes.append(String.format(Locale.ROOT, "%s'%s' %.2f s", baselineTimes.length() == 0 ? "" : ", ", b.name(),
                        baseline.solveMillis() / 1000.0));
                validator.violations(problem, baseline).forEach(v -> violations.add("baseline '" + b.name() + "': " + v));
                if (!baseline.figures().equals(b.figures())) {
                    violations.add("baseline '" + b.name() + "': its trips do not give the figures reported");
                }
            }
            System.out.println(report(spec.name(), problem, plan, seconds, violations));
            md.append(row(spec.name(), problem, plan, seconds, cpuSeconds, violations)).append('\n');
            System.out.printf(Locale.ROOT, "  wall %.2f s, process CPU %.2f s, load average %s%n", seconds, cpuSeconds, loadAverage());
            // The baselines run on the planner's second thread, after the bound: their time can lengthen the plan's.
            extra.append("- ").append(name).append(": each baseline rebuilt alone (the side thread computes all three): ")
                    .append(baselineTimes).append('\n');

            if (name.equals("medium")) {
                String busiest = plan.figures().hospitalLoads().stream()
                        .collect(java.util.stream.Collectors.groupingBy(HospitalLoad::hospitalId,
                                java.util.stream.Collectors.summingInt(HospitalLoad::patients)))
                        .entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
                String busiestName = problem.hospitals().stream().filter(h -> h.id().equals(busiest)).map(Hospital::name).findFirst().orElse(busiest);
                double now = 30;
                int displaced = plan.trips().stream().filter(t -> t.departure() > now && t.hospitalId().equals(busiest))
                        .mapToInt(t -> t.patientCount()).sum();
                for (int run = 1; run <= REPLAN_RUNS; run++) {
                    long r0 = System.nanoTime();
                    long rc0 = cpuNanos();
                    Planner.Replan replan = planner.replan(problem, plan, now, List.of(new PlanEvent.HospitalCloses(busiest)),
                            PlanningOptions.defaults());
                    double replanSeconds = (System.nanoTime() - r0) / 1e9;
                    double replanCpu = (cpuNanos() - rc0) / 1e9;
                    List<String> replanViolations = new ArrayList<>(validator.violations(replan.problem(), replan.plan()));
                    // The re-plan's baselines too (trips under way kept), rebuilt outside the measured time.
                    for (BaselineResult b : replan.plan().baselines()) {
                        Plan baseline = planner.baselinePlan(replan, b.name());
                        validator.violations(replan.problem(), baseline).forEach(v -> replanViolations.add("baseline '" + b.name() + "': " + v));
                        if (!baseline.figures().equals(b.figures())) {
                            replanViolations.add("baseline '" + b.name() + "': its trips do not give the figures reported");
                        }
                    }
                    long fixedTrips = replan.plan().trips().stream().filter(t -> t.fixed()).count();
                    String line = String.format(Locale.ROOT,
                            "Re-plan %d of the 1 000-patient case at minute %.0f after %s closes: %.2f s wall, %.2f s CPU (load %s), %d trips under way kept, "
                            + "%d of %d patients changed hospital or unit (%d were bound for the closed hospital in trips not yet left), "
                            + "objective %.0f (bound %.0f, gap %.1f %%; P1 mean %.1f min), %s",
                            run, now, busiestName, replanSeconds, replanCpu, loadAverage(), fixedTrips, replan.plan().changedAssignments().orElse(-1),
                            problem.patientCount(), displaced, replan.plan().objective(), replan.plan().bound().value(),
                            100 * replan.plan().gap(), replan.plan().figures().triage(Triage.P1).meanMinutes(), replanViolations.isEmpty() ? "valid (plan and baselines)" : "INVALID: " + replanViolations);
                    System.out.println(line);
                    extra.append("- ").append(line).append('\n');
                }
            }
        }
        System.out.println();
        System.out.println(md);
        System.out.print(extra);
        if (markdown != null) {
            String header = String.format(Locale.ROOT, "Measured %s on %s (%d cores, Java %s, load average at the end %s).%n%n",
                    LocalDate.now(), machine(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), loadAverage());
            Files.writeString(markdown, header + md + "\n" + extra);
        }
    }

    /** The machine is shared: the load average tells how far wall time is from CPU time. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String machine() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: fall through
        }
        return System.getProperty("os.arch");
    }

    /**
     * CPU time of the whole process (every thread: the planner's two, the JIT compiler and the garbage collector),
     * so that wall time on a shared machine can be judged against it.
     */
    private static long cpuNanos() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime();
        }
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static String row(String name, PlanningProblem problem, Plan plan, double seconds, double cpu, List<String> violations) {
        PlanFigures f = plan.figures();
        return String.format(Locale.ROOT, "| %s | %d | %.2f / %.2f | %s | %.0f | %.0f | %.2f %% | %d | %.1f / %.1f | %.1f | %.0f %% | %s | %s | %s | %s |",
                name, problem.patientCount(), seconds, cpu, loadAverage(), f.objective(), plan.bound().value(), 100 * plan.gap(), f.unserved(),
                f.triage(Triage.P1).meanMinutes(), f.triage(Triage.P1).p90Minutes(),
                plan.bound().p1MeanMinutesAtLeast(f, problem.policy()), 100 * f.ownRegionShare(),
                versus(plan, plan.baselines().get(0)), versus(plan, plan.baselines().get(1)), versus(plan, plan.baselines().get(2)),
                violations.isEmpty() ? "yes (plan and baselines)" : "NO (" + violations.size() + ")");
    }

    /** Objective improvement, then the baseline's P1 mean / p90 and how much lower the plan's P1 mean is. */
    private static String versus(Plan plan, BaselineResult b) {
        double planP1 = plan.figures().triage(Triage.P1).meanMinutes();
        double baseP1 = b.figures().triage(Triage.P1).meanMinutes();
        return String.format(Locale.ROOT, "%.1f %% better; its P1 mean %.1f / p90 %.1f (plan's P1 mean %.1f %% lower), %d P1 unserved",
                100 * b.improvement(), baseP1, b.figures().triage(Triage.P1).p90Minutes(), 100 * (1 - planP1 / baseP1),
                b.figures().triage(Triage.P1).unserved());
    }

    static String report(String name, PlanningProblem problem, Plan plan, double seconds, List<String> violations) {
        PlanFigures f = plan.figures();
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%s: %d groups, %d hospitals, %d units%n", name, problem.groups().size(),
                problem.hospitals().size(), problem.units().size()));
        s.append(String.format(Locale.ROOT, "  time %.2f s, objective %.0f, bound %.0f, gap %.2f %%, %d trips, %d served, %d unserved%n",
                seconds, f.objective(), plan.bound().value(), 100 * plan.gap(), plan.trips().size(), f.served(), f.unserved()));
        for (var t : f.perTriage()) {
            s.append(String.format(Locale.ROOT, "  %s: %d served, %d unserved, minutes to care mean %.1f, p90 %.1f, max %.1f%n",
                    t.triage(), t.served(), t.unserved(), t.meanMinutes(), t.p90Minutes(), t.maxMinutes()));
        }
        if (plan.bound() != null && !Double.isNaN(plan.bound().p1Value())) {
            double part = se.samverkan.planner.plan.LowerBound.p1Part(f, problem.policy());
            s.append(String.format(Locale.ROOT, "  P1 part %.0f, its bound %.0f (gap %.2f %%); P1 mean at least %.1f for a plan serving as many P1%n",
                    part, plan.bound().p1Value(), 100 * (part - plan.bound().p1Value()) / part,
                    plan.bound().p1MeanMinutesAtLeast(f, problem.policy())));
        }
        for (BaselineResult b : plan.baselines()) {
            s.append(String.format(Locale.ROOT, "  baseline '%s': objective %.0f (plan %.1f %% better), P1 mean %.1f, p90 %.1f, unserved %d%n",
                    b.name(), b.figures().objective(), 100 * b.improvement(), b.figures().triage(Triage.P1).meanMinutes(),
                    b.figures().triage(Triage.P1).p90Minutes(), b.figures().unserved()));
        }
        plan.unserved().stream().limit(5).forEach(u -> s.append("  unserved ").append(u.count()).append(" of ")
                .append(u.groupId()).append(": ").append(u.reason()).append('\n'));
        s.append(violations.isEmpty() ? "  valid\n" : "  INVALID: " + violations.subList(0, Math.min(5, violations.size())) + "\n");
        return s.toString();
    }

    private PlannerBenchmark() {
    }
}
