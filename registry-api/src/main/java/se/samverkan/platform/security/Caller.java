package se.samverkan.platform.security;

import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, as far as the domain cares: a subject, a display name, roles and, for a region editor,
 * the one region they may edit, for a hospital reporter the one hospital they report for. Built from the
 * verified token for each request ({@link CallerProducer}); plain Java so services can take it as a
 * parameter and be tested without a container.
 */
public record Caller(String subject, String name, Set<String> roles, Optional<String> region,
                     Optional<String> hospital) {

    /** Subject of requests without a token (public endpoints only). */
    public static final String ANONYMOUS_SUBJECT = "anonymous";

    public Caller {
        roles = Set.copyOf(roles);
        region = region == null ? Optional.empty() : region;
        hospital = hospital == null ? Optional.empty() : hospital;
    }

    /** A caller not bound to a hospital. */
    public Caller(String subject, String name, Set<String> roles, Optional<String> region) {
        this(subject, name, roles, region, Optional.empty());
    }

    /** Nobody signed in: no roles, so every rule that needs one refuses. */
    public static Caller anonymous() {
        return new Caller(ANONYMOUS_SUBJECT, null, Set.of(), Optional.empty(), Optional.empty());
    }

    public boolean isAnonymous() {
        return ANONYMOUS_SUBJECT.equals(subject) && roles.isEmpty();
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** A region editor may change records of their own region only; the national cell may change any. */
    public boolean mayEditRegion(String regionCode) {
        if (hasRole(Roles.NATIONAL_COORDINATOR)) {
            return true;
        }
        return hasRole(Roles.REGION_EDITOR) && region.map(r -> r.equals(regionCode)).orElse(false);
    }

    /** A hospital reporter reports for their own hospital only; the national cell may report for any. */
    public boolean mayReportForHospital(String hospitalCode) {
        if (hasRole(Roles.NATIONAL_COORDINATOR)) {
            return true;
        }
        return hasRole(Roles.HOSPITAL_REPORTER) && hospital.map(h -> h.equals(hospitalCode)).orElse(false);
    }

    /** Name written into audit rows: the user's name with their subject, so it stays traceable. */
    public String auditName() {
        return name == null || name.isBlank() ? subject : name + " (" + subject + ")";
    }
}
