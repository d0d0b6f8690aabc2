package se.samverkan.hospitals.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.util.Optional;
import se.samverkan.gis.GeoPoint;
import se.samverkan.hospitals.HospitalProblems;
import se.samverkan.hospitals.model.FacilityDetails;
import se.samverkan.hospitals.model.HospitalCode;
import se.samverkan.hospitals.model.HospitalLevel;

/**
 * A receiving facility as JSON: {@code code} (on create), {@code name}, {@code location} as a GeoJSON Point
 * (longitude first), optional {@code level}, {@code helipad}, {@code nearestAirport}.
 */
final class FacilityRequest {

    private FacilityRequest() {
    }

    static HospitalCode code(JsonObject body) {
        JsonFields f = new JsonFields();
        Optional<String> code = f.text(body, "code", "code", true);
        if (code.isPresent() && !HospitalCode.isWellFormed(code.get())) {
            f.error("code", HospitalCode.FORM_DESCRIPTION);
        }
        if (!f.errors().isEmpty()) {
            throw HospitalProblems.invalid(f.errors());
        }
        return new HospitalCode(code.orElseThrow());
    }

    static FacilityDetails details(JsonObject body) {
        JsonFields f = new JsonFields();
        Optional<String> name = f.text(body, "name", "name", true);
        Optional<GeoPoint> location = f.object(body, "location", "location", true).flatMap(l -> point(f, l));
        Optional<HospitalLevel> level = body.containsKey("level") && !body.isNull("level")
                ? f.choice(body, "level", "level", HospitalLevel.class, Optional.empty())
                : Optional.empty();
        Optional<Boolean> helipad = f.bool(body, "helipad", "helipad", false);
        Optional<String> airport = f.text(body, "nearestAirport", "nearestAirport", false);
        if (airport.isPresent() && !airport.get().matches(FacilityDetails.ICAO_PATTERN)) {
            f.error("nearestAirport", "must be a four-letter ICAO code such as ESNZ");
        }
        if (name.isPresent() && (name.get().isBlank() || name.get().strip().length() > 200)) {
            f.error("name", "must hold 1 to 200 characters");
        }
        if (!f.errors().isEmpty()) {
            throw HospitalProblems.invalid(f.errors());
        }
        return new FacilityDetails(name.orElseThrow(), location.orElseThrow(), level.orElse(null),
                helipad.orElseThrow(), airport.orElse(null));
    }

    private static Optional<GeoPoint> point(JsonFields f, JsonObject geometry) {
        if (!"Point".equals(geometry.getString("type", null)) || !(geometry.get("coordinates") instanceof JsonArray c)
                || c.size() != 2 || !(c.get(0) instanceof JsonNumber lon) || !(c.get(1) instanceof JsonNumber lat)) {
            f.error("location", "must be a GeoJSON Point: {\"type\": \"Point\", \"coordinates\": [longitude, latitude]}");
            return Optional.empty();
        }
        Optional<GeoPoint> point = f.build("location", () -> new GeoPoint(lat.doubleValue(), lon.doubleValue()));
        if (point.isPresent() && !insideSweden(point.get())) {
            f.error("location", "must lie in Sweden (latitude 55.3–69.1, longitude 10.9–24.2); longitude comes first");
            return Optional.empty();
        }
        return point;
    }

    private static boolean insideSweden(GeoPoint p) {
        return p.latitude() >= 55.3 && p.latitude() <= 69.1 && p.longitude() >= 10.9 && p.longitude() <= 24.2;
    }
}
