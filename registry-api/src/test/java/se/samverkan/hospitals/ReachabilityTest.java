package se.samverkan.hospitals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.samverkan.gis.GeoPoint;
import se.samverkan.gis.travel.TransportMode;
import se.samverkan.gis.travel.TravelEstimate;
import se.samverkan.gis.travel.TravelTimeModel;
import se.samverkan.gis.travel.Urgency;
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

class ReachabilityTest {

    private static final GeoPoint SCENE = new GeoPoint(63.18, 14.64);
    private static final Instant NOW = Instant.parse("2026-11-25T14:00:00Z");

    /** One minute per kilometre of latitude difference; unreachable beyond 5° (a stand-in, not a travel model). */
    private static final TravelTimeModel MINUTES_BY_LATITUDE = (from, to, mode, urgency) -> {
        double minutes = Math.abs(from.latitude() - to.latitude()) * 111;
        return minutes > 555 ? TravelEstimate.unreachable(mode, "too far") : TravelEstimate.of(mode, minutes, minutes);
    };

    @Test
    void keepsHospitalsWithBedsOfTheCategoryWithinTheTimeFastestFirst() {
        List<HospitalStatus> hospitals = List.of(
                status("SE-24-UMEA", 63.82, CareCategory.BURNS, 2),        // 71 min
                status("SE-22-SUNDSVALL", 62.38, CareCategory.BURNS, 1),   // 89 min
                status("SE-23-OSTERSUND", 63.17, CareCategory.BURNS, 0),   // close, but no burns bed
                status("SE-20-FALUN", 60.61, CareCategory.BURNS, 5),       // 285 min: too far for 120
                status("SE-25-KIRUNA", 67.85, CareCategory.ICU_ADULT, 3),  // other category
                new HospitalStatus(hospital("SE-23-FALT", 63.19), Optional.empty(), true)); // never reported

        List<Reachability.Reachable> found = Reachability.rank(hospitals, SCENE, CareCategory.BURNS, 120,
                MINUTES_BY_LATITUDE, TransportMode.ROAD_AMBULANCE, Urgency.URGENT);

        assertThat(found).extracting(r -> r.status().hospital().code().value())
                .containsExactly("SE-24-UMEA", "SE-22-SUNDSVALL");
        assertThat(found.get(0).estimate().minutes()).isLessThan(found.get(1).estimate().minutes());
    }

    @Test
    void leavesOutWhatTheModelCannotReach() {
        List<Reachability.Reachable> found = Reachability.rank(
                List.of(status("SE-12-MALMO", 55.59, CareCategory.BURNS, 4)), SCENE, CareCategory.BURNS, 10_000,
                MINUTES_BY_LATITUDE, TransportMode.HELICOPTER, Urgency.URGENT);

        assertThat(found).isEmpty();
    }

    private static HospitalStatus status(String code, double latitude, CareCategory category, int available) {
        HospitalCode hospital = new HospitalCode(code);
        CapacityReport report = new CapacityReport(hospital, new CapacityDraft(NOW, EmergencyDepartmentState.NORMAL, null,
                FacilityState.NORMAL, null, List.of(new BedCapacity(category, available, 10, 0, 0, null))),
                "test", ReportSource.API, NOW, null);
        return new HospitalStatus(hospital(code, latitude), Optional.of(report), false);
    }

    private static Hospital hospital(String code, double latitude) {
        return Hospital.receivingFacility(new HospitalCode(code),
                new FacilityDetails("Hospital " + code, new GeoPoint(latitude, 15.0), null, true, null), "test",
                OffsetDateTime.of(2026, 11, 25, 12, 0, 0, 0, ZoneOffset.UTC));
    }
}
