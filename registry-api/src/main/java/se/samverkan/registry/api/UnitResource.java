package se.samverkan.registry.api;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samverkan.platform.audit.AuditEntry;
import se.samverkan.platform.http.Coordinates;
import se.samverkan.platform.http.QueryRange;
import se.samverkan.platform.http.Versions;
import se.samverkan.platform.problem.ProblemException;
import se.samverkan.platform.security.Caller;
import se.samverkan.platform.security.CallerProducer;
import se.samverkan.platform.security.Roles;
import se.samverkan.registry.Reachability;
import se.samverkan.registry.UnitCount;
import se.samverkan.registry.UnitFilter;
import se.samverkan.registry.UnitInput;
import se.samverkan.registry.UnitQueries;
import se.samverkan.registry.UnitReads;
import se.samverkan.registry.UnitRegistry;
import se.samverkan.registry.UnitSort;
import se.samverkan.registry.UnitView;
import se.samverkan.registry.exchange.ImportJobs;
import se.samverkan.registry.exchange.UnitExport;
import se.samverkan.registry.exchange.UnitImport;

/**
 * Transport units: the national inventory. Every signed-in role reads (sensitive units only when cleared);
 * region editors change their own region's units, the national cell and the defence liaison any.
 */
@Path("units")
@ApplicationScoped
@RolesAllowed({Roles.VIEWER, Roles.REGION_EDITOR, Roles.NATIONAL_COORDINATOR, Roles.EXERCISE_PLANNER,
    Roles.DEFENCE_LIAISON, Roles.HOSPITAL_REPORTER})
@Tag(name = "Units", description = "Transport units: ambulances, helicopters, aircraft, buses, taxis, military vehicles")
public class UnitResource {

    /*
     * Application-scoped with the caller looked up per call: creating a request-scoped resource made Jersey
     * analyse and inject it on every request, a fifth of a nearest-unit search in the profile
     * (docs/benchmarks.md, "Registry"). The most-called resource only; the others keep the simpler form.
     */
    @Inject
    CallerProducer callers;

    @Inject
    UnitRegistry registry;

    @Inject
    UnitReads reads;

    @Inject
    Reachability reachability;

    @Inject
    UnitImport importer;

    @Inject
    ImportJobs jobs;

    @Context
    UriInfo uri;

