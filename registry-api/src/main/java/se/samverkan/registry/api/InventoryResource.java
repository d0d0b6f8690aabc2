package se.samverkan.registry.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samverkan.platform.problem.ProblemException;
import se.samverkan.platform.security.Caller;
import se.samverkan.platform.security.Roles;
import se.samverkan.registry.Freshness;
import se.samverkan.registry.Vocabulary;

/**
 * The health of each region's inventory: confirmation intervals, stale counts, and the one action that
 * confirms a whole inventory. Also serves the capability vocabulary, which every form needs.
 */
@Path("inventory")
@RequestScoped
@RolesAllowed({Roles.VIEWER, Roles.REGION_EDITOR, Roles.NATIONAL_COORDINATOR, Roles.EXERCISE_PLANNER,
    Roles.DEFENCE_LIAISON, Roles.HOSPITAL_REPORTER})
@Tag(name = "Inventory", description = "Freshness of each region's inventory and the capability vocabulary")
public class InventoryResource {

    private static final String REGION = "[0-9]{2}";
    private static final String REGION_MESSAGE = "must be a two-digit county code such as 23";

    @Inject
    Caller caller;

    @Inject
    Freshness freshness;

    @Inject
    Vocabulary vocabulary;

    @GET
    @Path("freshness")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Per region: confirmation interval, when the inventory was last confirmed, stale unit counts")
    public List<Freshness.RegionFreshness> freshness(
            @QueryParam("region") @Pattern(regexp = REGION, message = REGION_MESSAGE) String region) {
        return freshness.summary(region);
    }

    @POST
    @Path("{region}/confirm")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REGION_EDITOR, Roles.NATIONAL_COORDINATOR})
    @Operation(summary = "Confirm a region's whole inventory as correct now (every unit in service)")
    public Map<String, Object> confirm(@PathParam("region") @Pattern(regexp = REGION, message = REGION_MESSAGE) String region) {
        int units = freshness.confirmInventory(region, caller);
        return Map.of("region", region, "unitsConfirmed", units);
    }

    @PUT
    @Path("{region}/policy")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REGION_EDITOR, Roles.NATIONAL_COORDINATOR})
    @Operation(summary = "Set how often a region must confirm its inventory (ISO 8601 duration, e.g. P30D)")
    public List<Freshness.RegionFreshness> policy(
            @PathParam("region") @Pattern(regexp = REGION, message = REGION_MESSAGE) String region,
            @NotNull(message = "is required") PolicyInput input) {
        Duration interval;
        try {
            interval = Duration.parse(input.confirmationInterval());
        } catch (DateTimeParseException | NullPointerException e) {
            throw ProblemException.invalid("confirmationInterval", "must be an ISO 8601 duration such as P30D or PT12H");
        }
        freshness.setInterval(region, interval, caller);
        return freshness.summary(region);
    }

    @GET
    @Path("vocabulary")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Resource kinds with their tiers, and capability tags")
    public Vocabulary.Snapshot vocabulary() {
        return vocabulary.snapshot();
    }

    /** The confirmation interval as an ISO 8601 duration. */
    public record PolicyInput(String confirmationInterval) {
    }
}
