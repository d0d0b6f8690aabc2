package se.samverkan.platform.security;

import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, as far as the domain cares: a subject, a display name, roles and, for a region editor,
 * the one region they may edit. Built from the verified token for each request; plain Java so services can
 * take it as a parameter and be tested without a container.
 */
public record Caller(String subject, String name, Set<String> roles, Optional<String> region) {

    public Caller {
        roles = Set.copyOf(roles);
        region = region == null ? Optional.empty() : region;
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

    /** Name written into audit rows: the user's name with their subject, so it stays traceable. */
    public String auditName() {
        return name == null || name.isBlank() ? subject : name + " (" + subject + ")";
    }
}