    private Caller caller() {
        return callers.current();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List units with filters, sorting and cursor paging",
            description = "Filters combine with AND; repeated parameters (region=23&region=22) with OR, except "
                    + "capability, where every tag is required. Follow `next` for the following page.")
    public Response list(
            @QueryParam("region") List<@Pattern(regexp = "[0-9]{2}", message = "must be a two-digit county code") String> regions,
            @QueryParam("kind") List<String> kinds,
            @QueryParam("capability") List<String> capabilities,
            @QueryParam("status") List<@Pattern(regexp = "AVAILABLE|ASSIGNED|IN_TRANSIT|AT_HOSPITAL|OUT_OF_SERVICE|RESERVE",
                    message = "must be AVAILABLE, ASSIGNED, IN_TRANSIT, AT_HOSPITAL, OUT_OF_SERVICE or RESERVE") String> statuses,
            @QueryParam("sector") List<@Pattern(regexp = "REGION|MUNICIPAL|PRIVATE|MILITARY|VOLUNTEER|STATE",
                    message = "must be REGION, MUNICIPAL, PRIVATE, MILITARY, VOLUNTEER or STATE") String> sectors,
            @Parameter(description = "true: only units available now at the readiness in force")
            @QueryParam("available") @Pattern(regexp = "true|false", message = "must be true or false") String available,
            @Parameter(description = "true: only units not confirmed within their region's interval")
            @QueryParam("stale") @Pattern(regexp = "true|false", message = "must be true or false") String stale,
            @QueryParam("includeRetired") @DefaultValue("false") boolean includeRetired,
            @Parameter(description = "callSign, kind, status, homeRegion or lastConfirmedAt; a leading - sorts descending")
            @QueryParam("sort") String sort,
            @QueryParam("limit") @DefaultValue("50") int limit,
            @QueryParam("cursor") String cursor) {
        QueryRange.require("limit", limit, 1, UnitQueries.MAX_PAGE);
        UnitSort.Order order = UnitSort.parse(sort);
        if (order == null) {
            throw ProblemException.invalid("sort", "must be one of " + UnitSort.choices() + ", optionally with a leading -");
        }
        UnitFilter filter = UnitFilter.of(regions, kinds, capabilities, statuses, sectors, bool(available), bool(stale),
                includeRetired);
        reads.checkVocabulary(filter);
        UnitQueries.Page page = reads.list(filter, order, cursor, limit, caller());
        Response.ResponseBuilder response = Response.ok(new UnitPage(page.items(), next(page.nextCursor())));
        if (page.nextCursor() != null) {
            response.link(next(page.nextCursor()), "next");
        }
        return response.build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REGION_EDITOR, Roles.NATIONAL_COORDINATOR, Roles.DEFENCE_LIAISON})
    @Operation(summary = "Add a unit to the inventory (own region for region editors)")
    public Response create(@NotNull(message = "a unit is required") @Valid UnitInput input) {
        UnitView created = registry.create(input, caller());
        return Response.created(uri.getBaseUriBuilder().path("units").path(created.id().toString()).build())
                .tag(Versions.tag(created.version())).entity(created).build();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One unit; sensitive units exist only for those cleared to see them")
    public Response get(@PathParam("id") UUID id) {
        UnitView unit = reads.one(id, caller());
        return Response.ok(unit).tag(Versions.tag(unit.version())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REGION_EDITOR, Roles.NATIONAL_COORDINATOR, Roles.DEFENCE_LIAISON})
    @Operation(summary = "Replace a unit's description; If-Match with the ETag you read is required (412 if stale)")
    public Response replace(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @NotNull(message = "a unit is required") @Valid UnitInput input) {
        UnitView unit = registry.replace(id, Versions.fromIfMatch(ifMatch), input, caller());
        return Response.ok(unit).tag(Versions.tag(unit.version())).build();
    }

    @PUT
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REGION_EDITOR, Roles.NATIONAL_COORDINATOR, Roles.DEFENCE_LIAISON})
    @Operation(summary = "Report a unit's status and position; If-Match required")
    public Response report(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull(message = "a status report is required") @Valid StatusReport report) {
        UnitView unit = registry.report(id, Versions.fromIfMatch(ifMatch), report.status(), report.position(), caller());
        return Response.ok(unit).tag(Versions.tag(unit.version())).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.REGION_EDITOR, Roles.NATIONAL_COORDINATOR, Roles.DEFENCE_LIAISON})
    @Operation(summary = "Retire a unit (soft delete: it keeps its history); If-Match required")
    public Response retire(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        registry.retire(id, Versions.fromIfMatch(ifMatch), caller());
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/history")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every change of a unit: who, when, before and after")
    public List<AuditEntry> history(@PathParam("id") UUID id) {
        return reads.history(id, caller());
    }

    // GET nearest: NearestUnitsServlet (decision 0007).

    @GET
    @Path("reachable")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Units available now that can reach a point within N minutes, by their own mode",
            description = "PostGIS keeps the units close enough for the fastest mode; the travel-time model "
                    + "(road, helicopter, fixed wing with airports, bus, taxi; urgent driving) gives each its minutes.")
    public Reachability.Answer reachable(@QueryParam("lat") Double lat, @QueryParam("lon") Double lon,
                                         @QueryParam("minutes") Double minutes,
                                         @QueryParam("capability") List<String> capabilities,
                                         @QueryParam("kind") List<String> kinds,
                                         @QueryParam("region") List<@Pattern(regexp = "[0-9]{2}", message = "must be a two-digit county code") String> regions) {
        Coordinates.require("lat", lat, "lon", lon);
        QueryRange.require("minutes", minutes, 1, 1440);
        UnitFilter filter = UnitFilter.of(regions, kinds, capabilities, null, null, true, null, false);
        reads.checkVocabulary(filter);
        return reachability.reachable(lat, lon, minutes, filter, caller());
    }

    @GET
    @Path("near")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Units within a radius (km) of a point, nearest first, with the list filters")
    public List<UnitView> near(@QueryParam("lat") Double lat, @QueryParam("lon") Double lon,
                               @QueryParam("radiusKm") Double radiusKm,
                               @QueryParam("kind") List<String> kinds, @QueryParam("capability") List<String> capabilities,
                               @QueryParam("status") List<String> statuses,
                               @QueryParam("available") @Pattern(regexp = "true|false", message = "must be true or false") String available,
                               @QueryParam("limit") @DefaultValue("200") int limit) {
        Coordinates.require("lat", lat, "lon", lon);
        QueryRange.require("radiusKm", radiusKm, 0.01, 2000);
        QueryRange.require("limit", limit, 1, UnitQueries.MAX_PAGE);
        UnitFilter filter = UnitFilter.of(null, kinds, capabilities, statuses, null, bool(available), null, false);
        reads.checkVocabulary(filter);
        return reads.withinRadius(lat, lon, radiusKm * 1000, filter, limit, caller());
    }

    @GET
    @Path("in-box")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Units inside a longitude/latitude box: bbox=minLon,minLat,maxLon,maxLat")
    public List<UnitView> inBox(@QueryParam("bbox") String bbox, @QueryParam("kind") List<String> kinds,
                                @QueryParam("capability") List<String> capabilities,
                                @QueryParam("available") @Pattern(regexp = "true|false", message = "must be true or false") String available,
                                @QueryParam("limit") @DefaultValue("1000") int limit) {
        double[] box = BoundingBox.parse("bbox", bbox);
        QueryRange.require("limit", limit, 1, UnitQueries.MAX_PAGE);
        UnitFilter filter = UnitFilter.of(null, kinds, capabilities, null, null, bool(available), null, false);
        reads.checkVocabulary(filter);
        return reads.inBox(box, filter, limit, caller());
    }

    @POST
    @Path("in-area")
    @Consumes({MediaType.APPLICATION_JSON, "application/geo+json"})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Units inside a GeoJSON Polygon or MultiPolygon (WGS 84), or a Feature holding one")
    public List<UnitView> inArea(String geoJson,
                                 @QueryParam("kind") List<String> kinds, @QueryParam("capability") List<String> capabilities,
                                 @QueryParam("available") @Pattern(regexp = "true|false", message = "must be true or false") String available,
                                 @QueryParam("limit") @DefaultValue("1000") int limit) {
        QueryRange.require("limit", limit, 1, UnitQueries.MAX_PAGE);
        String polygon = AreaGeometry.polygonGeoJson(geoJson);
        UnitFilter filter = UnitFilter.of(null, kinds, capabilities, null, null, bool(available), null, false);
        reads.checkVocabulary(filter);
        return reads.inArea(polygon, filter, limit, caller());
    }

    @GET
    @Path("counts")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Counts per region and kind (total, available now, sensitive, stale); sensitive units are counted for everyone")
    public List<UnitCount> counts(@QueryParam("region") List<@Pattern(regexp = "[0-9]{2}", message = "must be a two-digit county code") String> regions,
                                  @QueryParam("kind") List<String> kinds) {
        UnitFilter filter = UnitFilter.of(regions, kinds, null, null, null, null, null, false);
        reads.checkVocabulary(filter);
        return reads.counts(filter);
    }

    @POST
    @Path("import")
    @Consumes({"text/csv", "application/geo+json", MediaType.APPLICATION_JSON, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REGION_EDITOR, Roles.NATIONAL_COORDINATOR, Roles.DEFENCE_LIAISON})
    @Operation(summary = "Import units from CSV or GeoJSON: all rows or none",
            description = "Answers 202 at once with the job to follow (GET /api/imports/{id}): rows checked and "
                    + "applied while it runs, then SUCCEEDED, or FAILED with every problem as row, field, reason. "
                    + "A row whose call sign belongs to a unit in service updates it; other rows create units. "
                    + "dryRun=true checks everything and changes nothing.")
    public Response importUnits(@QueryParam("format") @DefaultValue("csv")
                                @Pattern(regexp = "csv|geojson", message = "must be csv or geojson") String format,
                                @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
                                java.io.InputStream body) {
        UnitImport.Format as = "csv".equals(format) ? UnitImport.Format.CSV : UnitImport.Format.GEOJSON;
        UUID job = importer.start(importer.receive(body, as), as, dryRun, caller());
        return Response.accepted(jobs.find(job).orElseThrow())
                .location(uri.getBaseUriBuilder().path("imports").path(job.toString()).build()).build();
    }

    @GET
    @Path("export")
    @Produces({"text/csv", "application/geo+json"})
    @Operation(summary = "Export units with the list filters, as CSV (the import format) or GeoJSON")
    public Response export(@QueryParam("format") @DefaultValue("csv")
                           @Pattern(regexp = "csv|geojson", message = "must be csv or geojson") String format,
                           @QueryParam("region") List<@Pattern(regexp = "[0-9]{2}", message = "must be a two-digit county code") String> regions,
                           @QueryParam("kind") List<String> kinds,
                           @QueryParam("capability") List<String> capabilities,
                           @QueryParam("status") List<String> statuses,
                           @QueryParam("sector") List<String> sectors,
                           @QueryParam("available") @Pattern(regexp = "true|false", message = "must be true or false") String available,
                           @QueryParam("stale") @Pattern(regexp = "true|false", message = "must be true or false") String stale) {
        UnitFilter filter = UnitFilter.of(regions, kinds, capabilities, statuses, sectors, bool(available), bool(stale), false);
        reads.checkVocabulary(filter);
        boolean csv = "csv".equals(format);
        Caller caller = caller();
        jakarta.ws.rs.core.StreamingOutput body = out -> UnitExport.write(out, csv, sink -> reads.export(filter, caller, sink));
        return Response.ok(body, csv ? "text/csv; charset=UTF-8" : "application/geo+json")
                .header("Content-Disposition", "attachment; filename=\"units." + (csv ? "csv" : "geojson") + "\"").build();
    }

    private URI next(String cursor) {
        return cursor == null ? null : uri.getRequestUriBuilder().replaceQueryParam("cursor", cursor).build();
    }

    private static Boolean bool(String value) {
        return value == null ? null : Boolean.valueOf(value);
    }

    /** A page of units and the address of the next page (absent on the last). */
    public record UnitPage(List<UnitView> items, URI next) {
    }

    /** What dispatch reports: the status and, when known, the position. */
    public static final class StatusReport {

        @NotNull(message = "is required")
        @Pattern(regexp = "AVAILABLE|ASSIGNED|IN_TRANSIT|AT_HOSPITAL|OUT_OF_SERVICE|RESERVE", message = "must be AVAILABLE, ASSIGNED, IN_TRANSIT, AT_HOSPITAL, OUT_OF_SERVICE or RESERVE")
        public final String status;

        @Valid
        public final se.samverkan.registry.Position position;

        // A class, not a record: Payara's OpenAPI generator fails on Bean Validation annotations that a
        // record copies onto its constructor parameters (/openapi answered 500).
        @JsonbCreator
        public StatusReport(@JsonbProperty("status") String status, @JsonbProperty("position") se.samverkan.registry.Position position) {
            this.status = status;
            this.position = position;
        }

        public String status() {
            return status;
        }

        public se.samverkan.registry.Position position() {
            return position;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof StatusReport other
                    && java.util.Objects.equals(status, other.status)
                    && java.util.Objects.equals(position, other.position);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(status, position);
        }

        @Override
        public String toString() {
            return "StatusReport[" + "status=" + status + ", " + "position=" + position + "]";
        }
    }
}
