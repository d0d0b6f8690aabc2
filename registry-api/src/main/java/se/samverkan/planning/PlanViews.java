package se.samverkan.planning;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.samverkan.planner.PlanningProblem;
import se.samverkan.planner.explain.AssignmentExplanation;
import se.samverkan.planner.explain.HospitalAlternative;
import se.samverkan.planner.explain.UnitAlternative;
import se.samverkan.planner.json.PlanJson;
import se.samverkan.planner.plan.Plan;
import se.samverkan.planner.plan.Trip;

/**
 * The plan as a coordinator reads it: the planner's documented plan format (docs/planner-format.md:
 * objective, bound and gap, figures per triage, hospital loads, trips, unserved patients with reasons,
 * baselines) with every id resolved — hospitals by name, units by call sign and kind, casualty groups by
 * incident, triage, care need and posture — and an explanation per assignment.
 */
final class PlanViews {

    private PlanViews() {
    }

    static JsonObject build(PlanningProblem problem, Plan plan, PlanContext context, List<AssignmentExplanation> explanations,
                            List<String> violations) {
        JsonObject base = PlanJson.toJson(problem, plan, violations);
        Map<String, PlanContext.UnitRef> units = context.unitsById();
        Map<String, PlanContext.HospitalRef> hospitals = context.hospitalsByCode();
        Map<String, PlanContext.GroupRef> groups = context.groupsById();

        JsonArrayBuilder assignments = Json.createArrayBuilder();
        List<JsonObject> raw = base.getJsonArray("assignments").getValuesAs(JsonObject.class);
        List<Plan.Assignment> rows = plan.assignments();
        List<Boolean> fixed = new ArrayList<>();
        for (Trip t : plan.trips()) {
            t.patients().forEach(s -> fixed.add(t.fixed()));
        }
        for (int i = 0; i < raw.size(); i++) {
            JsonObject a = raw.get(i);
            Plan.Assignment row = rows.get(i);
            JsonObjectBuilder o = Json.createObjectBuilder();
            group(o, groups.get(row.groupId()), row.groupId());
            o.add("count", row.count())
                    .add("hospital", hospital(hospitals, row.hospitalId()))
                    .add("unit", unit(units, row.unitId()))
                    .add("trip", row.tripNumber())
                    .add("pickup", a.get("pickup")).add("arrival", a.get("arrival"))
                    .add("pickupMinutes", a.get("pickupMinutes")).add("arrivalMinutes", a.get("arrivalMinutes"))
                    .add("fixed", fixed.get(i));
            if (i < explanations.size()) {
                o.add("explanation", explanation(explanations.get(i), units, hospitals));
            }
            assignments.add(o);
        }

        JsonArrayBuilder unserved = Json.createArrayBuilder();
        for (JsonObject u : base.getJsonArray("unserved").getValuesAs(JsonObject.class)) {
            JsonObjectBuilder o = Json.createObjectBuilder();
            group(o, groups.get(u.getString("groupId")), u.getString("groupId"));
            unserved.add(o.add("count", u.get("count")).add("reason", u.get("reason")));
        }

        JsonObject figures = base.getJsonObject("figures");
        JsonArrayBuilder loads = Json.createArrayBuilder();
        for (JsonObject l : figures.getJsonArray("hospitalLoads").getValuesAs(JsonObject.class)) {
            PlanContext.HospitalRef h = hospitals.get(l.getString("hospitalId"));
            JsonObjectBuilder o = Json.createObjectBuilder(l);
            if (h != null) {
                o.add("name", h.name()).add("stale", h.stale());
            }
            loads.add(o);
        }
        JsonObject enrichedFigures = Json.createObjectBuilder(figures).add("hospitalLoads", loads).build();

        JsonArrayBuilder trips = Json.createArrayBuilder();
        for (JsonObject t : base.getJsonArray("trips").getValuesAs(JsonObject.class)) {
            PlanContext.UnitRef u = units.get(t.getString("unitId"));
            JsonObjectBuilder o = Json.createObjectBuilder(t);
            if (u != null) {
                o.add("callSign", u.callSign());
            }
            PlanContext.HospitalRef h = hospitals.get(t.getString("hospitalId"));
            if (h != null) {
                o.add("hospitalName", h.name());
            }
            trips.add(o);
        }

        Set<String> used = new LinkedHashSet<>();
        plan.trips().forEach(t -> used.add(t.unitId()));
        JsonArrayBuilder usedUnits = Json.createArrayBuilder();
        for (String id : used) {
            PlanContext.UnitRef u = units.get(id);
            if (u != null) {
                usedUnits.add(Json.createObjectBuilder().add("id", u.id()).add("callSign", u.callSign())
                        .add("kind", u.kind()).add("mode", u.mode()).add("homeRegion", u.homeRegion())
                        .add("careLevel", u.careLevel()).add("versionWhenPlanned", u.version()));
            }
        }
        JsonArrayBuilder hospitalList = Json.createArrayBuilder();
        for (PlanContext.HospitalRef h : context.hospitals()) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("code", h.code()).add("name", h.name())
                    .add("region", h.region()).add("stale", h.stale());
            if (h.reportedAt() != null) {
                o.add("reportedAt", h.reportedAt());
            }
            hospitalList.add(o);
        }

