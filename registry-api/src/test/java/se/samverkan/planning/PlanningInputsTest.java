package se.samverkan.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.samverkan.gis.GeoPoint;
import se.samverkan.gis.travel.TransportMode;
import se.samverkan.hospitals.HospitalStatus;
import se.samverkan.hospitals.model.BedCapacity;
import se.samverkan.hospitals.model.CapacityDraft;
import se.samverkan.hospitals.model.CapacityReport;
import se.samverkan.hospitals.model.CareCategory;
import se.samverkan.hospitals.model.EmergencyDepartmentState;
import se.samverkan.hospitals.model.FacilityDetails;
import se.samverkan.hospitals.model.FacilityState;
import se.samverkan.hospitals.model.Hospital;
import se.samverkan.hospitals.model.HospitalCode;
import se.samverkan.hospitals.model.ReportSource;
import se.samverkan.planner.CareLevel;
import se.samverkan.planner.CareNeed;
import se.samverkan.planner.CasualtyGroup;
import se.samverkan.planner.Triage;
import se.samverkan.planning.model.CasualtyCount;
import se.samverkan.planning.model.Incident;
import se.samverkan.planning.model.IncidentDraft;
import se.samverkan.registry.Position;
import se.samverkan.registry.UnitInput;
import se.samverkan.registry.UnitView;
import se.samverkan.registry.Vocabulary;

/** The mapping of registry records to the planner's input, rule by rule (docs/planning-api.md, "From the registry"). */
class PlanningInputsTest {

    private static final Instant NOW = Instant.parse("2026-11-25T14:00:00Z");

    private static Vocabulary.Kind kind(String code, String mode, boolean carries) {
        return new Vocabulary.Kind(code, code, code, mode, carries, false, Map.of());
    }

    private static UnitView unit(String kind, String careLevel, int lying, int seated, Position at) {
        return new UnitView(UUID.fromString("00000000-0000-0000-0000-000000000001"), "AMB 1", null, kind, null,
                new UnitView.OrganisationRef("ORG", "Org", "REGION"), "23", null, "AVAILABLE", careLevel,
                new UnitInput.CapacityInput(lying, seated, 1, 0), List.of(), List.of(), "24/7", null, "NORMAL", true,
                at, null, false, NOW, false, null, 4);
    }

    @Test
    void aUnitsModeComesFromItsKindAndKindsThatCarryNoPatientsStayOut() {
        assertThat(PlanningInputs.mode(kind("AMBULANCE_HELICOPTER", "HELICOPTER", true))).contains(TransportMode.HELICOPTER);
        assertThat(PlanningInputs.mode(kind("PATIENT_TRAVEL_BUS", "AMBULANCE_BUS", true))).contains(TransportMode.AMBULANCE_BUS);
        assertThat(PlanningInputs.mode(kind("PHYSICIAN_CAR", "ROAD_AMBULANCE", false))).isEmpty();
        assertThat(PlanningInputs.mode(kind("MOBILE_CARE_TEAM", null, false))).isEmpty();
        assertThat(PlanningInputs.mode(null)).isEmpty();

        PlanningInputs.UnitOutcome car = PlanningInputs.unit(unit("PHYSICIAN_CAR", "ADVANCED", 0, 0, new Position(63.2, 14.6)),
                kind("PHYSICIAN_CAR", "ROAD_AMBULANCE", false), NOW);
        assertThat(car.unit()).isNull();
        assertThat(car.exclusion()).isEqualTo("kind PHYSICIAN_CAR carries no patients");
    }

