package se.samverkan.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverkan.gis.travel.EstimatedTravelTimes;

class PlannerCliTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return PlannerCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), EstimatedTravelTimes.withDefaults());
    }

    @Test
    void plansTheExampleIntoAFile() throws IOException {
        Path plan = dir.resolve("plan.json");
        Path lp = dir.resolve("relaxation.lp");

        int rc = run("examples/e14-bus-crash.json", "-o", plan.toString(), "--lp", lp.toString());

        assertThat(rc).isZero();
        assertThat(Files.readString(plan)).contains("\"assignments\"").contains("\"valid\": true");
        assertThat(Files.readString(lp)).contains("Minimize");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("the plan is valid");
    }

    @Test
    void anInvalidScenarioNamesTheFieldAndExitsWithThree() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"start\":\"2026-11-25T14:00:00Z\",\"casualtyGroups\":[{\"id\":\"g\",\"latitude\":63.2,"
                + "\"longitude\":14.2,\"region\":\"23\",\"count\":-1,\"triage\":\"P1\",\"careNeed\":\"TRAUMA\",\"lying\":true}]}");

        assertThat(run(bad.toString())).isEqualTo(3);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("casualtyGroups[0].count");
        assertThat(run(dir.resolve("missing.json").toString())).isEqualTo(2);
    }
}
