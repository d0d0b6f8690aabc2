package se.samverkan.transfer.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import se.samverkan.transfer.TableTravelTimes;
import se.samverkan.transfer.TestData;
import se.samverkan.transfer.cost.CostModels;
import se.samverkan.transfer.hospital.HospitalDirectory;
import se.samverkan.transfer.model.InvalidTransferException;
import se.samverkan.transfer.model.TransferMode;

/**
 * The policy of {@code policy.json} over the seven transfers of {@code year.csv}, worked out by hand with the
 * shipped defaults and the test table ({@link TableTravelTimes#northernTestTable()}).
 *
 * <p>Costs by mode on Luleå–Umeå (see TransferAdvisorTest for the working):
 * road ambulance (prio 3) 20 130 with 21 staff hours; helicopter 51 333.33 with 6.667 staff hours
 * (2 × 200 min); taxi 270 km × 40 = 10 800 with none; fixed wing 90 000 with none.
 *
 * <pre>
 * line date       route    need            prio mode used  cost logged  what happens
 *  2   2026-01-05 LUL→UME  LYING_BASIC     3    FIXED_WING 95 000       M1: road 5 h &lt; 6 h → 20 130, +21 h
 *  3   2026-02-10 UME→LUL  LYING_ADVANCED  3    HELICOPTER (51 333.33)  M1: road → 20 130, +21 − 6.667 = +14.333 h
 *  4   2026-03-15 KIR→UME  LYING_BASIC     3    FIXED_WING 90 000       M1 matches, road 10 h is not under 6 h
 *  5   2026-04-20 LUL→UME  SEATED_NO_CARE  2    FIXED_WING 88 000       M2: taxi 10 800, +0 h
 *  6   2026-05-02 LUL→UME  SEATED_NO_CARE  3    HELICOPTER (51 333.33)  M2: taxi 10 800, −6.667 h
 *  7   2026-06-11 LUL→UME  LYING_ADVANCED  1    FIXED_WING 90 000       no measure (prio 1)
 *  8   2026-07-01 UME→LUL  LYING_BASIC     3    ROAD_AMB.  21 000       no measure (not a flight)
 *
 * M1 alone: matched 3, moved 2; before 95 000 + 51 333.33 = 146 333.33; after 2 × 20 130 = 40 260;
 *           staff +21 + 14.333 = +35.333 h; net saving 106 073.33.
 * M2 alone: matched 2, moved 2; before 88 000 + 51 333.33 = 139 333.33; after 2 × 10 800 = 21 600;
 *           staff 0 − 6.667 = −6.667 h; net saving 117 733.33.
 * Together: moved 4; before 285 666.67; after 61 860; staff +28.667 h; net saving 223 806.67.
 * Year before: 95 000 + 51 333.33 + 90 000 + 88 000 + 51 333.33 + 90 000 + 21 000 = 486 666.67;
 * year after: 486 666.67 − 223 806.67 = 262 860.
 * </pre>
 */
class WhatIfAnalysisTest {

    private static final Offset<Double> SEK = within(0.01);
    private final HospitalDirectory hospitals = TestData.hospitals();
    private final WhatIfAnalysis analysis = new WhatIfAnalysis(TableTravelTimes.northernTestTable(), hospitals,
            CostModels.defaults());

    private List<TransferRecord> year() throws IOException {
        try (Reader csv = TestData.resource("/year.csv")) {
            return TransferLog.read(csv, hospitals);
        }
    }

    private static Policy policy() throws IOException {
        try (Reader json = TestData.resource("/policy.json")) {
            return Policy.read(json);
        }
    }

    @Test
    void eachMeasureAndAllTogetherAreSummedAsWorkedOutByHand() throws IOException {
        WhatIfReport report = analysis.run(year(), policy());

        assertThat(report.transfers()).isEqualTo(7);
        assertThat(report.yearCostBeforeSek()).isCloseTo(486_666.67, SEK);
        assertThat(report.yearCostAfterSek()).isCloseTo(262_860, SEK);

        MeasureEffect road = report.measures().get(0);
        assertThat(road.matched()).isEqualTo(3);
        assertThat(road.moved()).isEqualTo(2);
        assertThat(road.notMoved()).isEqualTo(Map.of("trip by road ambulance (vägambulans) is not under 6 h", 1));
        assertThat(road.costBeforeSek()).isCloseTo(146_333.33, SEK);
        assertThat(road.costAfterSek()).isCloseTo(40_260, SEK);
        assertThat(road.staffHoursAdded()).isCloseTo(35.333, within(0.001));
        assertThat(road.netSavingSek()).isCloseTo(106_073.33, SEK);

        MeasureEffect taxi = report.measures().get(1);
        assertThat(taxi.matched()).isEqualTo(2);
        assertThat(taxi.moved()).isEqualTo(2);
        assertThat(taxi.costBeforeSek()).isCloseTo(139_333.33, SEK);
        assertThat(taxi.costAfterSek()).isCloseTo(21_600, SEK);
        assertThat(taxi.staffHoursAdded()).isCloseTo(-6.667, within(0.001));
        assertThat(taxi.netSavingSek()).isCloseTo(117_733.33, SEK);

        MeasureEffect all = report.combined();
        assertThat(all.moved()).isEqualTo(4);
        assertThat(all.costBeforeSek()).isCloseTo(285_666.67, SEK);
        assertThat(all.costAfterSek()).isCloseTo(61_860, SEK);
        assertThat(all.staffHoursAdded()).isCloseTo(28.667, within(0.001));
        assertThat(all.netSavingSek()).isCloseTo(223_806.67, SEK);
        assertThat(all.movedByMeasure()).containsOnly(
                Map.entry(road.name(), 2), Map.entry(taxi.name(), 2));
    }

