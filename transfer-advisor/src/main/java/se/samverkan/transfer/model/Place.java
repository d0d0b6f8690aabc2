package se.samverkan.transfer.model;

import java.util.Locale;
import java.util.Optional;
import se.samverkan.gis.GeoPoint;

/**
 * Where a transfer starts or ends: a hospital by its code, or a point (WGS 84). Written as text either as
 * the hospital code or as {@code latitude,longitude}.
 */
public record Place(String hospitalCode, GeoPoint point) {

    public Place {
        if ((hospitalCode == null) == (point == null)) {
            throw new IllegalArgumentException("a place is either a hospital code or a point");
        }
        if (hospitalCode != null) {
            hospitalCode = hospitalCode.trim().toUpperCase(Locale.ROOT);
            if (hospitalCode.isEmpty()) {
                throw new IllegalArgumentException("a hospital code must not be blank");
            }
        }
    }

    public static Place hospital(String code) {
        return new Place(code, null);
    }

    public static Place at(GeoPoint point) {
        return new Place(null, point);
    }

    /** Reads a hospital code or {@code lat,lon}; {@code field} names the input in the error. */
    public static Place parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidTransferException(field, "is missing; give a hospital code or latitude,longitude");
        }
        String t = text.trim();
        if (t.matches("-?\\d+(\\.\\d+)?\\s*,\\s*-?\\d+(\\.\\d+)?")) {
            String[] parts = t.split(",");
            try {
                return at(new GeoPoint(Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim())));
            } catch (IllegalArgumentException e) {
                throw new InvalidTransferException(field, e.getMessage());
            }
        }
        if (!t.matches("[A-Za-z0-9_.-]+")) {
            throw new InvalidTransferException(field,
                    "'" + t + "' is neither a hospital code (letters, digits, - _ .) nor latitude,longitude");
        }
        return hospital(t);
    }

    public Optional<String> hospital() {
        return Optional.ofNullable(hospitalCode);
    }

    @Override
    public String toString() {
        return hospitalCode != null ? hospitalCode
                : String.format(Locale.ROOT, "%.5f,%.5f", point.latitude(), point.longitude());
    }
}
