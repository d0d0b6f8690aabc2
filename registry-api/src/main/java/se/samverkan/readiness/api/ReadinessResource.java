package se.samverkan.readiness.api;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samverkan.platform.http.Versions;
import se.samverkan.platform.problem.ProblemException;
import se.samverkan.platform.problem.ProblemTypes;
import se.samverkan.platform.security.Caller;
import se.samverkan.platform.security.Roles;
import se.samverkan.readiness.ReadinessService;
import se.samverkan.readiness.model.ReadinessChange;
import se.samverkan.readiness.model.ReadinessInForce;
import se.samverkan.readiness.model.ReadinessLevel;

/**
 * Readiness levels: everyone signed in reads them; the national cell sets the national level, a region's
 * editors (or the national cell) its regional level. Every change names its reason.
 */
@Path("readiness")
@RequestScoped
@RolesAllowed({Roles.VIEWER, Roles.REGION_EDITOR, Roles.NATIONAL_COORDINATOR, Roles.EXERCISE_PLANNER,
    Roles.DEFENCE_LIAISON, Roles.HOSPITAL_REPORTER})
@Tag(name = "Readiness", description = "National and regional readiness levels and their history")
public class ReadinessResource {

    private static final String SCOPE = "SE|[0-9]{2}";
    private static final String SCOPE_MESSAGE = "must be SE (national) or a two-digit county code";

    @Inject
    Caller caller;

    @Inject
    ReadinessService readiness;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The national level and every region's level, with the level its units count at")
    public List<LevelView> all() {
        ReadinessLevel national = readiness.national();
        return readiness.all().values().stream().map(r -> LevelView.of(r, national)).toList();
    }

    @GET
    @Path("{scope}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response one(@PathParam("scope") @Pattern(regexp = SCOPE, message = SCOPE_MESSAGE) String scope) {
        ReadinessInForce r = readiness.scope(scope).orElseThrow(() -> ProblemException.notFound(ProblemTypes.NOT_FOUND,
                "Unknown readiness scope", "There is no region with county code " + scope + "."));
        return Response.ok(LevelView.of(r, readiness.national())).tag(Versions.tag(r.version())).build();
    }

    @PUT
    @Path("{scope}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REGION_EDITOR, Roles.NATIONAL_COORDINATOR})
    @Operation(summary = "Change a level; If-Match with the ETag you read is required, and a reason")
    public Response change(@PathParam("scope") @Pattern(regexp = SCOPE, message = SCOPE_MESSAGE) String scope,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull(message = "a level and a reason are required") @Valid LevelChange change) {
        ReadinessInForce r = readiness.change(scope, ReadinessLevel.valueOf(change.level()), change.reason().strip(),
                Versions.fromIfMatch(ifMatch), caller);
        return Response.ok(LevelView.of(r, readiness.national())).tag(Versions.tag(r.version())).build();
    }

    @GET
    @Path("{scope}/history")
    @Produces(MediaType.APPLICATION_JSON)
    public List<ReadinessChangeView> history(@PathParam("scope") @Pattern(regexp = SCOPE, message = SCOPE_MESSAGE) String scope,
                                             @QueryParam("limit") @DefaultValue("100") int limit) {
        return readiness.history(scope, Math.max(1, Math.min(limit, 1000))).stream().map(ReadinessChangeView::of).toList();
    }

    /** A requested change of level. */
    public static final class LevelChange {

        @NotBlank(message = "is required")
        @Pattern(regexp = "NORMAL|STAFF_MODE|REINFORCEMENT|DISASTER|HEIGHTENED_READINESS|HIGHEST_READINESS|WAR", message = "must be NORMAL, STAFF_MODE, REINFORCEMENT, DISASTER, HEIGHTENED_READINESS, HIGHEST_READINESS or WAR")
        public final String level;

        @NotBlank(message = "is required: say why the level changes")
        @Size(max = 2000, message = "must be at most 2000 characters")
        public final String reason;

        // A class, not a record: Payara's OpenAPI generator fails on Bean Validation annotations that a
        // record copies onto its constructor parameters (/openapi answered 500).
        @JsonbCreator
        public LevelChange(@JsonbProperty("level") String level, @JsonbProperty("reason") String reason) {
            this.level = level;
            this.reason = reason;
        }

        public String level() {
            return level;
        }

        public String reason() {
            return reason;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof LevelChange other
                    && java.util.Objects.equals(level, other.level)
                    && java.util.Objects.equals(reason, other.reason);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(level, reason);
        }

        @Override
        public String toString() {
            return "LevelChange[" + "level=" + level + ", " + "reason=" + reason + "]";
        }
    }

    /** A scope's level, its Swedish name, and the level its units are counted at (regional or national, the higher). */
    public record LevelView(String scope, String level, String name, String effectiveLevel, Instant changedAt,
                            String changedBy, String reason, long version) {
        static LevelView of(ReadinessInForce r, ReadinessLevel national) {
            ReadinessLevel effective = r.national() ? r.level() : ReadinessLevel.higher(r.level(), national);
            return new LevelView(r.scope(), r.level().name(), r.level().swedishName(), effective.name(), r.changedAt(),
                    r.changedBy(), r.reason(), r.version());
        }
    }

    public record ReadinessChangeView(String scope, String fromLevel, String toLevel, Instant changedAt, String changedBy,
                                      String reason) {
        static ReadinessChangeView of(ReadinessChange c) {
            return new ReadinessChangeView(c.scope(), c.fromLevel().name(), c.toLevel().name(), c.changedAt(),
                    c.changedBy(), c.reason());
        }
    }
}
