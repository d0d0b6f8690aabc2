package se.samverkan.hospitals.api;

import se.samverkan.platform.http.QueryRange;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
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
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samverkan.gis.GeoPoint;
import se.samverkan.gis.travel.TransportMode;
import se.samverkan.gis.travel.Urgency;
import se.samverkan.hospitals.CapacityPolicy;
import se.samverkan.hospitals.CapacityReporting;
import se.samverkan.hospitals.HaveExchange;
import se.samverkan.hospitals.HospitalDirectory;
import se.samverkan.hospitals.HospitalProblems;
import se.samverkan.hospitals.have.HaveCodec;
import se.samverkan.hospitals.model.CareCategory;
import se.samverkan.hospitals.model.Hospital;
import se.samverkan.hospitals.model.HospitalCode;
import se.samverkan.platform.problem.Problem;
import se.samverkan.platform.problem.ProblemException;
import se.samverkan.platform.problem.ProblemTypes;
import se.samverkan.platform.security.Caller;
import se.samverkan.platform.security.Roles;
import se.samverkan.registry.model.RegionCode;

/**
 * Hospitals and receiving facilities with their current capacity, summaries, the reachability search and
 * EDXL-HAVE exchange. Capacity is live, so nothing here may be cached without revalidation.
 */
@Path("hospitals")
@RequestScoped
@RolesAllowed({Roles.VIEWER, Roles.REGION_EDITOR,
    Roles.NATIONAL_COORDINATOR, Roles.EXERCISE_PLANNER,
    Roles.DEFENCE_LIAISON, Roles.HOSPITAL_REPORTER})
@Tag(name = "Hospitals", description = "Emergency hospitals, receiving facilities and their live capacity")
public class HospitalResource {

    static final String CARE_CATEGORIES = "MAJOR_TRAUMA|BURNS|ICU_ADULT|ICU_PAEDIATRIC|ICU_NEONATAL|PAEDIATRIC"
            + "|NEUROSURGERY|GENERAL_WARD|PSYCHIATRIC";
    static final String CATEGORY_MESSAGE = "must be a care category: MAJOR_TRAUMA, BURNS, ICU_ADULT, ICU_PAEDIATRIC, "
            + "ICU_NEONATAL, PAEDIATRIC, NEUROSURGERY, GENERAL_WARD or PSYCHIATRIC";

    @Inject
    HospitalDirectory directory;

    @Inject
    CapacityReporting reporting;

    @Inject
    CapacityPolicy policy;

    @Inject
    HaveExchange have;

    @Inject
    Caller caller;

