package se.samverkan.planning;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import se.samverkan.gis.GeoPoint;
import se.samverkan.planner.CareNeed;
import se.samverkan.planner.CasualtyGroup;
import se.samverkan.planner.Hospital;
import se.samverkan.planner.PlanningProblem;
import se.samverkan.planner.TransportUnit;
import se.samverkan.planner.Triage;
import se.samverkan.planner.solve.PlanEvent;
import se.samverkan.planning.model.Incident;

/**
 * What {@code POST /api/plans/{id}/replan} asks for: the events since the plan was made, the moment of the
 * re-plan (default now; trips that have left by then are kept) and optionally a time limit.
 * <pre>
 * {"at": "2026-11-25T14:40:00Z",
 *  "events": [{"type": "HOSPITAL_CLOSED", "hospital": "SE-23-OSTERSUND"},
 *             {"type": "UNIT_BROKEN_DOWN", "unit": "3f2b…"},
 *             {"type": "CASUALTIES_ARRIVED", "incident": "…", "triage": "P1", "careNeed": "BURNS", "lying": true,
 *              "count": 3, "readyAt": "…", "location": {…}, "region": "23"}],
 *  "timeLimitSeconds": 2}
 * </pre>
 * New casualties are at their incident's place unless a location is given (then their region is found from it
 * unless named). Hospitals and units must be those of the plan's problem.
 */
