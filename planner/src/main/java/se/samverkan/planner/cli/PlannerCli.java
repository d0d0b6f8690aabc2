package se.samverkan.planner.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import se.samverkan.gis.travel.EstimatedTravelTimes;
import se.samverkan.gis.travel.TravelTimeModel;
import se.samverkan.planner.InvalidPlanningInputException;
import se.samverkan.planner.PlanningProblem;
import se.samverkan.planner.json.PlanJson;
import se.samverkan.planner.json.ScenarioJson;
import se.samverkan.planner.plan.BaselineResult;
import se.samverkan.planner.plan.Plan;
import se.samverkan.planner.plan.TriageFigures;
import se.samverkan.planner.plan.UnservedPatients;
import se.samverkan.planner.solve.Planner;
import se.samverkan.planner.validation.PlanValidator;

/**
 * {@code ./samverkan plan SCENARIO.json [-o PLAN.json] [--lp FILE] [--mps FILE]}: plans a scenario file,
 * validates the plan, writes it as JSON (to standard output without {@code -o}) and a summary to standard
 * error. Exit codes: 0 planned, 2 wrong usage or unreadable file, 3 the scenario is invalid (each field named),
 * 4 the plan failed validation (a bug: please report it with the scenario).
 */
public final class PlannerCli {

    private PlannerCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, EstimatedTravelTimes.withDefaults()));
    }

    static int run(String[] args, PrintStream out, PrintStream err, TravelTimeModel travel) {
        Path scenario = null;
        Path output = null;
        Path lp = null;
        Path mps = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if ((a.equals("-o") || a.equals("--lp") || a.equals("--mps")) && i + 1 < args.length) {
                Path p = Path.of(args[++i]);
                switch (a) {
                    case "-o" -> output = p;
                    case "--lp" -> lp = p;
                    default -> mps = p;
                }
            } else if (a.equals("-h") || a.equals("--help")) {
                err.println(usage());
                return 0;
            } else if (scenario == null && !a.startsWith("-")) {
                scenario = Path.of(a);
            } else {
                err.println("plan: unexpected argument " + a + "\n" + usage());
                return 2;
            }
        }
        if (scenario == null) {
            err.println(usage());
            return 2;
        }
        PlanningProblem problem;
        try (Reader reader = Files.newBufferedReader(scenario, StandardCharsets.UTF_8)) {
            problem = ScenarioJson.read(reader);
        } catch (NoSuchFileException e) {
            err.println("plan: no such file: " + scenario);
            return 2;
        } catch (IOException e) {
            err.println("plan: cannot read " + scenario + ": " + e.getMessage());
            return 2;
        } catch (InvalidPlanningInputException e) {
            err.println("plan: the scenario " + scenario + " cannot be planned:");
            e.errors().forEach(f -> err.println("  " + (f.field().isEmpty() ? "(file)" : f.field()) + ": " + f.message()));
            return 3;
        }
        Planner planner = new Planner(travel);
        try {
            if (lp != null) {
                Files.writeString(lp, planner.exportRelaxation(problem, false));
            }
            if (mps != null) {
                Files.writeString(mps, planner.exportRelaxation(problem, true));
            }
            Plan plan = planner.plan(problem);
            List<String> violations = new PlanValidator(travel).violations(problem, plan);
            if (output != null) {
                try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                    PlanJson.write(problem, plan, violations, w);
                }
            } else {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                PlanJson.write(problem, plan, violations, w);
                w.flush();
                out.println();
            }
            err.print(summary(problem, plan, violations, output));
            return violations.isEmpty() ? 0 : 4;
        } catch (IOException e) {
            err.println("plan: cannot write: " + e.getMessage());
            return 2;
        } catch (InvalidPlanningInputException e) {
            err.println("plan: the scenario cannot be planned:");
            e.errors().forEach(f -> err.println("  " + f.field() + ": " + f.message()));
            return 3;
        }
    }

    static String summary(PlanningProblem problem, Plan plan, List<String> violations, Path output) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "plan: %d patients in %d groups, %d hospitals, %d units; planned in %.2f s%n",
                problem.patientCount(), problem.groups().size(), problem.hospitals().size(), problem.units().size(),
                plan.solveMillis() / 1000.0));
        s.append(String.format(Locale.ROOT, "  objective %.0f weighted minutes, lower bound %.0f, gap %.1f %%%n",
                plan.objective(), plan.bound().value(), 100 * plan.gap()));
        s.append(String.format(Locale.ROOT, "  %d served in %d trips, %d unserved; %.0f %% treated in their own region%n",
                plan.figures().served(), plan.trips().size(), plan.figures().unserved(), 100 * plan.figures().ownRegionShare()));
        for (TriageFigures t : plan.figures().perTriage()) {
            if (t.served() > 0) {
                s.append(String.format(Locale.ROOT, "  %s: minutes to definitive care mean %.0f, p90 %.0f, max %.0f%n",
                        t.triage(), t.meanMinutes(), t.p90Minutes(), t.maxMinutes()));
            }
        }
        for (BaselineResult b : plan.baselines()) {
            TriageFigures p1 = b.figures().triage(se.samverkan.planner.Triage.P1);
            s.append(String.format(Locale.ROOT, "  vs '%s': %.1f %% better (its P1 mean %.0f min, %d unserved)%n",
                    b.name(), 100 * b.improvement(), p1.served() > 0 ? p1.meanMinutes() : Double.NaN, b.figures().unserved()));
        }
        for (UnservedPatients u : plan.unserved()) {
            s.append("  unserved: ").append(u.count()).append(" of ").append(u.groupId()).append(": ").append(u.reason()).append('\n');
        }
        s.append(violations.isEmpty() ? "  the plan is valid" : "  THE PLAN IS INVALID: " + violations);
        s.append(output == null ? "\n" : "; written to " + output + "\n");
        return s.toString();
    }

    private static String usage() {
        return "usage: ./samverkan plan SCENARIO.json [-o PLAN.json] [--lp RELAXATION.lp] [--mps RELAXATION.mps]\n"
                + "  plans the scenario (format: docs/planner-format.md) and writes the plan as JSON";
    }
}
