package se.samverkan.gis.region;

import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.ItemBoundable;
import org.locationtech.jts.index.strtree.ItemDistance;
import org.locationtech.jts.index.strtree.STRtree;
import se.samverkan.gis.GeoPoint;
import se.samverkan.gis.GridPoint;
import se.samverkan.gis.SwedishGrid;

/**
 * Point-in-region lookup over the region outlines. The outlines are projected once to SWEREF 99 TM, so that
 * containment and distances are in metres in the national grid (scale error under 0.1 % across Sweden);
 * an STR-tree finds the candidates, prepared geometries answer containment quickly. A point inside no
 * outline is answered with the nearest region, the distance and {@code inside = false}.
 *
 * <p>Immutable after construction and safe for concurrent use.
 */
public final class RegionLocator {

    private final SwedishGrid grid = new SwedishGrid();
    private final GeometryFactory planar = new GeometryFactory();
    private final STRtree index = new STRtree();

    private record Entry(RegionArea area, Geometry projected, PreparedGeometry prepared) {
    }

    public RegionLocator(List<RegionArea> areas) {
        if (areas.isEmpty()) {
            throw new IllegalArgumentException("a region locator needs at least one region");
        }
        Set<String> codes = new HashSet<>();
        for (RegionArea area : areas) {
            if (!codes.add(area.code())) {
                throw new IllegalArgumentException("region " + area.code() + " appears twice");
            }
            Geometry projected = grid.toGrid(area.outline());
            index.insert(projected.getEnvelopeInternal(),
                    new Entry(area, projected, PreparedGeometryFactory.prepare(projected)));
        }
        index.build();
    }

    /** Reads the outlines from GeoJSON with the shipped file's property names (see {@link RegionAreas}). */
    public static RegionLocator fromGeoJson(InputStream geoJson) {
        return new RegionLocator(RegionAreas.read(geoJson));
    }

    public RegionMatch locate(GeoPoint point) {
        Objects.requireNonNull(point, "point");
        GridPoint g = grid.toGrid(point);
        Point p = planar.createPoint(new Coordinate(g.easting(), g.northing()));
        for (Object candidate : index.query(p.getEnvelopeInternal())) {
            Entry entry = (Entry) candidate;
            if (entry.prepared().covers(p)) {
                return new RegionMatch(entry.area().code(), entry.area().name(), true, 0);
            }
        }
        Entry nearest = (Entry) index.nearestNeighbour(new Envelope(p.getCoordinate()), p, DISTANCE_TO_OUTLINE);
        return new RegionMatch(nearest.area().code(), nearest.area().name(), false, nearest.projected().distance(p));
    }

    /** Exact planar distance from the query point (the item given to nearestNeighbour) to an outline. */
    private static final ItemDistance DISTANCE_TO_OUTLINE = (ItemBoundable a, ItemBoundable b) -> {
        Geometry first = a.getItem() instanceof Entry e ? e.projected() : (Geometry) a.getItem();
        Geometry second = b.getItem() instanceof Entry e ? e.projected() : (Geometry) b.getItem();
        return first.distance(second);
    };
}
