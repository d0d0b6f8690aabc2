package se.samverkan.registry.api;

import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samverkan.gis.GeoJsonGeometry;
import se.samverkan.platform.problem.Problem;
import se.samverkan.platform.problem.ProblemException;
import se.samverkan.platform.problem.ProblemTypes;
import se.samverkan.registry.RegionCatalog;
import se.samverkan.registry.model.Region;
import se.samverkan.registry.model.RegionCode;

/**
 * The 21 regions with their seats and boundaries. Public reference data: region outlines are published
 * facts, so anyone may read them.
 */
@Path("regions")
@RequestScoped
@PermitAll
@Tag(name = "Regions", description = "The 21 Swedish regions (län), their healthcare regions, seats and boundaries")
public class RegionResource {

    /** Reference data changes only with a release; clients may keep it for an hour and revalidate. */
    private static final int MAX_AGE_SECONDS = 3600;

    @Inject
    RegionCatalog catalog;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "All regions, ordered by county code")
    public Response list(@Context Request request) {
        List<Region> regions = catalog.all();
        return cacheable(request, versionTag(regions), regions.stream().map(RegionView::of).toList());
    }

    @GET
    @Produces(GeoJsonFeatureCollection.MEDIA_TYPE)
    @Operation(summary = "All regions as a GeoJSON FeatureCollection",
            description = "One feature per region; its geometry is the boundary, or the seat with geometry=seat.")
    public Response listAsGeoJson(
            @Context Request request,
            @Parameter(description = "which geometry the features carry: boundary (default) or seat")
            @QueryParam("geometry") @DefaultValue("boundary")
            @Pattern(regexp = "boundary|seat", message = "must be boundary or seat") String geometry) {
        List<Region> regions = catalog.all();
        boolean seats = "seat".equals(geometry);
        List<GeoJsonFeatureCollection.Feature> features = regions.stream()
                .map(r -> new GeoJsonFeatureCollection.Feature(r.code().value(),
                        GeoJsonGeometry.of(seats ? r.seat() : r.boundary()), properties(r)))
                .toList();
        return cacheable(request, new EntityTag(versionTag(regions).getValue() + "-" + geometry),
                new GeoJsonFeatureCollection(features));
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
                        @Parameter(description = "official county code, 01 (Stockholm) to 25 (Norrbotten)", example = "23")
                        @PathParam("code") @Pattern(regexp = "[0-9]{2}", message = RegionCode.FORM_DESCRIPTION)
                        String code) {
        Region region = catalog.find(new RegionCode(code)).orElseThrow(() -> ProblemException.notFound(
                ProblemTypes.NOT_FOUND, "Unknown region",
                "There is no region with county code " + code + ". Codes run from 01 (Stockholm) to 25 (Norrbotten)."));
        return cacheable(request, new EntityTag(code + "-" + region.version()), RegionView.of(region));
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

    private static Response cacheable(Request request, EntityTag tag, Object body) {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(MAX_AGE_SECONDS);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.cacheControl(cache).tag(tag).build();
        }
        return Response.ok(body).tag(tag).cacheControl(cache).build();
    }
}
