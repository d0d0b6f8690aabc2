package se.samverkan.hospitals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.samverkan.hospitals.model.CapacityDraft;
import se.samverkan.hospitals.model.CapacityReport;
import se.samverkan.hospitals.model.CareCategory;
import se.samverkan.hospitals.model.Hospital;
import se.samverkan.hospitals.model.HospitalCode;
import se.samverkan.hospitals.model.ReportSource;
import se.samverkan.platform.security.Caller;
import se.samverkan.platform.security.Roles;

/**
 * Capacity reports: stores each report as a new row (history and audit in one), answers the current capacity
 * of hospitals, their trend and national or regional summaries, and announces every new report to all
 * application instances through PostgreSQL NOTIFY, sent when the transaction commits.
 */
@ApplicationScoped
public class CapacityReporting {

    /** The channel of {@link CapacityNotifications}; the payload is the hospital code and the report id. */
    public static final String CHANNEL = "hospital_capacity";

    @PersistenceContext(unitName = "samverkan")
    EntityManager em;

    @Inject
    CapacityPolicy policy;

    /** Refuses with 404 or 403 before a body is even looked at. */
    public Hospital checkMayReport(HospitalCode code, Caller caller) {
        Hospital hospital = liveHospital(code);
        if (!ReportingRights.mayReport(caller, code)) {
            throw HospitalProblems.forbidden(caller.hasRole(Roles.HOSPITAL_REPORTER)
                    ? "You report for " + caller.hospital().orElse("no hospital") + ", not for " + code + "."
                    : "Only the national coordination cell, a region editor of region " + code.regionCode()
                            + " or the hospital's own reporter may report capacity for " + code + ".");
        }
        return hospital;
    }

    @Transactional
    public CapacityReport report(HospitalCode code, CapacityDraft draft, Caller caller, ReportSource source) {
        checkMayReport(code, caller);
        Instant now = policy.now();
        if (draft.reportedAt().isAfter(now.plus(policy.clockSkew()))) {
            throw HospitalProblems.invalid("reportedAt", "lies in the future (server time " + now
                    + "); send the time the figures were true");
        }
        Optional<CapacityReport> previous = current(List.of(code.value())).values().stream().findFirst();
        CapacityReport report = new CapacityReport(code, draft, caller.auditName(), source, now,
                previous.map(CapacityReport::id).orElse(null));
        em.persist(report);
        em.flush();
        em.createNativeQuery("SELECT pg_notify(?1, ?2)")
                .setParameter(1, CHANNEL)
                .setParameter(2, code.value() + " " + report.id())
                .getSingleResult();
        return report;
    }

    public Optional<CapacityReport> find(long reportId) {
        return Optional.ofNullable(em.find(CapacityReport.class, reportId));
    }

