package se.samverkan.planning.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samverkan.platform.http.QueryRange;
import se.samverkan.platform.http.Versions;
import se.samverkan.platform.security.Caller;
import se.samverkan.platform.security.Roles;
import se.samverkan.planning.PlanningService;

/**
 * Mass-casualty distribution plans from the live registry: make one (202, then follow its status), read it
 * with an explanation per assignment, cancel it, accept it (its units become ASSIGNED, all or nothing) and
 * plan again after events. Everyone signed in reads (sensitive plans only those cleared); only the national
 * coordination cell plans, accepts and cancels.
 */
@Path("plans")
@RequestScoped
@RolesAllowed({Roles.VIEWER, Roles.REGION_EDITOR, Roles.NATIONAL_COORDINATOR, Roles.EXERCISE_PLANNER,
    Roles.DEFENCE_LIAISON, Roles.HOSPITAL_REPORTER})
@Tag(name = "Plans", description = "Mass-casualty distribution: which patient to which hospital, with which unit, when")
public class PlanResource {

    @Inject
    PlanningService planning;

    @Inject
    Caller caller;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NATIONAL_COORDINATOR)
    @Operation(summary = "Plan the open incidents (or those named) on the live registry; 202 with the plan to follow",
            description = "Body (every field optional): incidentIds, policy (overrides of the planner's defaults), "
                    + "timeLimitSeconds, useStaleCapacity. See docs/planning-api.md.")
    public Response create(JsonValue body) {
        UUID id = planning.start(body, caller);
        return accepted(id);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Plans, newest first: status, progress, who asked, and whether accepted (no plan bodies)")
    public List<JsonObject> list(@QueryParam("limit") @DefaultValue("50") int limit) {
        QueryRange.require("limit", limit, 1, PlanningService.MAX_LIST);
        return planning.list(caller, limit);
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A plan: status and progress; when SUCCEEDED the plan with explanations; ETag for accepting")
    public Response get(@PathParam("id") UUID id) {
        PlanningService.Shown plan = planning.view(id, caller);
        return Response.ok(plan.body()).tag(Versions.tag(plan.version())).build();
    }

    @GET
    @Path("{id}/scenario")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The plan's input in the planner's scenario format (for ./samverkan plan or another solver)")
    public JsonObject scenario(@PathParam("id") UUID id) {
        return planning.scenario(id, caller);
    }

    @DELETE
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NATIONAL_COORDINATOR)
    @Operation(summary = "Cancel a queued or running plan (409 when it has finished)")
    public Response cancel(@PathParam("id") UUID id) {
        return cancelled(planning.cancel(id, caller));
    }

    @POST
    @Path("{id}/cancel")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NATIONAL_COORDINATOR)
    @Operation(summary = "Cancel a queued or running plan (the same as DELETE)")
    public Response cancelByPost(@PathParam("id") UUID id) {
        return cancelled(planning.cancel(id, caller));
    }

    @POST
    @Path("{id}/accept")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NATIONAL_COORDINATOR)
    @Operation(summary = "Accept a finished plan: its units become ASSIGNED, all or nothing; If-Match with the plan's ETag",
            description = "409 naming the units when any unit changed since the plan was made (another plan took it, "
                    + "its region changed it); nothing is changed then.")
    public Response accept(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        planning.accept(id, Versions.fromIfMatch(ifMatch), caller);
        PlanningService.Shown plan = planning.view(id, caller);
        return Response.ok(plan.body()).tag(Versions.tag(plan.version())).build();
    }

    @POST
    @Path("{id}/replan")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NATIONAL_COORDINATOR)
    @Operation(summary = "Plan again after events (hospital closed, unit broken down, new casualties); 202 with the new plan",
            description = "Trips that have left by 'at' (default now) are kept; the new plan names the previous one and "
                    + "reports how many assignments changed.")
    public Response replan(@PathParam("id") UUID id, JsonValue body) {
        return accepted(planning.replan(id, body, caller));
    }

    private Response accepted(UUID id) {
        URI location = uri.getBaseUriBuilder().path("plans").path(id.toString()).build();
        PlanningService.Shown plan = planning.view(id, caller);
        return Response.accepted(plan.body()).location(location).tag(Versions.tag(plan.version())).build();
    }

    private Response cancelled(PlanningService.Shown plan) {
        String status = plan.body().getString("status");
        return ("CANCELLED".equals(status) ? Response.ok(plan.body()) : Response.accepted(plan.body()))
                .tag(Versions.tag(plan.version())).build();
    }
}
