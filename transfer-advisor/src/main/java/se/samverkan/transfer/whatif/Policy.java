package se.samverkan.transfer.whatif;

import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.BiFunction;
import se.samverkan.transfer.io.JsonFields;
import se.samverkan.transfer.model.InvalidTransferException;
import se.samverkan.transfer.model.PatientNeed;
import se.samverkan.transfer.model.Priority;
import se.samverkan.transfer.model.TransferMode;

/**
 * A transport policy: measures applied in order. Read from JSON:
 * <pre>{"measures": [{"name": "…", "when": {"priorities": ["PRIO_3"], "needs": ["LYING_BASIC"],
 *   "modesUsed": ["FIXED_WING"]}, "use": "ROAD_AMBULANCE", "maxTripHours": 6}]}</pre>
 * Every member is checked and a bad one named by its path ({@code measures[1].use}).
 */
public record Policy(List<Measure> measures) {

    public Policy {
        measures = List.copyOf(measures);
        if (measures.isEmpty()) {
            throw new InvalidTransferException("measures", "the policy has no measures");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < measures.size(); i++) {
            if (!names.add(measures.get(i).name())) {
                throw new InvalidTransferException("measures[" + i + "].name", "'" + measures.get(i).name() + "' is used twice");
            }
        }
    }

    public static Policy read(Reader json) {
        JsonFields policy = new JsonFields(JsonFields.parse(json, "policy"), "");
        policy.onlyKnown(Set.of("measures", "description"));
        if (!policy.has("measures") || policy.object().get("measures").getValueType() != JsonValue.ValueType.ARRAY) {
            throw new InvalidTransferException("measures", "must be an array of measures");
        }
        JsonArray array = policy.object().getJsonArray("measures");
        List<Measure> measures = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String path = "measures[" + i + "]";
            if (array.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidTransferException(path, "must be a JSON object");
            }
            JsonFields m = new JsonFields(array.getJsonObject(i), path);
            m.onlyKnown(Set.of("name", "when", "use", "maxTripHours", "description"));
            JsonFields when = m.has("when") ? m.child("when") : new JsonFields(jakarta.json.JsonValue.EMPTY_JSON_OBJECT, m.path("when"));
            when.onlyKnown(Set.of("priorities", "needs", "modesUsed"));
            OptionalDouble hours = m.optionalNumber("maxTripHours").map(OptionalDouble::of).orElse(OptionalDouble.empty());
            try {
                measures.add(new Measure(m.string("name"),
                        set(when, "priorities", Priority.class, Priority::parse),
                        set(when, "needs", PatientNeed.class, PatientNeed::parse),
                        set(when, "modesUsed", TransferMode.class, TransferMode::parse),
                        TransferMode.parse(m.path("use"), m.has("use") ? m.string("use") : null), hours));
            } catch (InvalidTransferException e) {
                if (e.field().startsWith("measures[")) {
                    throw e;
                }
                throw new InvalidTransferException(m.path(e.field()), e.reason());
            }
        }
        return new Policy(measures);
    }

    private static <E extends Enum<E>> Set<E> set(JsonFields when, String member, Class<E> type,
                                                 BiFunction<String, String, E> parse) {
        Set<E> result = EnumSet.noneOf(type);
        if (when.has(member)) {
            for (String value : when.strings(member)) {
                result.add(parse.apply(when.path(member), value));
            }
        }
        return result;
    }
}
