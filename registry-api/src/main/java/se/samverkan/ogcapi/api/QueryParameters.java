package se.samverkan.ogcapi.api;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.locationtech.jts.geom.Envelope;
import se.samverkan.ogcapi.OgcCrs;
import se.samverkan.ogcapi.TimeInterval;
import se.samverkan.platform.problem.Problem;
import se.samverkan.platform.problem.ProblemException;
import se.samverkan.platform.problem.ProblemTypes;

/**
 * Reads and checks the OGC API query parameters. Every wrong value is a 400 problem detail naming the
 * parameter, as the specification asks; so is a parameter the API does not define (requirement
 * /req/core/query-param-unknown), which catches misspellings such as {@code bboxcrs}.
 */
final class QueryParameters {

    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 10_000;

    static final Set<String> ITEMS = Set.of("bbox", "bbox-crs", "limit", "offset", "crs", "datetime", "f");
    static final Set<String> ITEM = Set.of("crs", "f");
    static final Set<String> METADATA = Set.of("f");

    private final MultivaluedMap<String, String> query;

    QueryParameters(MultivaluedMap<String, String> query, Set<String> allowed) {
        this.query = query;
        Set<String> unknown = new TreeSet<>(query.keySet());
        unknown.removeAll(allowed);
        if (!unknown.isEmpty()) {
            String name = unknown.iterator().next();
            throw invalid(name, "is not a parameter of this resource; known: " + String.join(", ", new TreeSet<>(allowed)));
        }
        for (String name : query.keySet()) {
            if (query.get(name).size() > 1) {
                throw invalid(name, "is given more than once");
            }
        }
        format();
    }

    private Optional<String> value(String name) {
        String value = query.getFirst(name);
        return value == null ? Optional.empty() : Optional.of(value);
    }

    /** {@code f} selects the encoding; JSON (GeoJSON for features) is the only one. */
    private void format() {
        value("f").filter(f -> !Set.of("json", "geojson", "application/json", "application/geo+json").contains(f))
                .ifPresent(f -> {
                    throw invalid("f", "only json is offered (GeoJSON for features), not '" + f + "'");
                });
    }

    OgcCrs crs() {
        return crsOf("crs");
    }

    private OgcCrs crsOf(String name) {
        return value(name).map(v -> OgcCrs.byUri(v).orElseThrow(() -> invalid(name,
                "'" + v + "' is not a CRS this service offers; offered: " + String.join(", ", OgcCrs.uris()))))
                .orElse(OgcCrs.CRS84);
    }

    Optional<Envelope> bbox() {
        OgcCrs bboxCrs = crsOf("bbox-crs");
        if (value("bbox").isEmpty()) {
            if (value("bbox-crs").isPresent()) {
                throw invalid("bbox-crs", "is only meaningful together with bbox");
            }
            return Optional.empty();
        }
        String[] parts = value("bbox").get().split(",", -1);
        double[] values = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                values[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw invalid("bbox", "must be four comma-separated numbers, '" + parts[i] + "' is not a number");
            }
        }
        try {
            return Optional.of(bboxCrs.toWgs84Envelope(values));
        } catch (IllegalArgumentException e) {
            throw invalid("bbox", e.getMessage());
        }
    }

    int limit() {
        int limit = integer("limit", DEFAULT_LIMIT);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw invalid("limit", "must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        return limit;
    }

    int offset() {
        int offset = integer("offset", 0);
        if (offset < 0) {
            throw invalid("offset", "must be 0 or more, was " + offset);
        }
        return offset;
    }

    Optional<TimeInterval> datetime() {
        try {
            return value("datetime").map(TimeInterval::parse);
        } catch (IllegalArgumentException e) {
            throw invalid("datetime", e.getMessage());
        }
    }

    private int integer(String name, int fallback) {
        Optional<String> value = value(name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.get().strip());
        } catch (NumberFormatException e) {
            throw invalid(name, "must be a whole number, was '" + value.get() + "'");
        }
    }

    static ProblemException invalid(String parameter, String reason) {
        return new ProblemException(new Problem(ProblemTypes.INVALID_INPUT, "Invalid input", 400,
                "Query parameter " + parameter + ": " + reason + ".", null,
                List.of(new Problem.FieldError(parameter, reason))));
    }
}
