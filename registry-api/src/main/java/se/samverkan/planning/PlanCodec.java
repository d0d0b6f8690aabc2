package se.samverkan.planning;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import se.samverkan.gis.GeoPoint;
import se.samverkan.planner.BedCapacity;
import se.samverkan.planner.CareNeed;
import se.samverkan.planner.CasualtyGroup;
import se.samverkan.planner.Hospital;
import se.samverkan.planner.PlanningProblem;
import se.samverkan.planner.Policy;
import se.samverkan.planner.TransportUnit;
import se.samverkan.planner.Triage;
import se.samverkan.planner.json.ScenarioJson;
import se.samverkan.planner.plan.BaselineResult;
import se.samverkan.planner.plan.HospitalLoad;
import se.samverkan.planner.plan.LowerBound;
import se.samverkan.planner.plan.PatientSlice;
import se.samverkan.planner.plan.Plan;
import se.samverkan.planner.plan.PlanFigures;
import se.samverkan.planner.plan.TriageFigures;
import se.samverkan.planner.plan.Trip;
import se.samverkan.planner.plan.UnservedPatients;

/**
 * Stores planning problems, plans and their context as JSON, exactly: numbers at full double precision, so
 * a plan read back validates against its problem as it did when it was made (the validator compares
 * objectives to 1e-6), and a re-plan keeps trips under way to the minute. The problem is written in the
 * scenario format of docs/planner-format.md and read back with the planner's own {@link ScenarioJson}, so a
 * stored problem is also a file {@code ./samverkan plan} accepts.
 */
public final class PlanCodec {

    private PlanCodec() {
    }

    // ---- problem (scenario format) ------------------------------------------------------------------