    /** The current report (latest by reported_at, then by id) of each of these hospitals that has one. */
    public Map<String, CapacityReport> current(Collection<String> hospitalCodes) {
        if (hospitalCodes.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                SELECT DISTINCT ON (hospital_code) id FROM capacity_report
                WHERE hospital_code = ANY (CAST(?1 AS text[]))
                ORDER BY hospital_code, reported_at DESC, id DESC""")
                .setParameter(1, "{" + String.join(",", hospitalCodes) + "}")
                .getResultList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT r FROM CapacityReport r WHERE r.id IN :ids", CapacityReport.class)
                .setParameter("ids", ids.stream().map(Number::longValue).toList())
                // All reports' beds in one more query instead of one per report (EclipseLink batch reading).
                .setHint("eclipselink.batch", "r.beds")
                .setHint("eclipselink.batch.type", "IN")
                .getResultList().stream()
                .collect(Collectors.toMap(r -> r.hospitalCode().value(), Function.identity()));
    }

    /** The reports of one hospital, newest first, reported at or after {@code since}. */
    public List<CapacityReport> history(HospitalCode code, Instant since, int limit) {
        liveOrDeletedHospital(code);
        return em.createQuery("""
                        SELECT r FROM CapacityReport r WHERE r.hospitalCode = :code AND r.reportedAt >= :since
                        ORDER BY r.reportedAt DESC, r.id DESC""", CapacityReport.class)
                .setHint("eclipselink.batch", "r.beds")
                .setHint("eclipselink.batch.type", "IN")
                .setParameter("code", code.value())
                .setParameter("since", since.atOffset(ZoneOffset.UTC))
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Capacity by care category summed over the current reports, per region (ordered by county code), with
     * how many hospitals reported, how many of those reports are stale and how many never reported.
     */
    public Map<String, RegionCapacity> summaryByRegion(Optional<String> region) {
        Timestamp staleBefore = Timestamp.from(policy.staleBefore());
        Map<String, RegionCapacity> byRegion = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> counts = em.createNativeQuery("""
                WITH latest AS (
                    SELECT DISTINCT ON (hospital_code) hospital_code, reported_at FROM capacity_report
                    ORDER BY hospital_code, reported_at DESC, id DESC)
                SELECT h.region_code, count(*), count(l.hospital_code), count(*) FILTER (WHERE l.reported_at < ?1)
                FROM hospital h LEFT JOIN latest l ON l.hospital_code = h.code
                WHERE h.deleted_at IS NULL AND (CAST(?2 AS text) IS NULL OR h.region_code = CAST(?2 AS text))
                GROUP BY h.region_code ORDER BY h.region_code""")
                .setParameter(1, staleBefore)
                .setParameter(2, region.orElse(null))
                .getResultList();
        for (Object[] row : counts) {
            int hospitals = ((Number) row[1]).intValue();
            int reporting = ((Number) row[2]).intValue();
            byRegion.put(row[0].toString().strip(), new RegionCapacity(row[0].toString().strip(), hospitals, reporting,
                    ((Number) row[3]).intValue(), hospitals - reporting, new EnumMap<>(CareCategory.class)));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> beds = em.createNativeQuery("""
                WITH latest AS (
                    SELECT DISTINCT ON (hospital_code) id, hospital_code, reported_at FROM capacity_report
                    ORDER BY hospital_code, reported_at DESC, id DESC)
                SELECT h.region_code, b.category, count(*), count(*) FILTER (WHERE l.reported_at < ?1),
                       sum(b.available), sum(b.baseline), sum(b.additional_24h), sum(b.additional_72h),
                       coalesce(sum(b.available) FILTER (WHERE l.reported_at >= ?1), 0)
                FROM latest l JOIN hospital h ON h.code = l.hospital_code JOIN bed_capacity b ON b.report_id = l.id
                WHERE h.deleted_at IS NULL AND (CAST(?2 AS text) IS NULL OR h.region_code = CAST(?2 AS text))
                GROUP BY h.region_code, b.category""")
                .setParameter(1, staleBefore)
                .setParameter(2, region.orElse(null))
                .getResultList();
        for (Object[] row : beds) {
            RegionCapacity r = byRegion.get(row[0].toString().strip());
            r.categories().put(CareCategory.valueOf(row[1].toString()), new CategoryTotal(
                    ((Number) row[2]).intValue(), ((Number) row[3]).intValue(), ((Number) row[4]).longValue(),
                    ((Number) row[5]).longValue(), ((Number) row[6]).longValue(), ((Number) row[7]).longValue(),
                    ((Number) row[8]).longValue()));
        }
        return byRegion;
    }

    private Hospital liveHospital(HospitalCode code) {
        Hospital hospital = em.find(Hospital.class, code.value());
        if (hospital == null || hospital.isDeleted()) {
            throw HospitalProblems.unknownHospital(code.value());
        }
        return hospital;
    }

    private void liveOrDeletedHospital(HospitalCode code) {
        if (em.find(Hospital.class, code.value()) == null) {
            throw HospitalProblems.unknownHospital(code.value());
        }
    }

    /** One region's capacity: hospital counts and totals per care category. */
    public record RegionCapacity(String region, int hospitals, int reporting, int stale, int unreported,
                                 Map<CareCategory, CategoryTotal> categories) {
    }

    /**
     * Totals of one care category over the current reports: how many hospitals reported it, how many of
     * those are stale, the summed figures, and the available beds counting fresh reports only.
     */
    public record CategoryTotal(int hospitals, int stale, long available, long baseline, long additional24h,
                                long additional72h, long availableFresh) {

        public CategoryTotal plus(CategoryTotal o) {
            return new CategoryTotal(hospitals + o.hospitals, stale + o.stale, available + o.available,
                    baseline + o.baseline, additional24h + o.additional24h, additional72h + o.additional72h,
                    availableFresh + o.availableFresh);
        }
    }
}
