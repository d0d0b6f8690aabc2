package se.samverkan.transfer.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDateTime;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import se.samverkan.gis.travel.TransportMode;
import se.samverkan.gis.travel.Urgency;
import se.samverkan.transfer.TableTravelTimes;
import se.samverkan.transfer.TestData;
import se.samverkan.transfer.cost.CostModel;
import se.samverkan.transfer.cost.CostModels;
import se.samverkan.transfer.model.InvalidTransferException;
import se.samverkan.transfer.model.PatientNeed;
import se.samverkan.transfer.model.Place;
import se.samverkan.transfer.model.Priority;
import se.samverkan.transfer.model.TransferMode;
import se.samverkan.transfer.model.TransferRequest;

/**
 * Every mode's cost and arrival, worked out by hand from the shipped defaults (cost-model-defaults.json) and
 * the test table (see {@link TableTravelTimes#northernTestTable()}): Luleå–Umeå, road 270 km.
 */
class TransferAdvisorTest {

    private static final Offset<Double> SEK = within(0.01);
    private static final LocalDateTime MORNING = LocalDateTime.of(2026, 3, 10, 8, 0);

    private final TransferAdvisor advisor = new TransferAdvisor(TableTravelTimes.northernTestTable(), TestData.hospitals());
    private final CostModel defaults = CostModels.defaults();

    private static TransferRequest request(String from, String to, PatientNeed need, Priority priority,
                                           LocalDateTime earliest, LocalDateTime latest) {
        return new TransferRequest(Place.hospital(from), Place.hospital(to), need, priority, earliest, latest);
    }

    private static ModeOption option(Advice advice, TransferMode mode) {
        return java.util.stream.Stream.concat(advice.adequate().stream(), advice.ruledOut().stream())
                .filter(o -> o.mode() == mode).findFirst().orElseThrow();
    }

