package se.samverkan.planner.json;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.Reader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import se.samverkan.gis.GeoPoint;
import se.samverkan.gis.travel.TransportMode;
import se.samverkan.planner.BedCapacity;
import se.samverkan.planner.CareLevel;
import se.samverkan.planner.CareNeed;
import se.samverkan.planner.CasualtyGroup;
import se.samverkan.planner.Hospital;
import se.samverkan.planner.InvalidPlanningInputException;
import se.samverkan.planner.InvalidPlanningInputException.FieldError;
import se.samverkan.planner.PlanningProblem;
import se.samverkan.planner.Policy;
import se.samverkan.planner.TransportUnit;
import se.samverkan.planner.Triage;

/**
 * Reads a scenario (see {@code docs/planner-format.md}) into a {@link PlanningProblem}. Every error in the
 * file is collected with its field path before one {@link InvalidPlanningInputException} is thrown.
 */
public final class ScenarioJson {

    private final List<FieldError> errors = new ArrayList<>();

    private ScenarioJson() {
    }

    public static PlanningProblem read(Reader reader) {
        JsonObject root;
        try (var json = Json.createReader(reader)) {
            root = json.readObject();
        } catch (JsonParsingException e) {
            throw new InvalidPlanningInputException("", "not valid JSON: " + e.getMessage());
        } catch (JsonException | IllegalStateException e) {
            throw new InvalidPlanningInputException("", "not a JSON object: " + e.getMessage());
        }
        return new ScenarioJson().problem(root);
    }

    private PlanningProblem problem(JsonObject root) {
        Instant start = instant(root, "start", "start", null);
        Policy policy = root.containsKey("policy") ? policy(object(root, "policy", "policy")) : Policy.defaults();
        Instant defaultTime = start == null ? Instant.EPOCH : start;
        List<CasualtyGroup> groups = list(root, "casualtyGroups", (o, p) -> group(o, p, defaultTime));
        List<Hospital> hospitals = list(root, "hospitals", this::hospital);
        List<TransportUnit> units = list(root, "units", (o, p) -> unit(o, p, defaultTime));
        if (!errors.isEmpty()) {
            throw new InvalidPlanningInputException(errors);
        }
        return new PlanningProblem(start, groups, hospitals, units, policy);
    }

    private interface ElementReader<T> {
        T read(JsonObject o, String path);
    }

    private <T> List<T> list(JsonObject root, String name, ElementReader<T> reader) {
        List<T> out = new ArrayList<>();
        JsonValue value = root.get(name);
        if (value == null) {
            return out;
        }
        if (!(value instanceof JsonArray array)) {
            errors.add(new FieldError(name, "must be an array"));
            return out;
        }
        for (int i = 0; i < array.size(); i++) {
            String path = name + "[" + i + "]";
            if (!(array.get(i) instanceof JsonObject o)) {
                errors.add(new FieldError(path, "must be an object"));
                continue;
            }
            try {
                T element = reader.read(o, path);
                if (element != null) {
                    out.add(element);
                }
            } catch (InvalidPlanningInputException e) {
                errors.addAll(e.under(path).errors());
            }
        }
        return out;
    }

    private CasualtyGroup group(JsonObject o, String path, Instant defaultTime) {
        int before = errors.size();
        String id = string(o, "id", path);
        GeoPoint at = point(o, path);
        String region = string(o, "region", path);
        Integer count = integer(o, "count", path);
        Triage triage = constant(o, "triage", path, Triage::valueOf, Triage.values());
        CareNeed need = constant(o, "careNeed", path, CareNeed::valueOf, CareNeed.values());
        Boolean lying = bool(o, "lying", path);
        Instant ready = instant(o, "readyAt", path + ".readyAt", defaultTime);
        if (errors.size() > before) {
            return null;
        }
        return new CasualtyGroup(id, at, region, count, triage, need, lying, ready);
    }