    @Test
    void aRoadAmbulanceBecomesAPlannerUnitWithItsPlacesCareLevelAndTurnaround() {
        PlanningInputs.UnitOutcome out = PlanningInputs.unit(unit("ROAD_AMBULANCE", "SPECIALIST", 1, 2, new Position(63.2, 14.6)),
                kind("ROAD_AMBULANCE", "ROAD_AMBULANCE", true), NOW);

        assertThat(out.exclusion()).isNull();
        assertThat(out.unit().id()).isEqualTo("00000000-0000-0000-0000-000000000001");
        assertThat(out.unit().mode()).isEqualTo(TransportMode.ROAD_AMBULANCE);
        assertThat(out.unit().position()).isEqualTo(new GeoPoint(63.2, 14.6));
        // Wheelchair places are not offered: lying 1, seated 2.
        assertThat(out.unit().lyingPlaces()).isEqualTo(1);
        assertThat(out.unit().seatedPlaces()).isEqualTo(2);
        assertThat(out.unit().careLevel()).isEqualTo(CareLevel.INTENSIVE);
        assertThat(out.unit().availableAt()).isEqualTo(NOW);
        assertThat(out.unit().turnaroundMinutes()).isEqualTo(15);
        assertThat(out.unit().homeRegion()).isEqualTo("23");
    }

    @Test
    void unitsWithoutPositionPlacesOrFarAbroadAreLeftOutWithTheReason() {
        Vocabulary.Kind road = kind("ROAD_AMBULANCE", "ROAD_AMBULANCE", true);
        assertThat(PlanningInputs.unit(unit("ROAD_AMBULANCE", "ADVANCED", 1, 1, null), road, NOW).exclusion())
                .isEqualTo("has no position");
        assertThat(PlanningInputs.unit(unit("ROAD_AMBULANCE", "ADVANCED", 0, 0, new Position(63.2, 14.6)), road, NOW).exclusion())
                .isEqualTo("has no lying or seated place");
        assertThat(PlanningInputs.unit(unit("ROAD_AMBULANCE", "ADVANCED", 1, 1, new Position(52.52, 13.40)), road, NOW).exclusion())
                .startsWith("stands at (52.5200, 13.4000), far outside Sweden");
    }

    @Test
    void careLevelsMapOntoThePlannersFourAndTurnaroundsFollowTheMode() {
        assertThat(List.of("NONE", "BASIC", "ADVANCED", "INTENSIVE", "SPECIALIST").stream().map(PlanningInputs::careLevel))
                .containsExactly(CareLevel.NONE, CareLevel.BASIC, CareLevel.ADVANCED, CareLevel.INTENSIVE, CareLevel.INTENSIVE);
        assertThat(PlanningInputs.turnaroundMinutes(TransportMode.HELICOPTER)).isEqualTo(20);
        assertThat(PlanningInputs.turnaroundMinutes(TransportMode.FIXED_WING)).isEqualTo(30);
        assertThat(PlanningInputs.turnaroundMinutes(TransportMode.TAXI)).isEqualTo(10);
    }

    @Test
    void bedsPerCareNeedComeFromTheLatestReportWithSurgeFromTheNext24Hours() {
        HospitalStatus status = status(FacilityState.NORMAL, EmergencyDepartmentState.ADVISORY, false,
                new BedCapacity(CareCategory.MAJOR_TRAUMA, 3, 4, 2, 5, null),
                new BedCapacity(CareCategory.ICU_ADULT, 1, 6, 0, 0, null),
                new BedCapacity(CareCategory.ICU_PAEDIATRIC, 2, 2, 0, 0, null),
                new BedCapacity(CareCategory.GENERAL_WARD, 0, 40, 10, 20, null),
                new BedCapacity(CareCategory.BURNS, 0, 0, 0, 0, null));

        PlanningInputs.HospitalOutcome out = PlanningInputs.hospital(status, true);

        assertThat(out.exclusion()).isNull();
        assertThat(out.hospital().id()).isEqualTo("SE-23-OSTERSUND");
        assertThat(out.hospital().region()).isEqualTo("23");
        assertThat(out.hospital().capacity()).containsOnlyKeys(CareNeed.TRAUMA, CareNeed.INTENSIVE_CARE, CareNeed.GENERAL);
        assertThat(out.hospital().capacityFor(CareNeed.TRAUMA)).isEqualTo(new se.samverkan.planner.BedCapacity(3, 2));
        assertThat(out.hospital().capacityFor(CareNeed.INTENSIVE_CARE)).isEqualTo(new se.samverkan.planner.BedCapacity(1, 0));
        assertThat(out.hospital().capacityFor(CareNeed.GENERAL)).isEqualTo(new se.samverkan.planner.BedCapacity(0, 10));
        // Paediatric intensive care is not offered to the planner's INTENSIVE_CARE (adults).
        assertThat(out.hospital().capacityFor(CareNeed.PAEDIATRIC).available()).isZero();
    }