    @Test
    void prio3LyingBasicPatientGoesByTheScheduledAmbulanceBusAndEveryModeIsPricedByHand() {
        // Ready 08:00, prio 3: latest = 08:00 + 48 h = 12 March 08:00.
        Advice advice = advisor.advise(request("LUL", "UME", PatientNeed.LYING_BASIC, Priority.PRIO_3, MORNING, null), defaults);

        assertThat(advice.request().latest()).isEqualTo(LocalDateTime.of(2026, 3, 12, 8, 0));
        // Adequate, cheapest first:
        //   bus 2 500 < light-care 15 660 < road 20 130 < helicopter 51 333.33 < fixed wing 90 000.
        assertThat(advice.adequate()).extracting(ModeOption::mode).containsExactly(
                TransferMode.AMBULANCE_BUS, TransferMode.LIGHT_CARE_AMBULANCE, TransferMode.ROAD_AMBULANCE,
                TransferMode.HELICOPTER, TransferMode.FIXED_WING);
        assertThat(advice.recommended().orElseThrow().mode()).isEqualTo(TransferMode.AMBULANCE_BUS);
        assertThat(advice.alternatives()).hasSize(4);
        assertThat(advice.noAdequateModeReason()).isNull();

        // Ambulance bus: departures 07:00 and 13:00, no dispatch delay; 07:00 has gone, so 13:00;
        // 13:00 + 330 min = 18:30. Cost: the seat charge 2 500, no km cost, no staff of its own.
        ModeOption bus = option(advice, TransferMode.AMBULANCE_BUS);
        assertThat(bus.departure()).isEqualTo(LocalDateTime.of(2026, 3, 10, 13, 0));
        assertThat(bus.arrival()).isEqualTo(LocalDateTime.of(2026, 3, 10, 18, 30));
        assertThat(bus.cost().totalSek()).isCloseTo(2_500, SEK);
        assertThat(bus.fixedAnnualSek()).isCloseTo(6_000_000, SEK);

        // Light-care ambulance: 08:00 + 45 min dispatch = 08:45, + 300 min = 13:45.
        // 270 km there and back = 540 km × 29 = 15 660. Staff 2 × (300 + 15 + 300) min = 20.5 h at 0 SEK
        // (inside the per-km figure).
        ModeOption lightCare = option(advice, TransferMode.LIGHT_CARE_AMBULANCE);
        assertThat(lightCare.arrival()).isEqualTo(LocalDateTime.of(2026, 3, 10, 13, 45));
        assertThat(lightCare.cost().kilometres()).isCloseTo(540, SEK);
        assertThat(lightCare.cost().distanceCost()).isCloseTo(15_660, SEK);
        assertThat(lightCare.cost().staffHours()).isCloseTo(20.5, SEK);
        assertThat(lightCare.cost().totalSek()).isCloseTo(15_660, SEK);

        // Road ambulance, prio 3 without blue lights: 08:30 + 300 min = 13:30.
        // 540 km × 12 = 6 480; staff 2 × (300 + 30 + 300) min = 21 h × 650 = 13 650; total 20 130.
        ModeOption road = option(advice, TransferMode.ROAD_AMBULANCE);
        assertThat(road.departure()).isEqualTo(LocalDateTime.of(2026, 3, 10, 8, 30));
        assertThat(road.arrival()).isEqualTo(LocalDateTime.of(2026, 3, 10, 13, 30));
        assertThat(road.cost().distanceCost()).isCloseTo(6_480, SEK);
        assertThat(road.cost().staffHours()).isCloseTo(21, SEK);
        assertThat(road.cost().staffCost()).isCloseTo(13_650, SEK);
        assertThat(road.cost().totalSek()).isCloseTo(20_130, SEK);

        // Helicopter: no extra dispatch (in the travel time), arrives 09:30.
        // 230 km there and back = 460 km × 100 = 46 000; staff 2 × (90 + 20 + 90) min = 6 h 40 min = 6.667 h
        // × 800 = 5 333.33; total 51 333.33. Fixed 35 MSEK a year, reported apart.
        ModeOption helicopter = option(advice, TransferMode.HELICOPTER);
        assertThat(helicopter.arrival()).isEqualTo(LocalDateTime.of(2026, 3, 10, 9, 30));
        assertThat(helicopter.cost().staffHours()).isCloseTo(400.0 / 60, SEK);
        assertThat(helicopter.cost().totalSek()).isCloseTo(46_000 + 5_333.33, SEK);
        assertThat(helicopter.fixedAnnualSek()).isCloseTo(35_000_000, SEK);

        // Fixed wing: the charge of 90 000 (crew included), arrives 08:00 + 150 min = 10:30.
        ModeOption fixedWing = option(advice, TransferMode.FIXED_WING);
        assertThat(fixedWing.arrival()).isEqualTo(LocalDateTime.of(2026, 3, 10, 10, 30));
        assertThat(fixedWing.cost().totalSek()).isCloseTo(90_000, SEK);
        assertThat(fixedWing.fixedAnnualSek()).isCloseTo(8_900_000, SEK);

        // Ruled out, each with its reason and what it would have cost:
        // own transport 270 km × 2.50 = 675; taxi 270 × 40 = 10 800; specialist flight
        // 90 000 + 3 staff × (150 + 60 + 150) min = 18 h × 1 000 = 108 000, leaving 08:00 + 120 min.
        ModeOption own = option(advice, TransferMode.OWN_TRANSPORT);
        assertThat(own.adequate()).isFalse();
        assertThat(own.reason()).contains("not medically adequate for a lying patient with basic care");
        assertThat(own.cost().totalSek()).isCloseTo(675, SEK);
        ModeOption taxi = option(advice, TransferMode.TAXI);
        assertThat(taxi.reason()).contains("not medically adequate");
        assertThat(taxi.cost().totalSek()).isCloseTo(10_800, SEK);
        ModeOption specialist = option(advice, TransferMode.SPECIALIST_FLIGHT);
        assertThat(specialist.reason()).contains("not medically adequate");
        assertThat(specialist.cost().totalSek()).isCloseTo(108_000, SEK);
        assertThat(specialist.arrival()).isEqualTo(LocalDateTime.of(2026, 3, 10, 12, 30));
        assertThat(advice.ruledOut()).extracting(ModeOption::mode).containsExactlyInAnyOrder(
                TransferMode.OWN_TRANSPORT, TransferMode.TAXI, TransferMode.SPECIALIST_FLIGHT);
    }

    @Test
    void aSeatedPatientWithoutCareNeedIsAdvisedTheCheapestSeatedMode() {
        // Own transport 270 km × 2.50 = 675 is the cheapest of all; taxi 10 800 is adequate too.
        Advice advice = advisor.advise(request("LUL", "UME", PatientNeed.SEATED_NO_CARE, Priority.PRIO_3, MORNING, null), defaults);

        assertThat(advice.recommended().orElseThrow().mode()).isEqualTo(TransferMode.OWN_TRANSPORT);
        assertThat(advice.recommended().orElseThrow().cost().totalSek()).isCloseTo(675, SEK);
        // 08:00 + 60 min dispatch + 300 min = 14:00.
        assertThat(advice.recommended().orElseThrow().arrival()).isEqualTo(LocalDateTime.of(2026, 3, 10, 14, 0));
        assertThat(advice.adequate()).extracting(ModeOption::mode).startsWith(
                TransferMode.OWN_TRANSPORT, TransferMode.AMBULANCE_BUS, TransferMode.TAXI);
    }

