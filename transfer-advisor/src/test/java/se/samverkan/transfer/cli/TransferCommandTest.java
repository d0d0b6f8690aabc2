package se.samverkan.transfer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverkan.transfer.TableTravelTimes;

/** The command line over the test table and the three test hospitals: output, exit codes, named errors. */
class TransferCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new TransferCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), TableTravelTimes.northernTestTable()).run(args);
    }

    private static String resource(String name) throws URISyntaxException {
        return Path.of(TransferCommandTest.class.getResource(name).toURI()).toString();
    }

    @Test
    void advisesTheCheapestAdequateModeWithItsCostAndTime() throws Exception {
        int code = run("advise", "--hospitals", resource("/test-hospitals.csv"), "--from", "LUL", "--to", "UME",
                "--need", "LYING_BASIC", "--priority", "PRIO_3", "--earliest", "2026-03-10T08:00");

        assertThat(code).as(err.toString()).isZero();
        // Origin LUL is in region 25, which has no file of its own: the defaults, as in TransferAdvisorTest.
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Costs      region 25:")
                .contains("Advice: ambulance bus (ambulansbuss), 2 500 SEK, leaves 2026-03-10 13:00, arrives 2026-03-10 18:30")
                .contains("road ambulance (vägambulans)                   20 130")
                .contains("taxi / patient travel (sjukresa, taxi): not medically adequate");
    }

    @Test
    void whatIfPrintsEachMeasureAndAllTogether() throws Exception {
        int code = run("whatif", resource("/year.csv"), resource("/policy.json"), "--hospitals", resource("/test-hospitals.csv"));

        assertThat(code).as(err.toString()).isZero();
        // Figures as worked out in WhatIfAnalysisTest.
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("486 667 SEK as made, 262 860 SEK with all measures")
                .contains("146 333       40 260     +35.3      106 073")
                .contains("= all measures together")
                .contains("223 807");
    }

    @Test
    void badInputIsNamedOnStandardErrorWithExitCode2(@TempDir Path dir) throws Exception {
        assertThat(run("advise", "--hospitals", resource("/test-hospitals.csv"), "--from", "LUL", "--to", "NOPE",
                "--need", "LYING_BASIC", "--priority", "3", "--earliest", "2026-03-10T08:00")).isEqualTo(2);
        assertThat(err.toString()).contains("leon: to: unknown hospital 'NOPE'");

        err.reset();
        assertThat(run("advise", "--from", "65.6,22.1", "--to", "63.8,20.3", "--need", "LYING_BASIC",
                "--priority", "3", "--earliest", "2026-03-10T08:00", "--latest", "2026-03-09T08:00")).isEqualTo(2);
        assertThat(err.toString()).contains("leon: latest: the window ends");

        err.reset();
        Path costs = dir.resolve("costs.json");
        Files.writeString(costs, "{\"extends\": \"defaults\", \"modes\": {\"TAXI\": {\"costPerKmSek\": -40}}}");
        assertThat(run("advise", "--cost-model", costs.toString(), "--from", "65.6,22.1", "--to", "63.8,20.3",
                "--need", "LYING_BASIC", "--priority", "3", "--earliest", "2026-03-10T08:00")).isEqualTo(2);
        assertThat(err.toString()).contains("leon: modes.TAXI.costPerKmSek: must be a number of zero or more");

        err.reset();
        Path year = dir.resolve("year.csv");
        Files.writeString(year, "date,from,to,need,urgency,mode,cost_sek\n2026-02-30,LUL,UME,LYING_BASIC,3,TAXI,\n");
        assertThat(run("whatif", year.toString(), resource("/policy.json"), "--hospitals", resource("/test-hospitals.csv")))
                .isEqualTo(2);
        assertThat(err.toString()).contains("1 bad row; nothing was computed").contains("line 2, date:");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aMissingFileIsExitCode1() throws IOException, URISyntaxException {
        assertThat(run("whatif", "/nonexistent/year.csv", resource("/policy.json"))).isEqualTo(1);
        assertThat(err.toString()).contains("no such file");
    }
}
