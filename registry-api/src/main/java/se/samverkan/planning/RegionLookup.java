package se.samverkan.planning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import se.samverkan.gis.GeoPoint;
import se.samverkan.gis.region.RegionArea;
import se.samverkan.gis.region.RegionLocator;
import se.samverkan.gis.region.RegionMatch;
import se.samverkan.registry.RegionCatalog;
import se.samverkan.registry.model.Region;

/**
 * Which region a place lies in: gis's {@link RegionLocator} over the outlines in the database (so an
 * imported, more detailed outline counts at once, give or take {@link #REFRESH}). A place outside every
 * outline (a small island, a smoothed coast) gets the nearest region.
 */
@ApplicationScoped
public class RegionLookup {

    /** Outlines change only by migration or {@code ./samverkan regions-import}; re-read them this often. */
    static final Duration REFRESH = Duration.ofMinutes(10);

    @Inject
    RegionCatalog regions;

    private volatile Loaded loaded;

    private record Loaded(RegionLocator locator, Instant at) {
    }

    public RegionMatch locate(GeoPoint point) {
        Loaded l = loaded;
        if (l == null || l.at().plus(REFRESH).isBefore(Instant.now())) {
            l = new Loaded(load(), Instant.now());
            loaded = l;
        }
        return l.locator().locate(point);
    }

    private RegionLocator load() {
        List<RegionArea> areas = new ArrayList<>();
        for (Region r : regions.all()) {
            Geometry boundary = r.boundary();
            if (boundary == null || boundary.isEmpty()) {
                continue;
            }
            MultiPolygon outline;
            if (boundary instanceof MultiPolygon m) {
                outline = m;
            } else if (boundary instanceof Polygon p) {
                outline = new GeometryFactory(p.getPrecisionModel(), 4326).createMultiPolygon(new Polygon[] {p});
            } else {
                continue;
            }
            areas.add(new RegionArea(r.code().value(), r.name(), outline));
        }
        return new RegionLocator(areas);
    }
}