    @Test
    void prio2LateInTheDayMissesTheBusAndTakesTheLightCareAmbulance() {
        // Ready 16:00, prio 2: latest midnight. Bus: next departure 07:00 the next day → too late.
        // Light-care: 16:45 + 300 min = 21:45, in time: 15 660.
        Advice advice = advisor.advise(request("LUL", "UME", PatientNeed.LYING_BASIC, Priority.PRIO_2,
                MORNING.withHour(16), null), defaults);

        assertThat(advice.recommended().orElseThrow().mode()).isEqualTo(TransferMode.LIGHT_CARE_AMBULANCE);
        assertThat(advice.recommended().orElseThrow().arrival()).isEqualTo(LocalDateTime.of(2026, 3, 10, 21, 45));
        ModeOption bus = option(advice, TransferMode.AMBULANCE_BUS);
        assertThat(bus.departure()).isEqualTo(LocalDateTime.of(2026, 3, 11, 7, 0));
        assertThat(bus.reason()).isEqualTo("too late: arrives 2026-03-11 12:30, the transfer must arrive by 2026-03-11 00:00");
    }

    @Test
    void prio1GoesWithBlueLightsAndOnlyEmergencyModesMayTakeIt() {
        // Ready 08:00, prio 1: latest 08:00 + 3 h = 11:00.
        Advice advice = advisor.advise(request("LUL", "UME", PatientNeed.LYING_ADVANCED, Priority.PRIO_1, MORNING, null), defaults);

        // Road ambulance with blue lights: 08:30 + 240 min = 12:30, too late. Its cost: 540 km × 12 = 6 480;
        // staff 2 × (240 out + 30 + 300 back without blue lights) = 19 h × 650 = 12 350; total 18 830.
        ModeOption road = option(advice, TransferMode.ROAD_AMBULANCE);
        assertThat(road.arrival()).isEqualTo(LocalDateTime.of(2026, 3, 10, 12, 30));
        assertThat(road.reason()).startsWith("too late");
        assertThat(road.cost().totalSek()).isCloseTo(18_830, SEK);
        // Helicopter 51 333.33 arrives 09:30; fixed wing 90 000 arrives 10:30.
        assertThat(advice.adequate()).extracting(ModeOption::mode)
                .containsExactly(TransferMode.HELICOPTER, TransferMode.FIXED_WING);
        assertThat(option(advice, TransferMode.LIGHT_CARE_AMBULANCE).reason())
                .contains("does not take prio 1 (immediate) transfers")
                .contains("not medically adequate for a lying patient with advanced care");
        assertThat(option(advice, TransferMode.TAXI).reason()).contains("does not take prio 1");
    }

    @Test
    void intensiveCareGoesByHelicopterRatherThanTheSpecialistFlight() {
        // Helicopter 51 333.33 against specialist flight 108 000 (see the first test).
        Advice advice = advisor.advise(request("UME", "LUL", PatientNeed.INTENSIVE_CARE, Priority.PRIO_2, MORNING, null), defaults);

        assertThat(advice.adequate()).extracting(ModeOption::mode)
                .containsExactly(TransferMode.HELICOPTER, TransferMode.SPECIALIST_FLIGHT);
        assertThat(option(advice, TransferMode.ROAD_AMBULANCE).reason()).contains("not medically adequate for an intensive-care patient");
    }

    @Test
    void aModeThatCannotMakeTheJourneySaysWhyAndIsNotPriced() {
        // Kiruna–Umeå has no helicopter in the table (beyond range). Prio 3 lying basic: bus 2 500 leaves
        // 13:00 and arrives 13:00 + 660 min (11 h) = midnight.
        Advice advice = advisor.advise(request("KIR", "UME", PatientNeed.LYING_BASIC, Priority.PRIO_3, MORNING, null), defaults);

        ModeOption helicopter = option(advice, TransferMode.HELICOPTER);
        assertThat(helicopter.reason()).isEqualTo("cannot make the journey: no HELICOPTER route in the test table");
        assertThat(helicopter.tripCost()).isEmpty();
        assertThat(advice.recommended().orElseThrow().arrival()).isEqualTo(LocalDateTime.of(2026, 3, 11, 0, 0));
    }

    @Test
    void theDomainsExampleRoadAmbulanceReplacingAFlightTakesTwelveHoursOfTwoStaff() {
        // A road trip of 345 min each way + 30 min handover = 720 min = 12 h for each of 2 staff:
        // 24 h × 650 = 15 600, plus 2 × 520 km × 12 = 12 480: 28 080 against the flight's 90 000.
        TableTravelTimes table = new TableTravelTimes()
                .put(TableTravelTimes.LULEA, TableTravelTimes.UMEA, TransportMode.ROAD_AMBULANCE, Urgency.NON_URGENT, 345, 520)
                .put(TableTravelTimes.LULEA, TableTravelTimes.UMEA, TransportMode.FIXED_WING, 150, 300);
        Advice advice = new TransferAdvisor(table, TestData.hospitals())
                .advise(request("LUL", "UME", PatientNeed.LYING_ADVANCED, Priority.PRIO_3, MORNING, null), defaults);

        ModeOption road = advice.recommended().orElseThrow();
        assertThat(road.mode()).isEqualTo(TransferMode.ROAD_AMBULANCE);
        assertThat(road.cost().staffHours()).isCloseTo(24, SEK);
        assertThat(road.cost().totalSek()).isCloseTo(28_080, SEK);
        assertThat(advice.alternatives()).extracting(ModeOption::mode).containsExactly(TransferMode.FIXED_WING);
    }

