package se.samverkan.planner.solve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverkan.planner.CareNeed;
import se.samverkan.planner.LineTravelTimes;
import se.samverkan.planner.Plans;
import se.samverkan.planner.PlanningProblem;
import se.samverkan.planner.Scenarios;
import se.samverkan.planner.Triage;
import se.samverkan.planner.plan.Plan;

/** The exported relaxation, solved by an outside solver, gives the bound the planner reports. */
class RelaxationExportTest {

    @TempDir
    Path dir;

    private final PlanningProblem problem = Scenarios.scenario()
            .patients("red", 0, 3, Triage.P1, CareNeed.TRAUMA, true)
            .patients("green", 5, 4, Triage.P3, CareNeed.GENERAL, false)
            .hospital("near", 10, CareNeed.TRAUMA, 2)
            .hospital("far", 40, "23", CareNeed.TRAUMA, 4, 2)
            .hospital("general", 20, CareNeed.GENERAL, 10)
            .ambulance("a1", 3).ambulance("a2", 12)
            .build();

    @Test
    void bothFormatsNameTheModel() {
        Planner planner = new Planner(new LineTravelTimes());
        assertThat(planner.exportRelaxation(problem, false)).contains("Minimize").containsIgnoringCase("subject to");
        assertThat(planner.exportRelaxation(problem, true)).contains("ROWS").contains("COLUMNS");
    }

    /**
     * P1 first with a near bed that the weighted objective would give the P2 (PriorityAndBoundTest): the bound
     * holds the P1 part to the first construction's, and the export carries that row.
     */
    private final PlanningProblem p1Contest = Scenarios.scenario()
            .patients("red", 0, 1, Triage.P1, CareNeed.TRAUMA, true)
            .patients("yellow", 0, 1, Triage.P2, CareNeed.TRAUMA, false)
            .hospital("near", 10, CareNeed.TRAUMA, 1)
            .hospital("far", 200, CareNeed.TRAUMA, 5)
            .ambulance("a1", 0)
            .unit("heli", se.samverkan.gis.travel.TransportMode.HELICOPTER, 0, 1, 0, se.samverkan.planner.CareLevel.ADVANCED, 0)
            .build();

    /** Needs Debian's glpk-utils (glpsol); skipped when it is not installed. */
    @Test
    void glpsolFindsTheSameBound() throws IOException, InterruptedException {
        glpsolFindsTheBoundOf(problem);
    }

    @Test
    void glpsolFindsTheSameBoundWithTheP1PartCapped() throws IOException, InterruptedException {
        assertThat(new Planner(new LineTravelTimes()).exportRelaxation(p1Contest, false)).contains("p1_part");
        glpsolFindsTheBoundOf(p1Contest);
    }

    private void glpsolFindsTheBoundOf(PlanningProblem problem) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/glpsol")), "glpsol (Debian glpk-utils) is not installed");
        Plan plan = Plans.planAndValidate(problem);
        Planner planner = new Planner(new LineTravelTimes());
        for (boolean mps : new boolean[] {false, true}) {
            Path model = dir.resolve(mps ? "relaxation.mps" : "relaxation.lp");
            Files.writeString(model, planner.exportRelaxation(problem, mps));
            Path solution = dir.resolve("solution.txt");
            Process p = new ProcessBuilder("/usr/bin/glpsol", mps ? "--freemps" : "--lp", model.toString(), "-o", solution.toString())
                    .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            assertThat(p.waitFor()).isZero();
            Matcher m = Pattern.compile("Objective:\\s+\\S+ = ([-0-9.e+]+)").matcher(Files.readString(solution));
            assertThat(m.find()).isTrue();
            assertThat(Double.parseDouble(m.group(1))).isCloseTo(plan.bound().value(), within(1e-3 * Math.max(1, plan.bound().value())));
        }
    }
}
