package se.samverkan.platform.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Who the application takes the caller to be, from their verified token: the web client shows it, and
 * scripts can check which roles and bindings a token carries. Every role includes viewer.
 */
@Path("me")
@RequestScoped
@RolesAllowed(Roles.VIEWER)
@SecurityRequirement(name = "keycloak")
@Tag(name = "Security")
public class CallerResource {

    @Inject
    Caller caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The signed-in caller: name, roles, and the region or hospital they are bound to")
    public CallerView me() {
        return new CallerView(caller.subject(), caller.name(), caller.roles().stream().sorted().toList(),
                caller.region().orElse(null), caller.hospital().orElse(null));
    }

    /** The caller as JSON; region and hospital only when the token binds the caller to one. */
    public record CallerView(String subject, String name, List<String> roles, String region, String hospital) {
    }
}