record ReplanRequest(List<PlanEvent> events, List<PlanContext.GroupRef> newGroups, Instant at, double nowMinutes,
                     Optional<Duration> timeLimit, JsonObject json) {

    enum Type { HOSPITAL_CLOSED, UNIT_BROKEN_DOWN, CASUALTIES_ARRIVED }

    static ReplanRequest parse(JsonObject body, PlanningProblem problem, Instant now,
                               Function<UUID, Optional<Incident>> incidents, Function<GeoPoint, String> locate,
                               Predicate<String> isRegion, UUID previousPlan) {
        JsonInput in = new JsonInput();
        in.onlyKnown(body, "", "at", "events", "timeLimitSeconds");
        Instant at = in.instant(body, "at", "at", false).orElse(now);
        if (at.isBefore(problem.start())) {
            in.error("at", "lies before the plan's start " + problem.start());
        } else if (at.isAfter(problem.start().plus(Duration.ofHours(48)))) {
            in.error("at", "lies more than 48 hours after the plan's start " + problem.start() + "; make a new plan");
        }
        Optional<Double> seconds = in.number(body, "timeLimitSeconds", "timeLimitSeconds", false, 0.1,
                PlanRequest.MAX_TIME_LIMIT_SECONDS);
        Set<String> hospitals = new HashSet<>(problem.hospitals().stream().map(Hospital::id).toList());
        Set<String> units = new HashSet<>(problem.units().stream().map(TransportUnit::id).toList());
        Set<String> groupIds = new HashSet<>(problem.groups().stream().map(CasualtyGroup::id).toList());
        Set<String> closed = new HashSet<>();
        Set<String> broken = new HashSet<>();
        List<PlanEvent> events = new ArrayList<>();
        List<PlanContext.GroupRef> groups = new ArrayList<>();
        JsonArrayBuilder stored = Json.createArrayBuilder();
        String tag = previousPlan.toString().substring(0, 8);
        var list = in.array(body, "events", "events", true, 1000);
        if (list.isPresent()) {
            for (int i = 0; i < list.get().size(); i++) {
                String path = "events[" + i + "]";
                if (!(list.get().get(i) instanceof JsonObject e)) {
                    in.error(path, "must be an object with a type");
                    continue;
                }
                Optional<Type> type = in.constant(e, "type", path + ".type", true, Type.class);
                if (type.isEmpty()) {
                    continue;
                }
                switch (type.get()) {
                    case HOSPITAL_CLOSED -> {
                        in.onlyKnown(e, path, "type", "hospital");
                        in.text(e, "hospital", path + ".hospital", true, 100).ifPresent(h -> {
                            if (!hospitals.contains(h)) {
                                in.error(path + ".hospital", "is not among the plan's hospitals (those with capacity when it was made): " + h);
                            } else if (!closed.add(h)) {
                                in.error(path + ".hospital", "is closed by an earlier event already");
                            } else {
                                events.add(new PlanEvent.HospitalCloses(h));
                                stored.add(Json.createObjectBuilder().add("type", type.get().name()).add("hospital", h));
                            }
                        });
                    }
                    case UNIT_BROKEN_DOWN -> {
                        in.onlyKnown(e, path, "type", "unit");
                        in.uuid(e, "unit", path + ".unit", true).map(UUID::toString).ifPresent(u -> {
                            if (!units.contains(u)) {
                                in.error(path + ".unit", "is not among the plan's units: " + u);
                            } else if (!broken.add(u)) {
                                in.error(path + ".unit", "broke down in an earlier event already");
                            } else {
                                events.add(new PlanEvent.UnitBreaksDown(u));
                                stored.add(Json.createObjectBuilder().add("type", type.get().name()).add("unit", u));
                            }
                        });
                    }
                    case CASUALTIES_ARRIVED -> {
                        in.onlyKnown(e, path, "type", "incident", "location", "region", "triage", "careNeed", "lying",
                                "count", "readyAt");
                        Optional<Incident> incident = in.uuid(e, "incident", path + ".incident", false).flatMap(id -> {
                            Optional<Incident> found = incidents.apply(id);
                            if (found.isEmpty()) {
                                in.error(path + ".incident", "no incident has the id " + id);
                            }
                            return found;
                        });
                        Optional<GeoPoint> location = in.position(e, "location", path + ".location", false);
                        Optional<String> region = in.text(e, "region", path + ".region", false, 2);
                        if (region.isPresent() && !(region.get().matches("[0-9]{2}") && isRegion.test(region.get()))) {
                            in.error(path + ".region", "must be the two-digit county code of a region, was " + region.get());
                            region = Optional.empty();
                        }
                        if (location.isEmpty() && incident.isEmpty() && JsonInput.absent(e, "location")
                                && JsonInput.absent(e, "incident")) {
                            in.error(path + ".location", "is required when no incident is named");
                        }
                        Optional<Triage> triage = in.constant(e, "triage", path + ".triage", true, Triage.class);
                        Optional<CareNeed> need = in.constant(e, "careNeed", path + ".careNeed", true, CareNeed.class);
                        Optional<Boolean> lying = in.bool(e, "lying", path + ".lying", true);
                        Optional<Long> count = in.whole(e, "count", path + ".count", true, 1, PlanningProblem.MAX_COUNT);
                        Optional<Instant> ready = in.instant(e, "readyAt", path + ".readyAt", false);
                        if (triage.isEmpty() || need.isEmpty() || lying.isEmpty() || count.isEmpty()
                                || (location.isEmpty() && incident.isEmpty())) {
                            continue;
                        }
                        GeoPoint where = location.orElseGet(() -> incident.get().location());
                        String county = region.orElseGet(() -> location.isPresent() ? locate.apply(where)
                                : incident.get().regionCode());
                        String id = incident.map(x -> x.id().toString()).orElse("new") + "/" + triage.get() + "-"
                                + need.get() + "-" + (lying.get() ? "LYING" : "SEATED") + "+" + tag + "-" + i;
                        if (!groupIds.add(id)) {
                            in.error(path, "repeats casualties an earlier event added");
                            continue;
                        }
                        Instant readyAt = ready.orElse(at);
                        events.add(new PlanEvent.CasualtiesArrive(new CasualtyGroup(id, where, county, count.get().intValue(),
                                triage.get(), need.get(), lying.get(), readyAt)));
                        groups.add(new PlanContext.GroupRef(id, incident.map(x -> x.id().toString()).orElse(null),
                                incident.map(Incident::name).orElse(null), triage.get().name(), need.get().name(), lying.get()));
                        JsonObjectBuilder s = Json.createObjectBuilder().add("type", type.get().name()).add("groupId", id)
                                .add("latitude", where.latitude()).add("longitude", where.longitude()).add("region", county)
                                .add("triage", triage.get().name()).add("careNeed", need.get().name())
                                .add("lying", lying.get()).add("count", count.get()).add("readyAt", readyAt.toString());
                        incident.ifPresent(x -> s.add("incident", x.id().toString()));
                        stored.add(s);
                    }
                    default -> throw new IllegalStateException();
                }
            }
        }
        in.throwIfInvalid();
        JsonObjectBuilder json = Json.createObjectBuilder().add("replanOf", previousPlan.toString()).add("at", at.toString())
                .add("events", stored);
        seconds.ifPresent(s -> json.add("timeLimitSeconds", s));
        return new ReplanRequest(events, groups, at, problem.minutesAfterStart(at),
                seconds.map(s -> Duration.ofMillis(Math.round(s * 1000))), json.build());
    }

    JsonObject toJson() {
        return json;
    }
}