    private Hospital hospital(JsonObject o, String path) {
        int before = errors.size();
        String id = string(o, "id", path);
        String name = o.containsKey("name") ? string(o, "name", path) : id;
        GeoPoint at = point(o, path);
        String region = string(o, "region", path);
        Map<CareNeed, BedCapacity> beds = new EnumMap<>(CareNeed.class);
        JsonObject bedsJson = object(o, "beds", path + ".beds");
        if (bedsJson != null) {
            for (String key : bedsJson.keySet()) {
                String bedPath = path + ".beds." + key;
                CareNeed need;
                try {
                    need = CareNeed.valueOf(key);
                } catch (IllegalArgumentException e) {
                    errors.add(new FieldError(bedPath, "not a care category; use one of " + List.of(CareNeed.values())));
                    continue;
                }
                if (!(bedsJson.get(key) instanceof JsonObject b)) {
                    errors.add(new FieldError(bedPath, "must be an object with available and surge"));
                    continue;
                }
                Integer available = integer(b, "available", bedPath);
                Integer surge = b.containsKey("surge") ? integer(b, "surge", bedPath) : Integer.valueOf(0);
                if (available != null && surge != null) {
                    try {
                        beds.put(need, new BedCapacity(available, surge));
                    } catch (InvalidPlanningInputException e) {
                        errors.addAll(e.under(bedPath).errors());
                    }
                }
            }
        }
        if (errors.size() > before) {
            return null;
        }
        return new Hospital(id, name, at, region, beds);
    }

    private TransportUnit unit(JsonObject o, String path, Instant defaultTime) {
        int before = errors.size();
        String id = string(o, "id", path);
        TransportMode mode = constant(o, "mode", path, TransportMode::valueOf, TransportMode.values());
        GeoPoint at = point(o, path);
        Integer lying = integer(o, "lyingPlaces", path);
        Integer seated = integer(o, "seatedPlaces", path);
        CareLevel level = constant(o, "careLevel", path, CareLevel::valueOf, CareLevel.values());
        Instant available = instant(o, "availableAt", path + ".availableAt", defaultTime);
        Double turnaround = o.containsKey("turnaroundMinutes") ? number(o, "turnaroundMinutes", path) : Double.valueOf(15);
        // Optional: without it the unit is nobody's own (the regional baselines send it only as mutual aid).
        String homeRegion = o.containsKey("homeRegion") && !o.isNull("homeRegion") ? string(o, "homeRegion", path) : null;
        if (errors.size() > before) {
            return null;
        }
        return new TransportUnit(id, mode, at, lying, seated, level, available, turnaround, homeRegion);
    }

    private Policy policy(JsonObject o) {
        if (o == null) {
            return Policy.defaults();
        }
        Policy d = Policy.defaults();
        int before = errors.size();
        Map<Triage, Double> weights = perTriage(o, "weights", d.weights(), this::asNumber);
        Map<Triage, Double> max = perTriage(o, "maxTransportMinutes", d.maxTransportMinutes(), this::asNumber);
        Map<Triage, CareLevel> levels = perTriage(o, "minimumCareLevel", d.minimumCareLevel(), v -> v instanceof JsonString s
                ? CareLevel.valueOf(s.getString()) : null);
        double region = o.containsKey("outsideRegionPenalty") ? orZero(number(o, "outsideRegionPenalty", "policy")) : d.outsideRegionPenalty();
        double national = o.containsKey("outsideHealthcareRegionPenalty")
                ? orZero(number(o, "outsideHealthcareRegionPenalty", "policy")) : d.outsideHealthcareRegionPenalty();
        double surgeAllowance = o.containsKey("surgeAllowance") ? orZero(number(o, "surgeAllowance", "policy")) : d.surgeAllowance();
        double surgePenalty = o.containsKey("surgePenalty") ? orZero(number(o, "surgePenalty", "policy")) : d.surgePenalty();
        double unserved = o.containsKey("unservedMinutes") ? orZero(number(o, "unservedMinutes", "policy")) : d.unservedMinutes();
        Boolean p1First = o.containsKey("p1First") ? bool(o, "p1First", "policy") : Boolean.valueOf(d.p1First());
        if (errors.size() > before) {
            return d;
        }
        try {
            return new Policy(weights, max, levels, region, national, surgeAllowance, surgePenalty, unserved, p1First);
        } catch (InvalidPlanningInputException e) {
            errors.addAll(e.under("policy").errors());
            return d;
        }
    }

    private static double orZero(Double d) {
        return d == null ? 0 : d;
    }

    private Double asNumber(JsonValue v) {
        return v instanceof JsonNumber n ? n.doubleValue() : null;
    }

