package se.samverkan.ogcapi.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import se.samverkan.gis.GeoJsonGeometry;
import se.samverkan.ogcapi.CollectionMetadata;
import se.samverkan.ogcapi.FeatureCollections;
import se.samverkan.ogcapi.FeaturePage;
import se.samverkan.ogcapi.FeatureQuery;
import se.samverkan.ogcapi.FeatureSource;
import se.samverkan.ogcapi.OgcCrs;
import se.samverkan.ogcapi.SourceFeature;
import se.samverkan.platform.problem.ProblemException;
import se.samverkan.platform.problem.ProblemTypes;
import se.samverkan.platform.security.Caller;

/**
 * OGC API – Features at {@code /ogcapi} (forwarded here by {@link OgcApiPath}). Public like {@code /api/regions}:
 * each collection's source applies its own visibility rules to the caller, so a collection of sensitive
 * records shows each caller only what the REST API would. Links always point at {@code /ogcapi}. It describes
 * itself at {@code /ogcapi/api}; the application's {@code /openapi} leaves this class out of its scan
 * (microprofile-config.properties).
 */
@Path("ogcapi")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class OgcApiResource {

    static final String GEO_JSON = "application/geo+json";
    private static final String TRS = "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian";

    @Inject
    FeatureCollections collections;

    @Context
    UriInfo uri;

    /** Who asks (anonymous without a token); handed to the sources, which decide what each caller sees. */
    @Inject
    Caller caller;

    @GET
    public LandingPage landingPage() {
        new QueryParameters(uri.getQueryParameters(), QueryParameters.METADATA);
        return new LandingPage("Samverkan OGC API – Features",
                "Sweden's national registry of resources for patient transport, as layers for GIS clients "
                        + "(QGIS, GDAL). Coordinates in CRS84 unless the crs parameter asks for EPSG:4326 or EPSG:3006.",
                List.of(new Link(href(""), "self", MediaType.APPLICATION_JSON, "This document"),
                        new Link(href("api"), "service-desc", OpenApiDocument.MEDIA_TYPE, "The API definition (OpenAPI 3.0)"),
                        new Link(href("conformance"), "conformance", MediaType.APPLICATION_JSON, "Conformance classes"),
                        new Link(href("collections"), "data", MediaType.APPLICATION_JSON, "The feature collections")));
    }

    @GET
    @Path("conformance")
    public ConformanceDeclaration conformance() {
        new QueryParameters(uri.getQueryParameters(), QueryParameters.METADATA);
        return new ConformanceDeclaration(ConformanceDeclaration.CLASSES);
    }

    @GET
    @Path("api")
    @Produces({OpenApiDocument.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    public Response api() {
        new QueryParameters(uri.getQueryParameters(), QueryParameters.METADATA);
        List<String> ids = collections.all().stream().map(s -> s.metadata().id()).toList();
        return Response.ok(OpenApiDocument.of(href(""), ids), OpenApiDocument.MEDIA_TYPE).build();
    }

    @GET
    @Path("collections")
    public CollectionsView collections() {
        new QueryParameters(uri.getQueryParameters(), QueryParameters.METADATA);
        return new CollectionsView(List.of(new Link(href("collections"), "self", MediaType.APPLICATION_JSON, "The collections")),
                collections.all().stream().map(s -> describe(s.metadata())).toList(), OgcCrs.uris());
    }

    @GET
    @Path("collections/{collectionId}")
    public CollectionView collection(@PathParam("collectionId") String id) {
        new QueryParameters(uri.getQueryParameters(), QueryParameters.METADATA);
        return describe(source(id).metadata());
    }

    @GET
    @Path("collections/{collectionId}/items")
    @Produces({GEO_JSON, MediaType.APPLICATION_JSON})
    public Response items(@PathParam("collectionId") String id) {
        FeatureSource source = source(id);
        QueryParameters parameters = new QueryParameters(uri.getQueryParameters(), QueryParameters.ITEMS);
        OgcCrs crs = parameters.crs();
        int limit = parameters.limit();
        int offset = parameters.offset();
        FeatureQuery query = new FeatureQuery(parameters.bbox(), parameters.datetime(), offset, limit, caller);
        FeaturePage page = source.features(query);

        List<Link> links = new ArrayList<>();
        links.add(new Link(pageHref(id, offset, limit), "self", GEO_JSON, "This page"));
        if (offset + page.features().size() < page.numberMatched()) {
            links.add(new Link(pageHref(id, offset + limit, limit), "next", GEO_JSON, "Next page"));
        }
        if (offset > 0) {
            links.add(new Link(pageHref(id, Math.max(0, offset - limit), limit), "prev", GEO_JSON, "Previous page"));
        }
        links.add(new Link(href("collections/" + id), "collection", MediaType.APPLICATION_JSON, "The collection"));
        List<FeatureView> features = page.features().stream().map(f -> view(id, f, crs, false)).toList();
        return geoJson(new FeatureCollectionView(features, links, page.numberMatched(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()), crs);
    }

    @GET
    @Path("collections/{collectionId}/items/{featureId}")
    @Produces({GEO_JSON, MediaType.APPLICATION_JSON})
    public Response item(@PathParam("collectionId") String id, @PathParam("featureId") String featureId) {
        FeatureSource source = source(id);
        OgcCrs crs = new QueryParameters(uri.getQueryParameters(), QueryParameters.ITEM).crs();
        SourceFeature feature = source.feature(featureId, caller).orElseThrow(() -> ProblemException.notFound(
                ProblemTypes.NOT_FOUND, "Unknown feature", "Collection " + id + " has no feature " + featureId + "."));
        return geoJson(view(id, feature, crs, true), crs);
    }

    private FeatureSource source(String id) {
        return collections.find(id).orElseThrow(() -> ProblemException.notFound(ProblemTypes.NOT_FOUND, "Unknown collection",
                "There is no collection " + id + "; the collections are: "
                        + collections.all().stream().map(s -> s.metadata().id()).collect(Collectors.joining(", ")) + "."));
    }

    private CollectionView describe(CollectionMetadata m) {
        CollectionView.Temporal temporal = m.temporalExtent().map(t -> new CollectionView.Temporal(
                List.of(Arrays.asList(t.start().map(Instant::toString).orElse(null), t.end().map(Instant::toString).orElse(null))),
                TRS)).orElse(null);
        CollectionView.Extent extent = new CollectionView.Extent(
                new CollectionView.Spatial(List.of(OgcCrs.CRS84.bbox(m.extent())), OgcCrs.CRS84.uri()), temporal);
        return new CollectionView(m.id(), m.title(), m.description(), "feature", extent, OgcCrs.uris(), OgcCrs.CRS84.uri(),
                List.of(new Link(href("collections/" + m.id()), "self", MediaType.APPLICATION_JSON, m.title()),
                        new Link(href("collections/" + m.id() + "/items"), "items", GEO_JSON, m.title() + " as GeoJSON")));
    }

    private FeatureView view(String collection, SourceFeature f, OgcCrs crs, boolean single) {
        GeoJsonGeometry geometry = f.geometry() == null ? null : GeoJsonGeometry.of(crs.fromWgs84(f.geometry()));
        String self = href("collections/" + collection + "/items/" + f.id());
        List<Link> links = single
                ? List.of(new Link(self, "self", GEO_JSON, "This feature"),
                        new Link(href("collections/" + collection), "collection", MediaType.APPLICATION_JSON, "The collection"))
                : List.of(new Link(self, "self", GEO_JSON, null));
        return new FeatureView(f.id(), geometry, f.properties(), links);
    }

    private static Response geoJson(Object body, OgcCrs crs) {
        return Response.ok(body, GEO_JSON).header("Content-Crs", "<" + crs.uri() + ">").build();
    }

    /** The public base is always {context}/ogcapi/, whether the request came through the forward or not. */
    private String href(String path) {
        URI base = uri.getBaseUri().resolve("../ogcapi/");
        return path.isEmpty() ? base.toString().replaceFirst("/$", "") : base.resolve(path).toString();
    }

    /** This request's parameters with another offset and limit: the address of a neighbouring page. */
    private String pageHref(String collection, int offset, int limit) {
        UriBuilder page = UriBuilder.fromUri(href("collections/" + collection + "/items"));
        // Values were validated before any link is made: none contains a URI template brace.
        uri.getQueryParameters().forEach((name, values) -> {
            if (!name.equals("offset") && !name.equals("limit")) {
                values.forEach(v -> page.queryParam(name, v));
            }
        });
        page.queryParam("limit", limit);
        if (offset > 0) {
            page.queryParam("offset", offset);
        }
        return page.build().toString();
    }
}
