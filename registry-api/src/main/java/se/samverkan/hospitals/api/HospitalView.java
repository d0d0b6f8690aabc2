package se.samverkan.hospitals.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import se.samverkan.gis.GeoJsonGeometry;
import se.samverkan.hospitals.HospitalStatus;
import se.samverkan.hospitals.model.Hospital;
import se.samverkan.hospitals.model.HospitalLevel;

/**
 * A hospital or receiving facility with its current capacity ({@code capacity} is left out when it never
 * reported) and {@code stale}: true when the capacity is older than the configured age or missing.
 */
@JsonbPropertyOrder({"code", "name", "region", "location", "level", "helipad", "nearestAirport", "reference",
        "version", "stale", "capacity"})
public record HospitalView(String code, String name, String region, GeoJsonGeometry location, String level,
                           boolean helipad, String nearestAirport, boolean reference, long version, boolean stale,
                           CapacityView capacity) {

    static HospitalView of(HospitalStatus s) {
        Hospital h = s.hospital();
        return new HospitalView(h.code().value(), h.name(), h.regionCode(), GeoJsonGeometry.of(h.location()),
                h.level().map(HospitalLevel::name).orElse(null), h.helipad(), h.nearestAirport().orElse(null),
                h.isReference(), h.version(), s.stale(), s.capacity().map(c -> CapacityView.of(c, s.stale())).orElse(null));
    }
}
