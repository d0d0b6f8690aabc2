package se.samverkan.hospitals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.samverkan.hospitals.model.HospitalCode;
import se.samverkan.platform.security.Caller;
import se.samverkan.platform.security.Roles;

class ReportingRightsTest {

    private static final HospitalCode OSTERSUND = new HospitalCode("SE-23-OSTERSUND");

    @Test
    void regionEditorsReportForTheirOwnRegionOnly() {
        Caller jamtland = new Caller("u1", "Editor", Set.of(Roles.REGION_EDITOR), Optional.of("23"));
        Caller skane = new Caller("u2", "Editor", Set.of(Roles.REGION_EDITOR), Optional.of("12"));

        assertThat(ReportingRights.mayReport(jamtland, OSTERSUND)).isTrue();
        assertThat(ReportingRights.mayReport(skane, OSTERSUND)).isFalse();
        assertThat(ReportingRights.mayEditFacility(skane, OSTERSUND)).isFalse();
    }

    @Test
    void aHospitalReporterReportsForTheHospitalOfTheirTokenOnly() {
        Caller ostersund = reporter(Optional.of("SE-23-OSTERSUND"));

        assertThat(ReportingRights.mayReport(ostersund, OSTERSUND)).isTrue();
        assertThat(ReportingRights.mayReport(reporter(Optional.of("SE-24-UMEA")), OSTERSUND)).isFalse();
        assertThat(ReportingRights.mayReport(reporter(Optional.empty()), OSTERSUND)).isFalse();
        assertThat(ReportingRights.mayEditFacility(ostersund, OSTERSUND)).isFalse();
    }

    @Test
    void theNationalCellReportsEverywhereAndViewersNowhere() {
        Caller national = new Caller("u4", "Cell", Set.of(Roles.NATIONAL_COORDINATOR), Optional.empty());
        Caller viewer = new Caller("u5", "Viewer", Set.of(Roles.VIEWER), Optional.of("23"), Optional.of("SE-23-OSTERSUND"));

        assertThat(ReportingRights.mayReport(national, OSTERSUND)).isTrue();
        assertThat(ReportingRights.mayReport(viewer, OSTERSUND)).isFalse();
    }

    private static Caller reporter(Optional<String> hospital) {
        return new Caller("u3", "Reporter", Set.of(Roles.HOSPITAL_REPORTER), Optional.empty(), hospital);
    }
}
