package se.samverkan.hospitals.api;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;
import se.samverkan.platform.security.Caller;
import se.samverkan.platform.security.Roles;

/**
 * The caller of a hospitals request and the hospital a reporter's token binds them to, read from the
 * verified token (MicroProfile JWT puts it in as the principal). The {@code hospital} claim is not part of
 * {@link Caller}, so it is read here next to it.
 */
final class CallerFromToken {

    private static final List<String> ROLES = List.of(Roles.VIEWER, Roles.REGION_EDITOR, Roles.NATIONAL_COORDINATOR,
            Roles.EXERCISE_PLANNER, Roles.DEFENCE_LIAISON, Roles.HOSPITAL_REPORTER);

    private CallerFromToken() {
    }

    static Caller caller(SecurityContext security) {
        Principal principal = security.getUserPrincipal();
        Set<String> roles = ROLES.stream().filter(security::isUserInRole).collect(Collectors.toSet());
        if (principal instanceof JsonWebToken token) {
            String name = claim(token, "name").orElse(token.getName());
            return new Caller(token.getSubject() == null ? token.getName() : token.getSubject(), name, roles,
                    claim(token, Roles.REGION_CLAIM));
        }
        String subject = principal == null ? "anonymous" : principal.getName();
        return new Caller(subject, subject, roles, Optional.empty());
    }

    static Optional<String> boundHospital(SecurityContext security) {
        return security.getUserPrincipal() instanceof JsonWebToken token ? claim(token, Roles.HOSPITAL_CLAIM) : Optional.empty();
    }

    private static Optional<String> claim(JsonWebToken token, String name) {
        Object value = token.getClaim(name);
        if (value == null) {
            return Optional.empty();
        }
        String text = value instanceof jakarta.json.JsonString s ? s.getString() : value.toString();
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }
}
