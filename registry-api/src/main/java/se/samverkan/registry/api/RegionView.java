package se.samverkan.registry.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import se.samverkan.gis.GeoJsonGeometry;
import se.samverkan.registry.model.HealthcareRegion;
import se.samverkan.registry.model.Region;

/**
 * A region as the API shows it, with its seat and boundary as GeoJSON geometries (WGS 84, lon/lat).
 * As everywhere in the API, a property without a value is left out: {@code secondHealthcareRegion}
 * appears only for Halland.
 */
@JsonbPropertyOrder({"code", "name", "countyName", "shortName", "healthcareRegion", "secondHealthcareRegion",
        "seatName", "seat", "boundary"})
public record RegionView(String code, String name, String countyName, String shortName,
                         HealthcareRegionView healthcareRegion,
                         HealthcareRegionView secondHealthcareRegion,
                         String seatName, GeoJsonGeometry seat, GeoJsonGeometry boundary) {

    public static RegionView of(Region region) {
        return new RegionView(region.code().value(), region.name(), region.countyName(), region.shortName(),
                HealthcareRegionView.of(region.healthcareRegion()),
                region.secondHealthcareRegion().map(HealthcareRegionView::of).orElse(null),
                region.seatName(), GeoJsonGeometry.of(region.seat()), GeoJsonGeometry.of(region.boundary()));
    }

    public record HealthcareRegionView(String code, String name) {
        static HealthcareRegionView of(HealthcareRegion h) {
            return new HealthcareRegionView(h.code(), h.name());
        }
    }
}
