package se.samverkan.registry.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samverkan.gis.GeoJsonGeometry;
import se.samverkan.platform.problem.Problem;
import se.samverkan.platform.problem.ProblemException;
import se.samverkan.platform.problem.ProblemTypes;
import se.samverkan.platform.security.Roles;
import se.samverkan.registry.RegionCatalog;
import se.samverkan.registry.model.Region;
import se.samverkan.registry.model.RegionCode;

/**
 * The 21 regions with their seats and boundaries. Region outlines are published facts, yet like every
 * data endpoint of the registry they are read by signed-in users only (viewer, which every role
 * includes): the rule "nothing under /api but the UI settings answers without a token" then has no
 * exception to remember, and the registry's reference data is never the odd one out.
 */
@Path("regions")
@RequestScoped
@RolesAllowed(Roles.VIEWER)
@SecurityRequirement(name = "keycloak")
@Tag(name = "Regions", description = "The 21 Swedish regions (län), their healthcare regions, seats and boundaries")
public class RegionResource {

    /** Reference data changes only with a release; clients may keep it for an hour and revalidate. */
    private static final int MAX_AGE_SECONDS = 3600;

    private static final MediaType GEO_JSON = MediaType.valueOf(GeoJsonFeatureCollection.MEDIA_TYPE);

    @Inject
    RegionCatalog catalog;

    /** The same regions as JSON objects or, for GIS clients, as a GeoJSON FeatureCollection. */
    @GET
    @Produces({MediaType.APPLICATION_JSON, GeoJsonFeatureCollection.MEDIA_TYPE})
    @Operation(summary = "All regions, ordered by county code",
            description = "application/json: an array of regions with seat and boundary geometries. "
                    + "application/geo+json: a FeatureCollection with one feature per region, whose geometry "
                    + "is the boundary, or the seat with geometry=seat.")
    @APIResponse(responseCode = "200", description = "The 21 regions", content = {
        @Content(mediaType = MediaType.APPLICATION_JSON,
                schema = @Schema(type = SchemaType.ARRAY, implementation = RegionView.class)),
        @Content(mediaType = GeoJsonFeatureCollection.MEDIA_TYPE,
                schema = @Schema(implementation = GeoJsonFeatureCollection.class))})
    @APIResponse(responseCode = "400", description = "An unknown geometry was asked for",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(
            @Context Request request,
            @Context HttpHeaders headers,
            @Parameter(description = "with application/geo+json: which geometry the features carry, "
                    + "boundary (default) or seat")
            @QueryParam("geometry") @DefaultValue("boundary")
            @Pattern(regexp = "boundary|seat", message = "must be boundary or seat") String geometry) {
        List<Region> regions = catalog.all();
        if (!wantsGeoJson(headers)) {
            return cacheable(request, versionTag(regions), regions.stream().map(RegionView::of).toList(),
                    MediaType.APPLICATION_JSON_TYPE);
        }
        boolean seats = "seat".equals(geometry);
        List<GeoJsonFeatureCollection.Feature> features = regions.stream()
                .map(r -> new GeoJsonFeatureCollection.Feature(r.code().value(),
                        GeoJsonGeometry.of(seats ? r.seat() : r.boundary()), properties(r)))
                .toList();
        return cacheable(request, new EntityTag(versionTag(regions).getValue() + "-" + geometry),
                new GeoJsonFeatureCollection(features), GEO_JSON);
    }

    /** GeoJSON only when the client names it before plain JSON; browsers, curl and wildcards get JSON. */
    private static boolean wantsGeoJson(HttpHeaders headers) {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isWildcardType() || accepted.isWildcardSubtype()) {
                continue;
            }
            if (accepted.isCompatible(GEO_JSON)) {
                return true;
            }
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }

    @GET
    @Path("{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One region by its two-digit county code")
    @APIResponse(responseCode = "200", description = "The region")
    @APIResponse(responseCode = "400", description = "The code is not two digits",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No region has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@Context Request request,
                        @Parameter(description = "official county code, 01 (Stockholm) to 25 (Norrbotten)", example = "23",
                                required = true)
                        @PathParam("code") @Pattern(regexp = RegionCode.PATTERN, message = RegionCode.FORM_DESCRIPTION)
                        String code) {
        Region region = catalog.find(new RegionCode(code)).orElseThrow(() -> ProblemException.notFound(
                ProblemTypes.NOT_FOUND, "Unknown region",
                "There is no region with county code " + code + ". Codes run from 01 (Stockholm) to 25 (Norrbotten)."));
        return cacheable(request, new EntityTag(code + "-" + region.version()), RegionView.of(region),
                MediaType.APPLICATION_JSON_TYPE);
    }

    private static Map<String, Object> properties(Region r) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("code", r.code().value());
        p.put("name", r.name());
        p.put("countyName", r.countyName());
        p.put("healthcareRegion", r.healthcareRegion().code());
        r.secondHealthcareRegion().ifPresent(h -> p.put("secondHealthcareRegion", h.code()));
        p.put("seatName", r.seatName());
        return p;
    }

    private static EntityTag versionTag(List<Region> regions) {
        long sum = regions.stream().mapToLong(Region::version).sum();
        return new EntityTag(regions.size() + "-" + sum);
    }

    private static Response cacheable(Request request, EntityTag tag, Object body, MediaType type) {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(MAX_AGE_SECONDS);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder response = notModified != null ? notModified : Response.ok(body, type);
        // Vary on 200 and 304 alike: the same address answers JSON or GeoJSON depending on Accept.
        return response.tag(tag).cacheControl(cache).header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }
}