    @Test
    void aPolicyNeverMovesAPatientToAModeThatIsNotMedicallyAdequate() throws IOException {
        Policy taxiForAll = Policy.read(new StringReader(
                "{\"measures\": [{\"name\": \"everyone by taxi\", \"use\": \"TAXI\"}]}"));

        MeasureEffect effect = analysis.run(year(), taxiForAll).measures().get(0);

        // Matches all 7; only the two seated patients (lines 5 and 6) may go by taxi; the prio 1 one neither.
        assertThat(effect.matched()).isEqualTo(7);
        assertThat(effect.moved()).isEqualTo(2);
        assertThat(effect.notMoved()).containsEntry(
                "taxi / patient travel (sjukresa, taxi) is not medically adequate for a lying patient with basic care", 3);
    }

    @Test
    void badRowsAreReportedRowByRowAndNothingIsComputed() {
        String csv = """
                date,from,to,need,urgency,mode,cost_sek
                2026-01-05,LUL,UME,LYING_BASIC,PRIO_3,FIXED_WING,95000
                2026-13-40,LUL,UME,LYING_BASIC,PRIO_3,FIXED_WING,95000
                2026-02-01,LUL,UME,LYING_BASIC,PRIO_3,ZEPPELIN,95000
                2026-02-02,LUL,XYZ,LYING_BASIC,PRIO_3,FIXED_WING,95000
                2026-02-03,LUL,UME,LYING_BASIC,PRIO_4,FIXED_WING,-5
                2026-02-04,UME,UME,LYING_BASIC,PRIO_3,FIXED_WING,
                """;

        assertThatThrownBy(() -> TransferLog.read(new StringReader(csv), hospitals))
                .isInstanceOfSatisfying(TransferLogException.class, e -> assertThat(e.errors())
                        .extracting(RowError::line, RowError::field)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple(3, "date"),
                                org.assertj.core.groups.Tuple.tuple(4, "mode"),
                                org.assertj.core.groups.Tuple.tuple(5, "to"),
                                org.assertj.core.groups.Tuple.tuple(6, "urgency"),
                                org.assertj.core.groups.Tuple.tuple(6, "cost_sek"),
                                org.assertj.core.groups.Tuple.tuple(7, "to")));
        assertThatThrownBy(() -> TransferLog.read(new StringReader(csv), hospitals))
                .isInstanceOfSatisfying(TransferLogException.class, e -> {
                    assertThat(e.errors().get(0).reason()).contains("'2026-13-40' is not a date");
                    assertThat(e.errors().get(1).reason()).contains("unknown value 'ZEPPELIN'");
                    assertThat(e.errors().get(2).reason()).isEqualTo("unknown hospital 'XYZ'");
                    assertThat(e.getMessage()).isEqualTo("6 bad rows; nothing was computed");
                });
    }

    @Test
    void aMissingColumnIsReportedOnTheHeaderLine() {
        assertThatThrownBy(() -> TransferLog.read(new StringReader("date,from,to,need,mode\n"), hospitals))
                .isInstanceOfSatisfying(TransferLogException.class, e -> assertThat(e.errors())
                        .extracting(RowError::line, RowError::field)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "urgency")));
    }

    @Test
    void aRowWhoseCostCanNeitherBeReadNorComputedStopsTheWholeRun() throws IOException {
        // Without a cost model entry for the helicopter, line 3's empty cost cannot be computed.
        WhatIfAnalysis withoutHelicopter = new WhatIfAnalysis(TableTravelTimes.northernTestTable(), hospitals,
                TestData.defaultsWith("{\"HELICOPTER\": {\"available\": false}}"));

        assertThatThrownBy(() -> withoutHelicopter.run(year(), policy()))
                .isInstanceOfSatisfying(TransferLogException.class, e -> assertThat(e.errors())
                        .extracting(RowError::line).containsExactly(3, 6));
    }

    @Test
    void badPoliciesAreRefusedNamingTheMember() {
        assertPolicyRefused("{\"measures\": []}", "measures", "no measures");
        assertPolicyRefused("{\"measures\": [{\"name\": \"a\", \"use\": \"BALLOON\"}]}", "measures[0].use", "unknown value 'BALLOON'");
        assertPolicyRefused("{\"measures\": [{\"name\": \"a\"}]}", "measures[0].use", "is missing");
        assertPolicyRefused("{\"measures\": [{\"name\": \"a\", \"use\": \"TAXI\", \"maxTripHours\": -2}]}",
                "measures[0].maxTripHours", "more than 0");
        assertPolicyRefused("{\"measures\": [{\"name\": \"a\", \"use\": \"TAXI\", \"when\": {\"need\": [\"X\"]}}]}",
                "measures[0].when.need", "unknown member");
        assertPolicyRefused("{\"measures\": [{\"name\": \"a\", \"use\": \"TAXI\"}, {\"name\": \"a\", \"use\": \"TAXI\"}]}",
                "measures[1].name", "used twice");
        assertThat(TransferMode.TAXI.label()).isEqualTo("taxi / patient travel (sjukresa, taxi)");
    }

    private static void assertPolicyRefused(String json, String field, String reason) {
        assertThatThrownBy(() -> Policy.read(new StringReader(json)))
                .as(json)
                .isInstanceOfSatisfying(InvalidTransferException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.reason()).contains(reason);
                });
    }
}
