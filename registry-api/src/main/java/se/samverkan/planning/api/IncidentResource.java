package se.samverkan.planning.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samverkan.platform.audit.AuditEntry;
import se.samverkan.platform.http.QueryRange;
import se.samverkan.platform.http.Versions;
import se.samverkan.platform.security.Caller;
import se.samverkan.platform.security.Roles;
import se.samverkan.planning.IncidentService;
import se.samverkan.planning.IncidentView;
import se.samverkan.planning.model.IncidentStatus;

/**
 * Incidents the national cell plans for: where, which region, from when, and how many patients per triage,
 * care need and posture. Everyone signed in reads; only the national coordination cell records, changes and
 * closes (exercise planners rehearse on copies of the data, not on the live incidents: docs/planning-api.md).
 */
@Path("incidents")
@RequestScoped
@RolesAllowed({Roles.VIEWER, Roles.REGION_EDITOR, Roles.NATIONAL_COORDINATOR, Roles.EXERCISE_PLANNER,
    Roles.DEFENCE_LIAISON, Roles.HOSPITAL_REPORTER})
@Tag(name = "Incidents", description = "Major incidents and their casualties, for mass-casualty planning")
public class IncidentResource {

    @Inject
    IncidentService incidents;

    @Inject
    Caller caller;

    @Context
    UriInfo uri;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Incidents, newest first; status=OPEN or CLOSED filters")
    public List<IncidentView> list(@QueryParam("status") @Pattern(regexp = "OPEN|CLOSED", message = "must be OPEN or CLOSED") String status,
                                   @QueryParam("limit") @DefaultValue("100") int limit) {
        QueryRange.require("limit", limit, 1, IncidentService.MAX_LIST);
        return incidents.list(Optional.ofNullable(status).map(IncidentStatus::valueOf), limit);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NATIONAL_COORDINATOR)
    @Operation(summary = "Record an incident with its casualties (national cell)")
    public Response create(JsonValue body) {
        IncidentView created = incidents.create(body, caller);
        return Response.created(uri.getBaseUriBuilder().path("incidents").path(created.id().toString()).build())
                .tag(Versions.tag(created.version())).entity(created).build();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One incident, with ETag")
    public Response get(@PathParam("id") UUID id) {
        IncidentView incident = incidents.one(id);
        return Response.ok(incident).tag(Versions.tag(incident.version())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NATIONAL_COORDINATOR)
    @Operation(summary = "Replace an open incident (casualty counts, place, ready time); If-Match required")
    public Response replace(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonValue body) {
        IncidentView incident = incidents.replace(id, Versions.fromIfMatch(ifMatch), body, caller);
        return Response.ok(incident).tag(Versions.tag(incident.version())).build();
    }

    @POST
    @Path("{id}/close")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NATIONAL_COORDINATOR)
    @Operation(summary = "Close an incident: it is no longer planned for, and keeps its history; If-Match required")
    public Response close(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        IncidentView incident = incidents.close(id, Versions.fromIfMatch(ifMatch), caller);
        return Response.ok(incident).tag(Versions.tag(incident.version())).build();
    }

    @GET
    @Path("{id}/history")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every change of an incident: who, when, before and after")
    public List<AuditEntry> history(@PathParam("id") UUID id) {
        return incidents.history(id);
    }
}