    @Test
    void aNeedNoConfiguredModeCanServeIsAnsweredWithNoAdequateModeAndTheReason() {
        CostModel withoutSpecialistFlight = TestData.defaultsWith("{\"SPECIALIST_FLIGHT\": {\"available\": false}}");

        Advice advice = advisor.advise(request("LUL", "UME", PatientNeed.NEONATAL, Priority.PRIO_2, MORNING, null),
                withoutSpecialistFlight);

        assertThat(advice.recommended()).isEmpty();
        assertThat(advice.noAdequateModeReason()).isEqualTo(
                "No transport mode in the cost model of region 99 is medically adequate for a newborn in an incubator.");
        assertThat(option(advice, TransferMode.SPECIALIST_FLIGHT).reason())
                .isEqualTo("not available in the cost model of region 99");
    }

    @Test
    void adequateModesThatAreAllTooLateAreNamedInTheNoAdequateModeReason() {
        // Neonatal by specialist flight leaves 08:00 + 120 min and lands 12:30; a window ending 11:00 is missed.
        Advice advice = advisor.advise(request("LUL", "UME", PatientNeed.NEONATAL, Priority.PRIO_2, MORNING,
                MORNING.withHour(11)), defaults);

        assertThat(advice.recommended()).isEmpty();
        assertThat(advice.noAdequateModeReason()).contains("specialist flight (LIV/NEO) (specialistflyg)")
                .contains("by 2026-03-10 11:00");
    }

    @Test
    void pointsWorkAsWellAsHospitalCodes() {
        TransferRequest byPoints = new TransferRequest(Place.parse("from", "65.6,22.1"), Place.parse("to", " 63.8 , 20.3 "),
                PatientNeed.LYING_BASIC, Priority.PRIO_3, MORNING, null);

        assertThat(advisor.advise(byPoints, defaults).recommended().orElseThrow().cost().totalSek()).isCloseTo(2_500, SEK);
    }

    @Test
    void badRequestsAreRefusedNamingTheField() {
        assertThatThrownBy(() -> request("LUL", "lul", PatientNeed.LYING_BASIC, Priority.PRIO_3, MORNING, null))
                .isInstanceOfSatisfying(InvalidTransferException.class, e -> {
                    assertThat(e.field()).isEqualTo("to");
                    assertThat(e.reason()).contains("same place as from");
                });
        assertThatThrownBy(() -> request("LUL", "UME", PatientNeed.LYING_BASIC, Priority.PRIO_3, MORNING, MORNING.minusHours(1)))
                .isInstanceOfSatisfying(InvalidTransferException.class, e -> {
                    assertThat(e.field()).isEqualTo("latest");
                    assertThat(e.reason()).contains("ends").contains("before");
                });
        assertThatThrownBy(() -> request("LUL", "UME", null, Priority.PRIO_3, MORNING, null))
                .isInstanceOfSatisfying(InvalidTransferException.class, e -> assertThat(e.field()).isEqualTo("need"));
        assertThatThrownBy(() -> advisor.advise(request("LUL", "XYZ", PatientNeed.LYING_BASIC, Priority.PRIO_3, MORNING, null), defaults))
                .isInstanceOfSatisfying(InvalidTransferException.class, e -> {
                    assertThat(e.field()).isEqualTo("to");
                    assertThat(e.reason()).isEqualTo("unknown hospital 'XYZ'");
                });
        assertThatThrownBy(() -> Place.parse("from", "95.0,20.0"))
                .isInstanceOfSatisfying(InvalidTransferException.class, e -> assertThat(e.field()).isEqualTo("from"));
        assertThatThrownBy(() -> PatientNeed.parse("need", "STANDING"))
                .isInstanceOfSatisfying(InvalidTransferException.class,
                        e -> assertThat(e.reason()).contains("unknown value 'STANDING'").contains("LYING_BASIC"));
        assertThat(Priority.parse("urgency", "3")).isEqualTo(Priority.PRIO_3);
        assertThat(List.of(Priority.PRIO_2.defaultLatest(MORNING))).containsExactly(LocalDateTime.of(2026, 3, 11, 0, 0));
    }
}
