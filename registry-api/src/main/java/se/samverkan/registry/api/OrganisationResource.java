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
import se.samverkan.registry.OrganisationInput;
import se.samverkan.registry.OrganisationView;

/** Organisations that own units. Region editors keep their region's; national ones are the national cell's. */
@Path("organisations")
@RequestScoped
@RolesAllowed({Roles.VIEWER, Roles.REGION_EDITOR, Roles.NATIONAL_COORDINATOR, Roles.EXERCISE_PLANNER,
    Roles.DEFENCE_LIAISON, Roles.HOSPITAL_REPORTER})
@Tag(name = "Organisations", description = "Owners of units: regions, municipalities, operators, Försvarsmakten, volunteers")
public class OrganisationResource {

    @Inject
    Caller caller;

    @Inject
    Inventory inventory;

    @Context
    UriInfo uri;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Organisations, by code")
    public List<OrganisationView> list(
            @QueryParam("region") @Pattern(regexp = "[0-9]{2}", message = "must be a two-digit county code") String region,
            @QueryParam("sector") @Pattern(regexp = "REGION|MUNICIPAL|PRIVATE|MILITARY|VOLUNTEER|STATE",
                    message = "must be REGION, MUNICIPAL, PRIVATE, MILITARY, VOLUNTEER or STATE") String sector,
            @QueryParam("includeRetired") @DefaultValue("false") boolean includeRetired) {
        return inventory.organisations(region, sector, includeRetired, caller);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REGION_EDITOR, Roles.NATIONAL_COORDINATOR, Roles.DEFENCE_LIAISON})
    @Operation(summary = "Add an organisation")
    public Response create(@NotNull(message = "an organisation is required") @Valid OrganisationInput input) {
        OrganisationView created = inventory.createOrganisation(input, caller);
        URI location = uri.getBaseUriBuilder().path("organisations").path(created.id().toString()).build();
        return Versions.created(location, created, created.version());
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response get(@PathParam("id") UUID id) {
        OrganisationView o = OrganisationView.of(inventory.organisation(id, caller));
        return Versions.ok(o, o.version());
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REGION_EDITOR, Roles.NATIONAL_COORDINATOR, Roles.DEFENCE_LIAISON})
    @Operation(summary = "Replace an organisation; If-Match required")
    public Response replace(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @NotNull(message = "an organisation is required") @Valid OrganisationInput input) {
        OrganisationView o = inventory.replaceOrganisation(id, Versions.fromIfMatch(ifMatch), input, caller);
        return Versions.ok(o, o.version());
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.REGION_EDITOR, Roles.NATIONAL_COORDINATOR, Roles.DEFENCE_LIAISON})
    @Operation(summary = "Retire an organisation that owns no unit in service; If-Match required")
    public Response retire(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        inventory.retireOrganisation(id, Versions.fromIfMatch(ifMatch), caller);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/history")
    @Produces(MediaType.APPLICATION_JSON)
    public List<AuditEntry> history(@PathParam("id") UUID id) {
        return inventory.organisationHistory(id, caller);
    }
}