    private <T> Map<Triage, T> perTriage(JsonObject o, String name, Map<Triage, T> defaults, Function<JsonValue, T> convert) {
        Map<Triage, T> out = new EnumMap<>(Triage.class);
        out.putAll(defaults);
        if (!o.containsKey(name)) {
            return out;
        }
        if (!(o.get(name) instanceof JsonObject values)) {
            errors.add(new FieldError("policy." + name, "must be an object with P1, P2, P3"));
            return out;
        }
        for (String key : values.keySet()) {
            Triage t;
            try {
                t = Triage.valueOf(key);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("policy." + name + "." + key, "not a triage; use P1, P2 or P3"));
                continue;
            }
            T value;
            try {
                value = convert.apply(values.get(key));
            } catch (IllegalArgumentException e) {
                value = null;
            }
            if (value == null) {
                errors.add(new FieldError("policy." + name + "." + key, "has the wrong type or value"));
            } else {
                out.put(t, value);
            }
        }
        return out;
    }

    // ---- fields -------------------------------------------------------------------------------------

    private JsonObject object(JsonObject o, String name, String path) {
        JsonValue v = o.get(name);
        if (v == null) {
            errors.add(new FieldError(path, "is required"));
            return null;
        }
        if (!(v instanceof JsonObject obj)) {
            errors.add(new FieldError(path, "must be an object"));
            return null;
        }
        return obj;
    }

    private String string(JsonObject o, String name, String path) {
        JsonValue v = o.get(name);
        if (v instanceof JsonString s) {
            return s.getString();
        }
        errors.add(new FieldError(path + "." + name, v == null ? "is required" : "must be a string"));
        return null;
    }

    private Double number(JsonObject o, String name, String path) {
        JsonValue v = o.get(name);
        if (v instanceof JsonNumber n) {
            return n.doubleValue();
        }
        errors.add(new FieldError(path + "." + name, v == null ? "is required" : "must be a number"));
        return null;
    }

    private Integer integer(JsonObject o, String name, String path) {
        JsonValue v = o.get(name);
        if (v instanceof JsonNumber n) {
            if (!n.isIntegral()) {
                errors.add(new FieldError(path + "." + name, "must be a whole number, was " + n));
                return null;
            }
            long value;
            try {
                value = n.longValueExact();
            } catch (ArithmeticException e) {
                value = Long.MAX_VALUE;
            }
            if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
                errors.add(new FieldError(path + "." + name, "is absurdly large: " + n + " (at most " + PlanningProblem.MAX_COUNT + ")"));
                return null;
            }
            return (int) value;
        }
        errors.add(new FieldError(path + "." + name, v == null ? "is required" : "must be a whole number"));
        return null;
    }

    private Boolean bool(JsonObject o, String name, String path) {
        JsonValue v = o.get(name);
        if (v == JsonValue.TRUE) {
            return true;
        }
        if (v == JsonValue.FALSE) {
            return false;
        }
        errors.add(new FieldError(path + "." + name, v == null ? "is required" : "must be true or false"));
        return null;
    }

    private <E extends Enum<E>> E constant(JsonObject o, String name, String path, Function<String, E> valueOf, E[] values) {
        String s = string(o, name, path);
        if (s == null) {
            return null;
        }
        try {
            return valueOf.apply(s);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(path + "." + name, "is " + s + "; use one of " + List.of(values)));
            return null;
        }
    }

    private GeoPoint point(JsonObject o, String path) {
        Double lat = number(o, "latitude", path);
        Double lon = number(o, "longitude", path);
        if (lat == null || lon == null) {
            return null;
        }
        try {
            return new GeoPoint(lat, lon);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(path + ".latitude", e.getMessage()));
            return null;
        }
    }

    private Instant instant(JsonObject o, String name, String path, Instant defaultValue) {
        JsonValue v = o.get(name);
        if (v == null && defaultValue != null) {
            return defaultValue;
        }
        if (v instanceof JsonString s) {
            try {
                return Instant.parse(s.getString());
            } catch (DateTimeParseException e) {
                errors.add(new FieldError(path, "must be an ISO-8601 instant such as 2026-11-25T14:00:00Z, was " + s.getString()));
                return null;
            }
        }
        errors.add(new FieldError(path, v == null ? "is required" : "must be an ISO-8601 instant string"));
        return null;
    }
}