        JsonObjectBuilder out = Json.createObjectBuilder(base)
                .add("validation", Json.createObjectBuilder().add("valid", violations.isEmpty())
                        .add("violations", Json.createArrayBuilder(violations)))
                .add("figures", enrichedFigures)
                .add("assignments", assignments)
                .add("trips", trips)
                .add("unserved", unserved)
                .add("units", usedUnits)
                .add("hospitals", hospitalList);
        if (plan.bound() == null) {
            out.addNull("gap");
        } else {
            out.add("gap", Double.isFinite(plan.gap()) ? Math.round(plan.gap() * 10_000) / 10_000.0 : 0);
        }
        return out.build();
    }

    private static void group(JsonObjectBuilder o, PlanContext.GroupRef g, String groupId) {
        o.add("groupId", groupId);
        if (g == null) {
            return;
        }
        if (g.incidentId() != null) {
            o.add("incidentId", g.incidentId());
        }
        if (g.incidentName() != null) {
            o.add("incidentName", g.incidentName());
        }
        o.add("triage", g.triage()).add("careNeed", g.careNeed()).add("lying", g.lying());
    }

    private static JsonObject hospital(Map<String, PlanContext.HospitalRef> hospitals, String code) {
        PlanContext.HospitalRef h = hospitals.get(code);
        JsonObjectBuilder o = Json.createObjectBuilder().add("code", code);
        if (h != null) {
            o.add("name", h.name()).add("region", h.region()).add("stale", h.stale());
        }
        return o.build();
    }

    private static JsonObject unit(Map<String, PlanContext.UnitRef> units, String id) {
        PlanContext.UnitRef u = units.get(id);
        JsonObjectBuilder o = Json.createObjectBuilder().add("id", id);
        if (u != null) {
            o.add("callSign", u.callSign()).add("kind", u.kind()).add("mode", u.mode());
        }
        return o.build();
    }

    private static JsonObject explanation(AssignmentExplanation e, Map<String, PlanContext.UnitRef> units,
                                          Map<String, PlanContext.HospitalRef> hospitals) {
        JsonArrayBuilder hs = Json.createArrayBuilder();
        for (HospitalAlternative h : e.hospitals()) {
            PlanContext.HospitalRef ref = hospitals.get(h.hospitalId());
            JsonObjectBuilder o = Json.createObjectBuilder().add("code", h.hospitalId())
                    .add("name", ref == null ? h.hospitalId() : ref.name()).add("chosen", h.chosen());
            number(o, "rideMinutes", h.rideMinutes());
            number(o, "arrivalMinutes", h.arrivalMinutes());
            number(o, "costPerPatient", h.costPerPatient());
            o.add("bedsLeft", h.bedsLeft()).add("why", h.whyNot());
            hs.add(o);
        }
        JsonArrayBuilder us = Json.createArrayBuilder();
        for (UnitAlternative u : e.units()) {
            PlanContext.UnitRef ref = units.get(u.unitId());
            JsonObjectBuilder o = Json.createObjectBuilder().add("id", u.unitId());
            if (ref != null) {
                o.add("callSign", ref.callSign()).add("kind", ref.kind());
            }
            o.add("mode", u.mode().name()).add("chosen", u.chosen()).add("atSourceMinutes", u.atSourceMinutes());
            number(o, "arrivalMinutes", u.arrivalMinutes());
            o.add("why", u.whyNot());
            us.add(o);
        }
        return Json.createObjectBuilder().add("summary", e.summary()).add("hospitalsConsidered", e.hospitalsConsidered())
                .add("hospitals", hs).add("unitsConsidered", e.unitsConsidered()).add("unitsUnsuitable", e.unitsUnsuitable())
                .add("units", us).build();
    }

    private static void number(JsonObjectBuilder o, String name, Double v) {
        if (v == null || !Double.isFinite(v)) {
            o.add(name, JsonValue.NULL);
        } else {
            o.add(name, v);
        }
    }

    static JsonArray strings(List<String> values) {
        return Json.createArrayBuilder(values).build();
    }
}
