package se.samverkan.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerTest {

    @Test
    void aRegionEditorEditsOnlyTheirOwnRegion() {
        Caller jamtland = new Caller("s1", "editor-jamtland", Set.of(Roles.REGION_EDITOR, Roles.VIEWER), Optional.of("23"));

        assertThat(jamtland.mayEditRegion("23")).isTrue();
        assertThat(jamtland.mayEditRegion("12")).isFalse();
        assertThat(jamtland.hospital()).isEmpty();
    }

    @Test
    void aRegionClaimWithoutTheEditorRoleAllowsNothing() {
        Caller viewer = new Caller("s2", "viewer", Set.of(Roles.VIEWER), Optional.of("23"));

        assertThat(viewer.mayEditRegion("23")).isFalse();
    }

    @Test
    void aHospitalReporterReportsOnlyForTheirOwnHospital() {
        Caller reporter = new Caller("s3", "reporter", Set.of(Roles.HOSPITAL_REPORTER), Optional.empty(),
                Optional.of("SE-23-OSTERSUND"));

        assertThat(reporter.mayReportForHospital("SE-23-OSTERSUND")).isTrue();
        assertThat(reporter.mayReportForHospital("SE-12-LUND")).isFalse();
        assertThat(reporter.mayEditRegion("23")).isFalse();
    }

    @Test
    void theNationalCoordinatorMayEditAnyRegionAndReportForAnyHospital() {
        Caller coordinator = new Caller("s4", "coordinator", Set.of(Roles.NATIONAL_COORDINATOR), Optional.empty());

        assertThat(coordinator.mayEditRegion("12")).isTrue();
        assertThat(coordinator.mayReportForHospital("SE-12-LUND")).isTrue();
    }

    @Test
    void theAnonymousCallerHasNoRoleAndMayChangeNothing() {
        Caller anonymous = Caller.anonymous();

        assertThat(anonymous.isAnonymous()).isTrue();
        assertThat(anonymous.roles()).isEmpty();
        assertThat(anonymous.mayEditRegion("23")).isFalse();
        assertThat(anonymous.mayReportForHospital("SE-23-OSTERSUND")).isFalse();
    }

    @Test
    void auditNameKeepsTheSubjectTraceable() {
        assertThat(new Caller("abc", "Karin", Set.of(), Optional.empty()).auditName()).isEqualTo("Karin (abc)");
        assertThat(new Caller("abc", " ", Set.of(), Optional.empty()).auditName()).isEqualTo("abc");
    }
}
