package se.samverkan.planner.json;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import se.samverkan.planner.PlanningProblem;
import se.samverkan.planner.plan.BaselineResult;
import se.samverkan.planner.plan.HospitalLoad;
import se.samverkan.planner.plan.LowerBound;
import se.samverkan.planner.plan.PatientSlice;
import se.samverkan.planner.plan.Plan;
import se.samverkan.planner.plan.PlanFigures;
import se.samverkan.planner.plan.TriageFigures;
import se.samverkan.planner.plan.Trip;
import se.samverkan.planner.plan.UnservedPatients;

/** Writes a plan in the JSON format of {@code docs/planner-format.md}: instants in UTC, minutes after the start beside them. */
public final class PlanJson {

    private PlanJson() {
    }

    public static void write(PlanningProblem problem, Plan plan, List<String> violations, Writer out) {
        JsonObject json = toJson(problem, plan, violations);
        try (var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            writer.writeObject(json);
        }
    }

    public static JsonObject toJson(PlanningProblem problem, Plan plan, List<String> violations) {
        JsonObjectBuilder root = Json.createObjectBuilder()
                .add("start", plan.start().toString())
                .add("objective", round(plan.objective()))
                .add("solveMillis", plan.solveMillis());
        if (plan.bound() != null) {
            JsonObjectBuilder bound = Json.createObjectBuilder()
                    .add("value", round(plan.bound().value()))
                    .add("gap", round(plan.gap()))
                    .add("method", plan.bound().method())
                    .add("covers", plan.bound().covers());
            if (!Double.isNaN(plan.bound().p1Value())) {
                double part = LowerBound.p1Part(plan.figures(), problem.policy());
                JsonObjectBuilder p1 = Json.createObjectBuilder()
                        .add("value", round(plan.bound().p1Value()))
                        .add("planValue", round(part))
                        .add("gap", round(part <= 1e-9 ? 0 : Math.max(0, (part - plan.bound().p1Value()) / part)));
                double mean = plan.bound().p1MeanMinutesAtLeast(plan.figures(), problem.policy());
                if (!Double.isNaN(mean)) {
                    p1.add("meanMinutesAtLeast", round(mean));
                }
                bound.add("p1", p1);
            }
            root.add("bound", bound);
        }
        plan.changedAssignments().ifPresent(n -> root.add("changedAssignments", n));
        root.add("valid", violations.isEmpty());
        if (!violations.isEmpty()) {
            JsonArrayBuilder v = Json.createArrayBuilder();
            violations.forEach(v::add);
            root.add("violations", v);
        }
        root.add("figures", figures(plan.figures()));
        JsonArrayBuilder assignments = Json.createArrayBuilder();
        for (Plan.Assignment a : plan.assignments()) {
            assignments.add(Json.createObjectBuilder()
                    .add("groupId", a.groupId())
                    .add("count", a.count())
                    .add("hospitalId", a.hospitalId())
                    .add("unitId", a.unitId())
                    .add("trip", a.tripNumber())
                    .add("pickup", problem.instantAt(a.pickupMinutes()).toString())
                    .add("arrival", problem.instantAt(a.arrivalMinutes()).toString())
                    .add("pickupMinutes", round(a.pickupMinutes()))
                    .add("arrivalMinutes", round(a.arrivalMinutes())));
        }
        root.add("assignments", assignments);
        JsonArrayBuilder trips = Json.createArrayBuilder();
        for (Trip t : plan.trips()) {
            JsonArrayBuilder patients = Json.createArrayBuilder();
            for (PatientSlice s : t.patients()) {
                patients.add(Json.createObjectBuilder().add("groupId", s.groupId()).add("count", s.count()));
            }
            trips.add(Json.createObjectBuilder()
                    .add("unitId", t.unitId())
                    .add("number", t.number())
                    .add("source", Json.createObjectBuilder().add("latitude", t.source().latitude()).add("longitude", t.source().longitude()))
                    .add("hospitalId", t.hospitalId())
                    .add("departure", problem.instantAt(t.departure()).toString())
                    .add("pickup", problem.instantAt(t.pickup()).toString())
                    .add("arrival", problem.instantAt(t.arrival()).toString())
                    .add("freeAt", problem.instantAt(t.freeAt()).toString())
                    .add("departureMinutes", round(t.departure()))
                    .add("pickupMinutes", round(t.pickup()))
                    .add("arrivalMinutes", round(t.arrival()))
                    .add("freeAtMinutes", round(t.freeAt()))
                    .add("fixed", t.fixed())
                    .add("patients", patients));
        }
        root.add("trips", trips);
        JsonArrayBuilder unserved = Json.createArrayBuilder();
        for (UnservedPatients u : plan.unserved()) {
            unserved.add(Json.createObjectBuilder().add("groupId", u.groupId()).add("count", u.count()).add("reason", u.reason()));
        }
        root.add("unserved", unserved);
        JsonArrayBuilder baselines = Json.createArrayBuilder();
        for (BaselineResult b : plan.baselines()) {
            baselines.add(Json.createObjectBuilder()
                    .add("name", b.name())
                    .add("description", b.description())
                    .add("improvement", round(b.improvement()))
                    .add("figures", figures(b.figures())));
        }
        root.add("baselines", baselines);
        return root.build();
    }

    private static JsonObjectBuilder figures(PlanFigures f) {
        JsonArrayBuilder perTriage = Json.createArrayBuilder();
        for (TriageFigures t : f.perTriage()) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("triage", t.triage().name()).add("served", t.served())
                    .add("unserved", t.unserved());
            if (t.served() > 0) {
                o.add("meanMinutes", round(t.meanMinutes())).add("p90Minutes", round(t.p90Minutes())).add("maxMinutes", round(t.maxMinutes()));
            }
            perTriage.add(o);
        }
        JsonArrayBuilder loads = Json.createArrayBuilder();
        for (HospitalLoad l : f.hospitalLoads()) {
            loads.add(Json.createObjectBuilder().add("hospitalId", l.hospitalId()).add("category", l.category().name())
                    .add("patients", l.patients()).add("available", l.available()).add("surgeOpened", l.surgeOpened()));
        }
        return Json.createObjectBuilder()
                .add("objective", round(f.objective()))
                .add("served", f.served())
                .add("unserved", f.unserved())
                .add("ownRegionShare", round(f.ownRegionShare()))
                .add("ownHealthcareRegionShare", round(f.ownHealthcareRegionShare()))
                .add("perTriage", perTriage)
                .add("hospitalLoads", loads);
    }

    /** Four decimals are plenty for minutes and shares, and keep the files readable. */
    private static double round(double v) {
        return Double.isFinite(v) ? Math.round(v * 10_000) / 10_000.0 : 0;
    }
}
