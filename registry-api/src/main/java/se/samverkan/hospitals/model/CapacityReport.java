package se.samverkan.hospitals.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One capacity report of one hospital, never changed once stored: the history is the trend the coordination
 * cell watches and the audit of who reported what when ({@code previousReportId} is the "before").
 */
@Entity
@Table(name = "capacity_report")
public class CapacityReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "hospital_code")
    private String hospitalCode;

    @Column(name = "reported_at")
    private OffsetDateTime reportedAt;

    @Column(name = "received_at")
    private OffsetDateTime receivedAt;

    private String reporter;

    @Enumerated(EnumType.STRING)
    private ReportSource source;

    @Enumerated(EnumType.STRING)
    @Column(name = "emergency_department")
    private EmergencyDepartmentState emergencyDepartment;

    @Column(name = "emergency_department_reason")
    private String emergencyDepartmentReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "facility_state")
    private FacilityState facilityState;

    private String comment;

    @Column(name = "previous_report_id")
    private Long previousReportId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "bed_capacity", joinColumns = @JoinColumn(name = "report_id"))
    private List<BedCapacity> beds = new ArrayList<>();

    protected CapacityReport() {
    }

    public CapacityReport(HospitalCode hospital, CapacityDraft draft, String reporter, ReportSource source,
                          Instant receivedAt, Long previousReportId) {
        this.hospitalCode = hospital.value();
        this.reportedAt = draft.reportedAt().atOffset(ZoneOffset.UTC);
        this.receivedAt = receivedAt.atOffset(ZoneOffset.UTC);
        this.reporter = reporter;
        this.source = source;
        this.emergencyDepartment = draft.emergencyDepartment();
        this.emergencyDepartmentReason = draft.emergencyDepartmentReason();
        this.facilityState = draft.facilityState();
        this.comment = draft.comment();
        this.previousReportId = previousReportId;
        this.beds = new ArrayList<>(draft.beds());
    }

    public long id() {
        return id;
    }

    public HospitalCode hospitalCode() {
        return new HospitalCode(hospitalCode);
    }

    public Instant reportedAt() {
        return reportedAt.toInstant();
    }

    public Instant receivedAt() {
        return receivedAt.toInstant();
    }

    public String reporter() {
        return reporter;
    }

    public ReportSource source() {
        return source;
    }

    public EmergencyDepartmentState emergencyDepartment() {
        return emergencyDepartment;
    }

    public Optional<String> emergencyDepartmentReason() {
        return Optional.ofNullable(emergencyDepartmentReason);
    }

    public FacilityState facilityState() {
        return facilityState;
    }

    public Optional<String> comment() {
        return Optional.ofNullable(comment);
    }

    public Optional<Long> previousReportId() {
        return Optional.ofNullable(previousReportId);
    }

    /** Beds by care category, in the order of {@link CareCategory}. */
    public List<BedCapacity> beds() {
        return beds.stream().sorted(Comparator.comparing(BedCapacity::category)).toList();
    }

    public Optional<BedCapacity> beds(CareCategory category) {
        return beds.stream().filter(b -> b.category() == category).findFirst();
    }

    /** The report as the draft it came from, e.g. to export it again. */
    public CapacityDraft toDraft() {
        return new CapacityDraft(reportedAt(), emergencyDepartment, emergencyDepartmentReason, facilityState, comment,
                beds());
    }

    /** Stale when the figures are older than the allowed age at {@code now}. */
    public boolean isStale(Instant now, Duration maxAge) {
        return Duration.between(reportedAt(), now).compareTo(maxAge) > 0;
    }
}
