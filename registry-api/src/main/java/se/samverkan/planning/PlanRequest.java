package se.samverkan.planning;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import se.samverkan.planner.CareLevel;
import se.samverkan.planner.InvalidPlanningInputException;
import se.samverkan.planner.Policy;
import se.samverkan.planner.Triage;

/**
 * What {@code POST /api/plans} asks for:
 * <pre>
 * {"incidentIds": ["…"],            // default: every open incident
 *  "policy": {"weights": {"P1": 12}, "surgeAllowance": 0.25, …},   // overrides of the planner's defaults
 *  "timeLimitSeconds": 5,            // the optimiser's improvement time (default: from the problem size)
 *  "useStaleCapacity": true}         // default true; false leaves hospitals with stale capacity out
 * </pre>
 * Form errors (a string where a number belongs, an unknown field) answer 400 naming each field; a policy
 * that is well-formed but contradictory (P1 weighing less than P3) answers 422 with the planner's reasons.
 */
public record PlanRequest(List<UUID> incidentIds, Policy policy, Optional<Duration> timeLimit, boolean useStaleCapacity) {

    /** Longest improvement time a request may ask for. */
    public static final double MAX_TIME_LIMIT_SECONDS = 300;

    private static final String[] FIELDS = {"incidentIds", "policy", "timeLimitSeconds", "useStaleCapacity"};
    private static final String[] POLICY_FIELDS = {"weights", "maxTransportMinutes", "minimumCareLevel",
        "outsideRegionPenalty", "outsideHealthcareRegionPenalty", "surgeAllowance", "surgePenalty", "unservedMinutes",
        "p1First"};

    public PlanRequest {
        incidentIds = List.copyOf(incidentIds);
    }

    static PlanRequest parse(JsonObject body) {
        JsonInput in = new JsonInput();
        in.onlyKnown(body, "", FIELDS);
        List<UUID> ids = new ArrayList<>();
        in.array(body, "incidentIds", "incidentIds", false, 100).ifPresent(a -> {
            for (int i = 0; i < a.size(); i++) {
                String field = "incidentIds[" + i + "]";
                if (a.get(i) instanceof JsonString s) {
                    in.uuid(s.getString(), field).ifPresent(id -> {
                        if (ids.contains(id)) {
                            in.error(field, "names the same incident twice");
                        } else {
                            ids.add(id);
                        }
                    });
                } else {
                    in.error(field, "must be an incident id (a string)");
                }
            }
        });
        Optional<Double> seconds = in.number(body, "timeLimitSeconds", "timeLimitSeconds", false, 0.1, MAX_TIME_LIMIT_SECONDS);
        boolean useStale = in.bool(body, "useStaleCapacity", "useStaleCapacity", false).orElse(true);
        Optional<JsonObject> policyJson = in.object(body, "policy", "policy", false);
        Policy policy = policyJson.map(p -> policy(p, in)).orElse(Policy.defaults());
        in.throwIfInvalid();
        return new PlanRequest(ids, policy, seconds.map(s -> Duration.ofMillis(Math.round(s * 1000))), useStale);
    }

    /** Overrides of {@link Policy#defaults()}; 400 for form errors (collected), 422 when the result contradicts itself. */
    static Policy policy(JsonObject o, JsonInput in) {
        Policy d = Policy.defaults();
        int before = in.errors().size();
        in.onlyKnown(o, "policy", POLICY_FIELDS);
        Map<Triage, Double> weights = perTriageNumber(o, "weights", d.weights(), in);
        Map<Triage, Double> max = perTriageNumber(o, "maxTransportMinutes", d.maxTransportMinutes(), in);
        Map<Triage, CareLevel> care = new EnumMap<>(d.minimumCareLevel());
        in.object(o, "minimumCareLevel", "policy.minimumCareLevel", false).ifPresent(levels -> {
            in.onlyKnown(levels, "policy.minimumCareLevel", "P1", "P2", "P3");
            for (Triage t : Triage.values()) {
                in.constant(levels, t.name(), "policy.minimumCareLevel." + t, false, CareLevel.class).ifPresent(l -> care.put(t, l));
            }
        });
        double region = in.number(o, "outsideRegionPenalty", "policy.outsideRegionPenalty", false, 0, 1e6)
                .orElse(d.outsideRegionPenalty());
        double national = in.number(o, "outsideHealthcareRegionPenalty", "policy.outsideHealthcareRegionPenalty", false, 0, 1e6)
                .orElse(d.outsideHealthcareRegionPenalty());
        double surgeAllowance = in.number(o, "surgeAllowance", "policy.surgeAllowance", false, 0, 1).orElse(d.surgeAllowance());
        double surgePenalty = in.number(o, "surgePenalty", "policy.surgePenalty", false, 0, 1e6).orElse(d.surgePenalty());
        double unserved = in.number(o, "unservedMinutes", "policy.unservedMinutes", false, 1, 1e6).orElse(d.unservedMinutes());
        boolean p1First = in.bool(o, "p1First", "policy.p1First", false).orElse(d.p1First());
        if (in.errors().size() > before) {
            return d;
        }
        try {
            return new Policy(weights, max, care, region, national, surgeAllowance, surgePenalty, unserved, p1First);
        } catch (InvalidPlanningInputException e) {
            throw PlanningProblems.unplannable(e, "policy");
        }
    }

    private static Map<Triage, Double> perTriageNumber(JsonObject o, String name, Map<Triage, Double> defaults, JsonInput in) {
        Map<Triage, Double> out = new EnumMap<>(defaults);
        in.object(o, name, "policy." + name, false).ifPresent(values -> {
            in.onlyKnown(values, "policy." + name, "P1", "P2", "P3");
            for (Triage t : Triage.values()) {
                in.number(values, t.name(), "policy." + name + "." + t, false, 0, 1e6).ifPresent(v -> out.put(t, v));
            }
        });
        return out;
    }

    /** The request as stored with the plan and shown back. */
    JsonObject toJson() {
        var b = jakarta.json.Json.createObjectBuilder();
        var ids = jakarta.json.Json.createArrayBuilder();
        incidentIds.forEach(id -> ids.add(id.toString()));
        b.add("incidentIds", ids).add("policy", PlanCodec.policy(policy)).add("useStaleCapacity", useStaleCapacity);
        timeLimit.ifPresent(t -> b.add("timeLimitSeconds", t.toMillis() / 1000.0));
        return b.build();
    }

    static List<String> strings(JsonArray a) {
        return a.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
