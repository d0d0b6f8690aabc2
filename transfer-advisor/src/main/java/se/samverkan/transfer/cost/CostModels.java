package se.samverkan.transfer.cost;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.samverkan.transfer.io.JsonFields;
import se.samverkan.transfer.model.InvalidTransferException;
import se.samverkan.transfer.model.PatientNeed;
import se.samverkan.transfer.model.Priority;
import se.samverkan.transfer.model.TransferMode;

/**
 * Reads cost models. The defaults ({@code cost-model-defaults.json}, figures of a northern region, each with
 * its source) are complete; a region's file {@code cost-model-<county code>.json} and any file that says
 * {@code "extends": "defaults"} only name what differs, member by member. A complete model must give every
 * parameter of every mode it lists; a mode it does not list is not available in that region. Negative,
 * missing or misspelt parameters are refused naming the parameter ({@code modes.TAXI.costPerKmSek}).
 */
public final class CostModels {

    static final String RESOURCE_DIR = "/se/samverkan/transfer/cost/";
    static final String DEFAULTS = "cost-model-defaults.json";

    private static final Set<String> MODEL_MEMBERS = Set.of("region", "description", "extends", "currency", "modes");
    private static final Set<String> MODE_MEMBERS = Set.of("available", "fixedAnnualSek", "chargePerTransportSek",
            "costPerKmSek", "countReturnLeg", "staff", "staffHourSek", "waitingMinutes", "dispatchMinutes",
            "departures", "needs", "priorities", "source");

    private CostModels() {
    }

    /** The built-in defaults. */
    public static CostModel defaults() {
        return parse(defaultsJson());
    }

    /** The defaults with the region's own file applied when this build has one. */
    public static CostModel forRegion(String countyCode) {
        if (countyCode == null || !countyCode.matches("\\d{2}")) {
            throw new InvalidTransferException("region", "must be a two-digit county code, was '" + countyCode + "'");
        }
        JsonObject override = resource("cost-model-" + countyCode + ".json");
        if (override == null) {
            JsonObject defaults = defaultsJson();
            return parse(Json.createObjectBuilder(defaults).add("region", countyCode)
                    .add("description", defaults.getString("description") + " (no figures of region " + countyCode
                            + " configured; defaults used)").build());
        }
        return parse(merge(defaultsJson(), override));
    }

    /** A cost model from a file: complete, or applied onto the defaults when it says {@code "extends": "defaults"}. */
    public static CostModel read(Reader json) {
        JsonObject object = JsonFields.parse(json, "costModel");
        JsonFields fields = new JsonFields(object, "");
        if (fields.has("extends")) {
            String base = fields.string("extends");
            if (!base.equals("defaults")) {
                throw new InvalidTransferException("extends", "only \"defaults\" can be extended, was '" + base + "'");
            }
            return parse(merge(defaultsJson(), object));
        }
        return parse(object);
    }

    static CostModel parse(JsonObject object) {
        JsonFields model = new JsonFields(object, "");
        model.onlyKnown(MODEL_MEMBERS);
        JsonFields modes = model.child("modes");
        Map<TransferMode, ModeCost> result = new EnumMap<>(TransferMode.class);
        for (String name : object.getJsonObject("modes").keySet()) {
            TransferMode mode = TransferMode.parse(modes.path(name), name);
            result.put(mode, mode(modes.child(name)));
        }
        return new CostModel(model.optionalString("region").orElse("default"),
                model.optionalString("description").orElse(""), result);
    }

    private static ModeCost mode(JsonFields m) {
        m.onlyKnown(MODE_MEMBERS);
        try {
            boolean available = !m.has("available") || m.bool("available");
            List<LocalTime> departures = new ArrayList<>();
            List<String> times = m.has("departures") ? m.strings("departures") : List.of();
            for (int i = 0; i < times.size(); i++) {
                try {
                    departures.add(LocalTime.parse(times.get(i)));
                } catch (DateTimeParseException e) {
                    throw new InvalidTransferException(m.path("departures") + "[" + i + "]",
                            "must be a time of day such as 07:30, was '" + times.get(i) + "'");
                }
            }
            Set<PatientNeed> needs = EnumSet.noneOf(PatientNeed.class);
            for (String need : m.strings("needs")) {
                needs.add(PatientNeed.parse(m.path("needs"), need));
            }
            Set<Priority> priorities = EnumSet.noneOf(Priority.class);
            for (String priority : m.strings("priorities")) {
                priorities.add(Priority.parse(m.path("priorities"), priority));
            }
            return new ModeCost(available, m.number("fixedAnnualSek"), m.number("chargePerTransportSek"),
                    m.number("costPerKmSek"), m.bool("countReturnLeg"), m.wholeNumber("staff"),
                    m.number("staffHourSek"), m.number("waitingMinutes"), m.number("dispatchMinutes"),
                    departures, needs, priorities);
        } catch (InvalidTransferException e) {
            // The record's own checks name the parameter only; put the mode's path in front.
            if (e.field().contains(".")) {
                throw e;
            }
            throw new InvalidTransferException(m.path(e.field()), e.reason());
        }
    }

    /** Applies an override onto a base model, member by member inside each mode. */
    static JsonObject merge(JsonObject base, JsonObject override) {
        JsonObjectBuilder result = Json.createObjectBuilder(base);
        for (Map.Entry<String, JsonValue> member : override.entrySet()) {
            if (member.getKey().equals("extends")) {
                continue;
            }
            if (member.getKey().equals("modes") && member.getValue().getValueType() == JsonValue.ValueType.OBJECT) {
                JsonObjectBuilder modes = Json.createObjectBuilder(base.getJsonObject("modes"));
                for (Map.Entry<String, JsonValue> mode : member.getValue().asJsonObject().entrySet()) {
                    JsonObject baseMode = base.getJsonObject("modes").getJsonObject(mode.getKey());
                    if (baseMode != null && mode.getValue().getValueType() == JsonValue.ValueType.OBJECT) {
                        JsonObjectBuilder merged = Json.createObjectBuilder(baseMode);
                        mode.getValue().asJsonObject().forEach(merged::add);
                        modes.add(mode.getKey(), merged);
                    } else {
                        modes.add(mode.getKey(), mode.getValue());
                    }
                }
                result.add("modes", modes);
            } else {
                result.add(member.getKey(), member.getValue());
            }
        }
        return result.build();
    }

    private static JsonObject defaultsJson() {
        JsonObject defaults = resource(DEFAULTS);
        if (defaults == null) {
            throw new IllegalStateException(RESOURCE_DIR + DEFAULTS + " is missing from the build");
        }
        return defaults;
    }

    private static JsonObject resource(String name) {
        InputStream in = CostModels.class.getResourceAsStream(RESOURCE_DIR + name);
        if (in == null) {
            return null;
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return JsonFields.parse(reader, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