    @Test
    void closedUnreportedAndStaleHospitalsAreLeftOutWithTheReason() {
        BedCapacity beds = new BedCapacity(CareCategory.GENERAL_WARD, 5, 10, 0, 0, null);
        assertThat(PlanningInputs.hospital(status(FacilityState.EVACUATING, EmergencyDepartmentState.NORMAL, false, beds), true)
                .exclusion()).startsWith("is EVACUATING");
        assertThat(PlanningInputs.hospital(status(FacilityState.NORMAL, EmergencyDepartmentState.CLOSED, false, beds), true)
                .exclusion()).startsWith("has its emergency department CLOSED");
        assertThat(PlanningInputs.hospital(new HospitalStatus(hospital(), Optional.empty(), true), true).exclusion())
                .isEqualTo("has never reported capacity");
        HospitalStatus stale = status(FacilityState.NORMAL, EmergencyDepartmentState.NORMAL, true, beds);
        assertThat(PlanningInputs.hospital(stale, true).hospital()).isNotNull();
        assertThat(PlanningInputs.hospital(stale, false).exclusion()).contains("stale capacity");
        assertThat(PlanningInputs.hospital(status(FacilityState.NORMAL, EmergencyDepartmentState.NORMAL, false,
                new BedCapacity(CareCategory.PSYCHIATRIC, 5, 10, 0, 0, null)), true).exclusion())
                .isEqualTo("reports no beds in the categories planned for");
    }

    @Test
    void anIncidentsCasualtiesBecomeGroupsAtItsPlaceWithTheirOwnOrItsReadyTime() {
        Instant later = NOW.plusSeconds(1800);
        Incident incident = Incident.open(UUID.fromString("00000000-0000-0000-0000-0000000000aa"), new IncidentDraft(
                "Bussolycka", null, new GeoPoint(62.75, 15.42), "23", true, NOW, List.of(
                        new CasualtyCount(Triage.P1, CareNeed.TRAUMA, true, 4, null),
                        new CasualtyCount(Triage.P3, CareNeed.GENERAL, false, 0, null),
                        new CasualtyCount(Triage.P2, CareNeed.BURNS, true, 2, later))), "test", NOW);

        List<CasualtyGroup> groups = PlanningInputs.groups(incident);

        assertThat(groups).extracting(CasualtyGroup::id).containsExactly(
                "00000000-0000-0000-0000-0000000000aa/P1-TRAUMA-LYING", "00000000-0000-0000-0000-0000000000aa/P2-BURNS-LYING");
        assertThat(groups.get(0).readyAt()).isEqualTo(NOW);
        assertThat(groups.get(1).readyAt()).isEqualTo(later);
        assertThat(groups).allSatisfy(g -> {
            assertThat(g.location()).isEqualTo(new GeoPoint(62.75, 15.42));
            assertThat(g.region()).isEqualTo("23");
        });
    }

    private static HospitalStatus status(FacilityState facility, EmergencyDepartmentState ed, boolean stale, BedCapacity... beds) {
        CapacityReport report = new CapacityReport(new HospitalCode("SE-23-OSTERSUND"), new CapacityDraft(NOW, ed, null,
                facility, null, List.of(beds)), "test", ReportSource.API, NOW, null);
        return new HospitalStatus(hospital(), Optional.of(report), stale);
    }

    private static Hospital hospital() {
        return Hospital.receivingFacility(new HospitalCode("SE-23-OSTERSUND"),
                new FacilityDetails("Östersunds sjukhus", new GeoPoint(63.1747, 14.654), null, true, null), "test",
                OffsetDateTime.of(2026, 11, 25, 12, 0, 0, 0, ZoneOffset.UTC));
    }
}
