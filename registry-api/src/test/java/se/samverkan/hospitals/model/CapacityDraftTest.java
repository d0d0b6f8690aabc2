package se.samverkan.hospitals.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CapacityDraftTest {

    private static final Instant AT = Instant.parse("2026-11-25T14:00:00.750Z");

    @Test
    void keepsCategoriesInTheirOrderAndTheTimeToTheSecond() {
        CapacityDraft draft = new CapacityDraft(AT, EmergencyDepartmentState.NORMAL, " ", FacilityState.NORMAL, null,
                List.of(new BedCapacity(CareCategory.PSYCHIATRIC, 1, 2, 0, 0, null),
                        new BedCapacity(CareCategory.BURNS, 0, 1, 0, 0, null)));

        assertThat(draft.beds()).extracting(BedCapacity::category).containsExactly(CareCategory.BURNS, CareCategory.PSYCHIATRIC);
        assertThat(draft.reportedAt()).isEqualTo(Instant.parse("2026-11-25T14:00:00Z"));
        assertThat(draft.emergencyDepartmentReason()).isNull();
    }

    @Test
    void refusesTwiceTheSameCategoryAndAnEmptyReport() {
        BedCapacity burns = new BedCapacity(CareCategory.BURNS, 0, 1, 0, 0, null);
        assertThatThrownBy(() -> new CapacityDraft(AT, EmergencyDepartmentState.NORMAL, null, FacilityState.NORMAL, null,
                List.of(burns, burns))).hasMessageContaining("twice");
        assertThatThrownBy(() -> new CapacityDraft(AT, EmergencyDepartmentState.NORMAL, null, FacilityState.NORMAL, null,
                List.of())).hasMessageContaining("at least one");
    }

    @Test
    void bedsBeyondBaselineAndSurgeNeedAReason() {
        assertThatThrownBy(() -> new BedCapacity(CareCategory.ICU_ADULT, 13, 8, 2, 4, null))
                .hasMessageContaining("overCapacityReason");
        assertThat(new BedCapacity(CareCategory.ICU_ADULT, 12, 8, 2, 4, null).available()).isEqualTo(12);
        assertThat(new BedCapacity(CareCategory.ICU_ADULT, 13, 8, 2, 4, "mobile ICU").overCapacityReason())
                .isEqualTo("mobile ICU");
        assertThatThrownBy(() -> new BedCapacity(CareCategory.ICU_ADULT, -1, 8, 2, 4, null)).hasMessageContaining("negative");
    }

    @Test
    void hospitalCodesNameTheirRegion() {
        assertThat(new HospitalCode("SE-14-GOTEBORG-OSTRA").regionCode()).isEqualTo("14");
        assertThat(HospitalCode.isWellFormed("SE-23-östersund")).isFalse();
        assertThat(HospitalCode.isWellFormed("SE-2-X")).isFalse();
        assertThat(HospitalCode.isWellFormed("SE-23-" + "X".repeat(40))).isFalse();
    }

    @Test
    void aReportIsStaleOnceOlderThanTheAllowedAge() {
        CapacityReport report = new CapacityReport(new HospitalCode("SE-23-OSTERSUND"),
                new CapacityDraft(AT, EmergencyDepartmentState.NORMAL, null, FacilityState.NORMAL, null,
                        List.of(new BedCapacity(CareCategory.BURNS, 0, 1, 0, 0, null))),
                "tester", ReportSource.API, AT, null);

        Instant figuresTrue = report.reportedAt();
        assertThat(report.isStale(figuresTrue.plus(Duration.ofHours(4)), Duration.ofHours(4))).isFalse();
        assertThat(report.isStale(figuresTrue.plus(Duration.ofHours(4)).plusSeconds(1), Duration.ofHours(4))).isTrue();
    }
}