    public static JsonObject problem(PlanningProblem p) {
        JsonArrayBuilder groups = Json.createArrayBuilder();
        for (CasualtyGroup g : p.groups()) {
            groups.add(Json.createObjectBuilder().add("id", g.id()).add("latitude", g.location().latitude())
                    .add("longitude", g.location().longitude()).add("region", g.region()).add("count", g.count())
                    .add("triage", g.triage().name()).add("careNeed", g.careNeed().name()).add("lying", g.lying())
                    .add("readyAt", g.readyAt().toString()));
        }
        JsonArrayBuilder hospitals = Json.createArrayBuilder();
        for (Hospital h : p.hospitals()) {
            JsonObjectBuilder beds = Json.createObjectBuilder();
            for (Map.Entry<CareNeed, BedCapacity> e : h.capacity().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey()).toList()) {
                beds.add(e.getKey().name(), Json.createObjectBuilder().add("available", e.getValue().available())
                        .add("surge", e.getValue().surge()));
            }
            hospitals.add(Json.createObjectBuilder().add("id", h.id()).add("name", h.name())
                    .add("latitude", h.location().latitude()).add("longitude", h.location().longitude())
                    .add("region", h.region()).add("beds", beds));
        }
        JsonArrayBuilder units = Json.createArrayBuilder();
        for (TransportUnit u : p.units()) {
            JsonObjectBuilder unit = Json.createObjectBuilder().add("id", u.id()).add("mode", u.mode().name())
                    .add("latitude", u.position().latitude()).add("longitude", u.position().longitude())
                    .add("lyingPlaces", u.lyingPlaces()).add("seatedPlaces", u.seatedPlaces())
                    .add("careLevel", u.careLevel().name()).add("availableAt", u.availableAt().toString())
                    .add("turnaroundMinutes", u.turnaroundMinutes());
            if (u.homeRegion() != null) {
                unit.add("homeRegion", u.homeRegion());
            }
            units.add(unit);
        }
        return Json.createObjectBuilder().add("start", p.start().toString()).add("policy", policy(p.policy()))
                .add("casualtyGroups", groups).add("hospitals", hospitals).add("units", units).build();
    }

    public static JsonObject policy(Policy policy) {
        JsonObjectBuilder weights = Json.createObjectBuilder();
        JsonObjectBuilder max = Json.createObjectBuilder();
        JsonObjectBuilder care = Json.createObjectBuilder();
        for (Triage t : Triage.values()) {
            weights.add(t.name(), policy.weight(t));
            max.add(t.name(), policy.maxTransport(t));
            care.add(t.name(), policy.minimumCareLevel().get(t).name());
        }
        return Json.createObjectBuilder().add("weights", weights).add("maxTransportMinutes", max)
                .add("minimumCareLevel", care).add("outsideRegionPenalty", policy.outsideRegionPenalty())
                .add("outsideHealthcareRegionPenalty", policy.outsideHealthcareRegionPenalty())
                .add("surgeAllowance", policy.surgeAllowance()).add("surgePenalty", policy.surgePenalty())
                .add("unservedMinutes", policy.unservedMinutes()).add("p1First", policy.p1First()).build();
    }

    public static PlanningProblem problem(String json) {
        return ScenarioJson.read(new StringReader(json));
    }

    // ---- plan ---------------------------------------------------------------------------------------

    public static JsonObject plan(Plan plan) {
        JsonArrayBuilder trips = Json.createArrayBuilder();
        for (Trip t : plan.trips()) {
            JsonArrayBuilder patients = Json.createArrayBuilder();
            t.patients().forEach(s -> patients.add(Json.createObjectBuilder().add("groupId", s.groupId()).add("count", s.count())));
            trips.add(Json.createObjectBuilder().add("unitId", t.unitId()).add("number", t.number())
                    .add("source", point(t.source())).add("hospitalId", t.hospitalId())
                    .add("departure", t.departure()).add("pickup", t.pickup()).add("arrival", t.arrival())
                    .add("freeAt", t.freeAt()).add("fixed", t.fixed()).add("patients", patients));
        }
        JsonArrayBuilder unserved = Json.createArrayBuilder();
        plan.unserved().forEach(u -> unserved.add(Json.createObjectBuilder().add("groupId", u.groupId())
                .add("count", u.count()).add("reason", u.reason())));
        JsonArrayBuilder baselines = Json.createArrayBuilder();
        for (BaselineResult b : plan.baselines()) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("name", b.name()).add("description", b.description())
                    .add("figures", figures(b.figures()));
            number(o, "improvement", b.improvement());
            baselines.add(o);
        }
        JsonObjectBuilder root = Json.createObjectBuilder().add("start", plan.start().toString()).add("trips", trips)
                .add("unserved", unserved).add("figures", figures(plan.figures())).add("baselines", baselines)
                .add("solveMillis", plan.solveMillis());
        if (plan.bound() != null) {
            JsonObjectBuilder bound = Json.createObjectBuilder().add("method", plan.bound().method())
                    .add("covers", plan.bound().covers());
            number(bound, "value", plan.bound().value());
            if (!Double.isNaN(plan.bound().p1Value())) {
                number(bound, "p1Value", plan.bound().p1Value());
            }
            root.add("bound", bound);
        }
        plan.changedAssignments().ifPresent(n -> root.add("changedAssignments", n));
        return root.build();
    }

    public static Plan plan(JsonObject o) {
        List<Trip> trips = new ArrayList<>();
        for (JsonObject t : o.getJsonArray("trips").getValuesAs(JsonObject.class)) {
            List<PatientSlice> patients = t.getJsonArray("patients").getValuesAs(JsonObject.class).stream()
                    .map(s -> new PatientSlice(s.getString("groupId"), s.getInt("count"))).toList();
            trips.add(new Trip(t.getString("unitId"), t.getInt("number"), point(t.getJsonObject("source")),
                    t.getString("hospitalId"), num(t, "departure"), num(t, "pickup"), num(t, "arrival"), num(t, "freeAt"),
                    patients, t.getBoolean("fixed")));
        }
        List<UnservedPatients> unserved = o.getJsonArray("unserved").getValuesAs(JsonObject.class).stream()
                .map(u -> new UnservedPatients(u.getString("groupId"), u.getInt("count"), u.getString("reason"))).toList();
        List<BaselineResult> baselines = o.getJsonArray("baselines").getValuesAs(JsonObject.class).stream()
                .map(b -> new BaselineResult(b.getString("name"), b.getString("description"),
                        figures(b.getJsonObject("figures")), num(b, "improvement"))).toList();
        LowerBound bound = o.containsKey("bound")
                ? new LowerBound(num(o.getJsonObject("bound"), "value"), o.getJsonObject("bound").getString("method"),
                        o.getJsonObject("bound").getString("covers"),
                        o.getJsonObject("bound").containsKey("p1Value") ? num(o.getJsonObject("bound"), "p1Value") : Double.NaN)
                : null;
        OptionalInt changed = o.containsKey("changedAssignments") ? OptionalInt.of(o.getInt("changedAssignments"))
                : OptionalInt.empty();
        return new Plan(Instant.parse(o.getString("start")), trips, unserved, figures(o.getJsonObject("figures")), bound,
                baselines, changed, o.getJsonNumber("solveMillis").longValue());
    }

    private static JsonObject figures(PlanFigures f) {
        JsonArrayBuilder perTriage = Json.createArrayBuilder();
        for (TriageFigures t : f.perTriage()) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("triage", t.triage().name()).add("served", t.served())
                    .add("unserved", t.unserved());
            number(o, "meanMinutes", t.meanMinutes());
            number(o, "p90Minutes", t.p90Minutes());
            number(o, "maxMinutes", t.maxMinutes());
            perTriage.add(o);
        }
        JsonArrayBuilder loads = Json.createArrayBuilder();
        f.hospitalLoads().forEach(l -> loads.add(Json.createObjectBuilder().add("hospitalId", l.hospitalId())
                .add("category", l.category().name()).add("patients", l.patients()).add("available", l.available())
                .add("surgeOpened", l.surgeOpened())));
        JsonObjectBuilder o = Json.createObjectBuilder().add("perTriage", perTriage).add("served", f.served())
                .add("unserved", f.unserved()).add("hospitalLoads", loads);
        number(o, "objective", f.objective());
        number(o, "ownRegionShare", f.ownRegionShare());
        number(o, "ownHealthcareRegionShare", f.ownHealthcareRegionShare());
        return o.build();
    }

    private static PlanFigures figures(JsonObject o) {
        List<TriageFigures> perTriage = o.getJsonArray("perTriage").getValuesAs(JsonObject.class).stream()
                .map(t -> new TriageFigures(Triage.valueOf(t.getString("triage")), t.getInt("served"), t.getInt("unserved"),
                        num(t, "meanMinutes"), num(t, "p90Minutes"), num(t, "maxMinutes"))).toList();
        List<HospitalLoad> loads = o.getJsonArray("hospitalLoads").getValuesAs(JsonObject.class).stream()
                .map(l -> new HospitalLoad(l.getString("hospitalId"), CareNeed.valueOf(l.getString("category")),
                        l.getInt("patients"), l.getInt("available"), l.getInt("surgeOpened"))).toList();
        return new PlanFigures(num(o, "objective"), perTriage, num(o, "ownRegionShare"), num(o, "ownHealthcareRegionShare"),
                o.getInt("served"), o.getInt("unserved"), loads);
    }

    // ---- context ------------------------------------------------------------------------------------

    public static JsonObject context(PlanContext c) {
        JsonArrayBuilder units = Json.createArrayBuilder();
        c.units().forEach(u -> units.add(Json.createObjectBuilder().add("id", u.id()).add("callSign", u.callSign())
                .add("kind", u.kind()).add("mode", u.mode()).add("homeRegion", u.homeRegion())
                .add("careLevel", u.careLevel()).add("version", u.version()).add("sensitive", u.sensitive())));
        JsonArrayBuilder hospitals = Json.createArrayBuilder();
        c.hospitals().forEach(h -> {
            JsonObjectBuilder o = Json.createObjectBuilder().add("code", h.code()).add("name", h.name())
                    .add("region", h.region()).add("stale", h.stale());
            text(o, "reportedAt", h.reportedAt());
            hospitals.add(o);
        });
        JsonArrayBuilder groups = Json.createArrayBuilder();
        c.groups().forEach(g -> {
            JsonObjectBuilder o = Json.createObjectBuilder().add("groupId", g.groupId()).add("triage", g.triage())
                    .add("careNeed", g.careNeed()).add("lying", g.lying());
            text(o, "incidentId", g.incidentId());
            text(o, "incidentName", g.incidentName());
            groups.add(o);
        });
        return Json.createObjectBuilder().add("units", units).add("hospitals", hospitals).add("groups", groups)
                .add("excludedUnits", exclusions(c.excludedUnits()))
                .add("excludedHospitals", exclusions(c.excludedHospitals()))
                .add("notes", Json.createArrayBuilder(c.notes())).build();
    }

    public static PlanContext context(JsonObject o) {
        return new PlanContext(
                o.getJsonArray("units").getValuesAs(JsonObject.class).stream().map(u -> new PlanContext.UnitRef(
                        u.getString("id"), u.getString("callSign"), u.getString("kind"), u.getString("mode"),
                        u.getString("homeRegion"), u.getString("careLevel"), u.getJsonNumber("version").longValue(),
                        u.getBoolean("sensitive"))).toList(),
                o.getJsonArray("hospitals").getValuesAs(JsonObject.class).stream().map(h -> new PlanContext.HospitalRef(
                        h.getString("code"), h.getString("name"), h.getString("region"), h.getBoolean("stale"),
                        h.getString("reportedAt", null))).toList(),
                o.getJsonArray("groups").getValuesAs(JsonObject.class).stream().map(g -> new PlanContext.GroupRef(
                        g.getString("groupId"), g.getString("incidentId", null), g.getString("incidentName", null),
                        g.getString("triage"), g.getString("careNeed"), g.getBoolean("lying"))).toList(),
                exclusions(o.getJsonArray("excludedUnits")), exclusions(o.getJsonArray("excludedHospitals")),
                o.getJsonArray("notes").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString).toList());
    }

    private static JsonArrayBuilder exclusions(List<PlanContext.Exclusion> list) {
        JsonArrayBuilder out = Json.createArrayBuilder();
        list.forEach(e -> out.add(Json.createObjectBuilder().add("id", e.id()).add("name", e.name()).add("reason", e.reason())));
        return out;
    }

    private static List<PlanContext.Exclusion> exclusions(JsonArray a) {
        return a.getValuesAs(JsonObject.class).stream()
                .map(e -> new PlanContext.Exclusion(e.getString("id"), e.getString("name"), e.getString("reason"))).toList();
    }

    // ---- helpers ------------------------------------------------------------------------------------

    public static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static JsonObject point(GeoPoint p) {
        return Json.createObjectBuilder().add("latitude", p.latitude()).add("longitude", p.longitude()).build();
    }

    private static GeoPoint point(JsonObject o) {
        return new GeoPoint(num(o, "latitude"), num(o, "longitude"));
    }

    /** JSON has no NaN or infinity: such values are written as null and read back as NaN. */
    private static void number(JsonObjectBuilder o, String name, double v) {
        if (Double.isFinite(v)) {
            o.add(name, v);
        } else {
            o.addNull(name);
        }
    }

    private static double num(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v instanceof JsonNumber n ? n.doubleValue() : Double.NaN;
    }

    private static void text(JsonObjectBuilder o, String name, String value) {
        if (value == null) {
            o.addNull(name);
        } else {
            o.add(name, value);
        }
    }
}