    @Context
    UriInfo uri;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Hospitals with their current capacity, ordered by code",
            description = "Filters combine: region (county code), category (available beds of it now), "
                    + "stale (true: capacity older than the configured age or never reported).")
    public Response list(
            @QueryParam("region") @Pattern(regexp = RegionCode.PATTERN, message = RegionCode.FORM_DESCRIPTION) String region,
            @QueryParam("category") @Pattern(regexp = CARE_CATEGORIES, message = CATEGORY_MESSAGE) String category,
            @QueryParam("stale") @Pattern(regexp = "true|false", message = "must be true or false") String stale) {
        List<HospitalView> hospitals = directory.list(Optional.ofNullable(region),
                        Optional.ofNullable(category).map(CareCategory::valueOf), Optional.ofNullable(stale).map(Boolean::valueOf))
                .stream().map(HospitalView::of).toList();
        return live(Response.ok(hospitals, MediaType.APPLICATION_JSON_TYPE));
    }

    @GET
    @Path("{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One hospital or receiving facility with its current capacity; ETag for If-Match")
    public Response get(@PathParam("code") @Pattern(regexp = HospitalCode.PATTERN, message = HospitalCode.FORM_DESCRIPTION)
                        String code) {
        var status = directory.find(new HospitalCode(code));
        return live(Response.ok(HospitalView.of(status), MediaType.APPLICATION_JSON_TYPE)
                .tag(tag(status.hospital().version())));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a receiving facility (national cell, or region editor of the code's region)")
    public Response add(@NotNull(message = "a JSON body is required") JsonObject body) {
        HospitalCode code = FacilityRequest.code(body);
        Hospital added = directory.addFacility(code, FacilityRequest.details(body), caller);
        return live(Response.created(uri.getBaseUriBuilder().path("hospitals").path(code.value()).build())
                .entity(HospitalView.of(directory.find(added.code()))).type(MediaType.APPLICATION_JSON_TYPE)
                .tag(tag(added.version())));
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a receiving facility; If-Match with the ETag you read is required")
    public Response change(@PathParam("code") @Pattern(regexp = HospitalCode.PATTERN, message = HospitalCode.FORM_DESCRIPTION)
                           String code,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull(message = "a JSON body is required") JsonObject body) {
        long version = expectedVersion(ifMatch);
        Hospital changed = directory.changeFacility(new HospitalCode(code), FacilityRequest.details(body), version,
                caller);
        return live(Response.ok(HospitalView.of(directory.find(changed.code())), MediaType.APPLICATION_JSON_TYPE)
                .tag(tag(changed.version())));
    }

    @DELETE
    @Path("{code}")
    @Operation(summary = "Remove a receiving facility (kept for history); If-Match required")
    public Response remove(@PathParam("code") @Pattern(regexp = HospitalCode.PATTERN, message = HospitalCode.FORM_DESCRIPTION)
                           String code,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        directory.removeFacility(new HospitalCode(code), expectedVersion(ifMatch), caller);
        return Response.noContent().build();
    }

    @GET
    @Path("summary")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "National capacity by care category, with stale and unreported counts, and per region")
    public Response nationalSummary() {
        return live(Response.ok(SummaryView.national(reporting.summaryByRegion(Optional.empty()),
                policy.staleAfter().toMinutes()), MediaType.APPLICATION_JSON_TYPE));
    }

    @GET
    @Path("summary/{region}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One region's capacity by care category, with stale and unreported counts")
    public Response regionSummary(@PathParam("region") @Pattern(regexp = RegionCode.PATTERN,
            message = RegionCode.FORM_DESCRIPTION) String region) {
        var byRegion = reporting.summaryByRegion(Optional.of(region));
        if (byRegion.isEmpty()) {
            throw ProblemException.notFound(ProblemTypes.NOT_FOUND,
                    "Unknown region", "No hospitals are registered in region " + region + ".");
        }
        return live(Response.ok(SummaryView.region(byRegion.get(region), policy.staleAfter().toMinutes()),
                MediaType.APPLICATION_JSON_TYPE));
    }

    @GET
    @Path("reachable")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Hospitals with available beds of a category within N minutes of a point, fastest first")
    public Response reachable(
            @Parameter(description = "latitude, WGS 84, in Sweden (55–69.5)") @QueryParam("lat") Double lat,
            @Parameter(description = "longitude, WGS 84, in Sweden (10.5–24.5)") @QueryParam("lon") Double lon,
            @QueryParam("category") String category,
            @Parameter(description = "1 to 1440") @QueryParam("minutes") Double minutes,
            @QueryParam("mode") @DefaultValue("ROAD_AMBULANCE")
            @Pattern(regexp = "ROAD_AMBULANCE|HELICOPTER|FIXED_WING|AMBULANCE_BUS|TAXI",
                    message = "must be ROAD_AMBULANCE, HELICOPTER, FIXED_WING, AMBULANCE_BUS or TAXI") String mode,
            @QueryParam("urgency") @DefaultValue("URGENT")
            @Pattern(regexp = "URGENT|NON_URGENT", message = "must be URGENT or NON_URGENT") String urgency) {
        // Checked in code, all at once: Payara's OpenAPI generator fails on @DecimalMin/@DecimalMax parameters.
        java.util.List<se.samverkan.platform.problem.Problem.FieldError> errors = new java.util.ArrayList<>();
        QueryRange.check("lat", lat, 55.0, 69.5).ifPresent(errors::add);
        QueryRange.check("lon", lon, 10.5, 24.5).ifPresent(errors::add);
        QueryRange.check("minutes", minutes, 1, 1440).ifPresent(errors::add);
        if (category == null || !category.matches(CARE_CATEGORIES)) {
            errors.add(new se.samverkan.platform.problem.Problem.FieldError("category",
                    category == null ? "is required" : CATEGORY_MESSAGE));
        }
        if (!errors.isEmpty()) {
            throw se.samverkan.platform.problem.ProblemException.invalid(errors);
        }
        List<ReachableView> found = directory.reachable(new GeoPoint(lat, lon), CareCategory.valueOf(category), minutes,
                TransportMode.valueOf(mode), Urgency.valueOf(urgency)).stream().map(ReachableView::of).toList();
        return live(Response.ok(found, MediaType.APPLICATION_JSON_TYPE));
    }

    @GET
    @Path("{code}/have")
    @Produces(MediaType.APPLICATION_XML)
    @Operation(summary = "The hospital's current capacity as an EDXL-HAVE 1.0 HospitalStatus document")
    public Response exportHave(@PathParam("code") @Pattern(regexp = HospitalCode.PATTERN,
            message = HospitalCode.FORM_DESCRIPTION) String code) {
        return live(Response.ok(have.export(new HospitalCode(code)), MediaType.APPLICATION_XML_TYPE));
    }

    @POST
    @Path("have")
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import an EDXL-HAVE 1.0 HospitalStatus document: one capacity report per Hospital",
            description = "Validated against the shipped schema; DTDs and entities are refused. All or nothing.")
    public Response importHave(InputStream body) throws IOException {
        // Read at most one byte beyond the limit, so a huge body is refused without being held in memory.
        byte[] document = body.readNBytes(HaveCodec.MAX_BYTES + 1);
        List<CapacityView> stored = have.importDocument(document, caller)
                .stream().map(r -> CapacityView.of(r, r.isStale(policy.now(), policy.staleAfter()))).toList();
        return Response.ok(stored, MediaType.APPLICATION_JSON_TYPE).build();
    }

    static EntityTag tag(long version) {
        return new EntityTag("v" + version);
    }

    /** The version an If-Match header names; 428 without one, 412 when it is not one of ours. */
    static long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(new Problem("/problems/precondition-required",
                    "If-Match required", 428, "Send the ETag you read in If-Match, so a concurrent change is not lost.",
                    null, List.of(new Problem.FieldError("If-Match", "is required"))));
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        if (!value.matches("v[0-9]{1,18}")) {
            throw new ProblemException(new Problem(HospitalProblems.STALE_VERSION,
                    "Changed by someone else", 412, "If-Match " + ifMatch + " is not a current ETag of this record.",
                    null, null));
        }
        return Long.parseLong(value.substring(1));
    }

    static Response live(Response.ResponseBuilder response) {
        CacheControl cache = new CacheControl();
        cache.setNoCache(true);
        return response.cacheControl(cache).build();
    }
}
