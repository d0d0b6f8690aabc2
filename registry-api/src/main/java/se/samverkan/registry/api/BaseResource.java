package se.samverkan.registry.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samverkan.platform.audit.AuditEntry;
import se.samverkan.platform.http.Versions;
import se.samverkan.platform.security.Caller;
import se.samverkan.platform.security.Roles;
import se.samverkan.registry.Inventory;
import se.samverkan.registry.BaseInput;
import se.samverkan.registry.BaseView;

/**
 * Bases and stations where units are stationed. Region editors keep their region's; sensitive (military) ones
 * the defence liaison or the national coordination cell.
 */
@Path("bases")
@RequestScoped
@RolesAllowed({Roles.VIEWER, Roles.REGION_EDITOR, Roles.NATIONAL_COORDINATOR, Roles.EXERCISE_PLANNER,
    Roles.DEFENCE_LIAISON, Roles.HOSPITAL_REPORTER})
@Tag(name = "Bases", description = "Bases and stations where units are stationed")
public class BaseResource {

    @Inject
    Caller caller;

    @Inject
    Inventory inventory;

    @Context
    UriInfo uri;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Bases and stations, by code")
    public List<BaseView> list(
            @QueryParam("region") @Pattern(regexp = "[0-9]{2}", message = "must be a two-digit county code") String region,
            @QueryParam("organisation") String organisation,
            @QueryParam("includeRetired") @DefaultValue("false") boolean includeRetired) {
        return inventory.bases(region, organisation, includeRetired, caller);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REGION_EDITOR, Roles.NATIONAL_COORDINATOR, Roles.DEFENCE_LIAISON})
    @Operation(summary = "Add a base or station")
    public Response create(@NotNull(message = "a base is required") @Valid BaseInput input) {
        BaseView created = inventory.createBase(input, caller);
        URI location = uri.getBaseUriBuilder().path("bases").path(created.id().toString()).build();
        return Versions.created(location, created, created.version());
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response get(@PathParam("id") UUID id) {
        BaseView b = BaseView.of(inventory.base(id, caller));
        return Versions.ok(b, b.version());
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REGION_EDITOR, Roles.NATIONAL_COORDINATOR, Roles.DEFENCE_LIAISON})
    @Operation(summary = "Replace a base; If-Match required")
    public Response replace(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @NotNull(message = "a base is required") @Valid BaseInput input) {
        BaseView b = inventory.replaceBase(id, Versions.fromIfMatch(ifMatch), input, caller);
        return Versions.ok(b, b.version());
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.REGION_EDITOR, Roles.NATIONAL_COORDINATOR, Roles.DEFENCE_LIAISON})
    @Operation(summary = "Retire a base that no unit in service uses; If-Match required")
    public Response retire(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        inventory.retireBase(id, Versions.fromIfMatch(ifMatch), caller);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/history")
    @Produces(MediaType.APPLICATION_JSON)
    public List<AuditEntry> history(@PathParam("id") UUID id) {
        return inventory.baseHistory(id, caller);
    }
}
