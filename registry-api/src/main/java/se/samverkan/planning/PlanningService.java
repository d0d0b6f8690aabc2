package se.samverkan.planning;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import se.samverkan.hospitals.HospitalDirectory;
import se.samverkan.hospitals.HospitalStatus;
import se.samverkan.planner.CasualtyGroup;
import se.samverkan.planner.Hospital;
import se.samverkan.planner.InvalidPlanningInputException;
import se.samverkan.planner.PlanningProblem;
import se.samverkan.planner.TransportUnit;
import se.samverkan.planner.plan.Plan;
import se.samverkan.platform.problem.Problem.FieldError;
import se.samverkan.platform.problem.ProblemException;
import se.samverkan.platform.security.AccessLog;
import se.samverkan.platform.security.Caller;
import se.samverkan.platform.security.Roles;
import se.samverkan.planning.model.Incident;
import se.samverkan.planning.model.IncidentStatus;
import se.samverkan.planning.model.PlanStatus;
import se.samverkan.registry.UnitReads;
import se.samverkan.registry.UnitRegistry;
import se.samverkan.registry.UnitView;
import se.samverkan.registry.Visibility;
import se.samverkan.registry.Vocabulary;

/**
 * Plans from the live registry: builds the planner's problem from the incidents, the units available now
 * that the caller may see, the hospitals' latest capacity and the travel-time model; stores it and runs it in
 * the background; shows status, progress and the plan with explanations; cancels; accepts a plan, marking its
 * units ASSIGNED all or nothing under row locks; and re-plans after events.
 *
 * <p>Sensitive units enter a plan only when the caller is cleared for them ({@link Visibility}); such a plan is
 * itself sensitive: only callers cleared at the time of reading see it (others get 404, as for the unit), and
 * every read is written to the sensitive-access log.
 */
@ApplicationScoped
public class PlanningService {

    /** Largest list page. */
    public static final int MAX_LIST = 200;

    @Inject
    IncidentService incidents;

    @Inject
    UnitReads unitReads;

    @Inject
    UnitRegistry unitRegistry;

    @Inject
    Vocabulary vocabulary;

    @Inject
    HospitalDirectory hospitals;

    @Inject
    Visibility visibility;

    @Inject
    AccessLog accessLog;

    @Inject
    PlanStore store;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    PlanRunner runner;

    @Inject
    RegionLookup regions;

    @Inject
    se.samverkan.platform.audit.AuditLog audit;

    // ---- a new plan ---------------------------------------------------------------------------------

    /**
     * Builds the problem from the live registry, stores the plan QUEUED and starts it once that has committed;
     * returns its id. One transaction for all reads: a managed task must not be started from a request that used
     * the container's EntityManager outside a transaction (Payara hands that EntityManager to the task's thread,
     * which closes it a second time and loses its invocation context).
     */
    @Transactional
    public UUID start(JsonValue body, Caller caller) {
        mayWrite(caller);
        PlanRequest request = PlanRequest.parse(JsonInput.body(body, true));
        List<Incident> planned = incidentsFor(request);
        Instant start = Instant.now();
        Assembly assembly = assemble(planned, request, caller, start);
        UUID id = UUID.randomUUID();
        store.create(id, null, caller.auditName(), planned.stream().map(Incident::id).toList(), request.toJson(),
                assembly.input(), PlanCodec.problem(assembly.problem()), PlanCodec.context(assembly.context()),
                assembly.context().sensitive(), "CREATE");
        submitAfterCommit(new PlanRunner.Job(id, assembly.problem(), assembly.context(), request.timeLimit(), null, 0, List.of()));
        return id;
    }

    private List<Incident> incidentsFor(PlanRequest request) {
        if (request.incidentIds().isEmpty()) {
            List<Incident> open = incidents.open();
            if (open.isEmpty()) {
                throw PlanningProblems.unplannable("No incident is open; record one (POST /api/incidents) or name incidents.",
                        List.of(new FieldError("incidentIds", "no open incident to plan for")));
            }
            return open;
        }
        List<FieldError> errors = new ArrayList<>();
        List<Incident> out = new ArrayList<>();
        for (int i = 0; i < request.incidentIds().size(); i++) {
            UUID id = request.incidentIds().get(i);
            Optional<Incident> incident = incidents.find(id);
            if (incident.isEmpty()) {
                errors.add(new FieldError("incidentIds[" + i + "]", "no incident has the id " + id));
            } else if (incident.get().status() != IncidentStatus.OPEN) {
                errors.add(new FieldError("incidentIds[" + i + "]", "incident " + incident.get().name() + " is closed"));
            } else {
                out.add(incident.get());
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return out;
    }

    /** The planner's problem, the registry facts behind it, and a short account of what went in. */
    record Assembly(PlanningProblem problem, PlanContext context, JsonObject input) {
    }

    Assembly assemble(List<Incident> planned, PlanRequest request, Caller caller, Instant start) {
        List<CasualtyGroup> groups = new ArrayList<>();
        List<PlanContext.GroupRef> groupRefs = new ArrayList<>();
        for (Incident incident : planned) {
            for (CasualtyGroup g : PlanningInputs.groups(incident)) {
                groups.add(g);
                groupRefs.add(new PlanContext.GroupRef(g.id(), incident.id().toString(), incident.name(), g.triage().name(),
                        g.careNeed().name(), g.lying()));
            }
        }
        if (groups.isEmpty()) {
            throw PlanningProblems.unplannable("The incidents hold no casualties to plan for.",
                    List.of(new FieldError("incidentIds", "the incidents have no casualties (every count is 0)")));
        }
        Map<String, Vocabulary.Kind> kinds = vocabulary.snapshot().kinds();
        List<TransportUnit> units = new ArrayList<>();
        List<PlanContext.UnitRef> unitRefs = new ArrayList<>();
        List<PlanContext.Exclusion> excludedUnits = new ArrayList<>();
        int sensitiveLeftOut = 0;
        for (UnitView u : unitReads.availableForPlanning(caller)) {
            PlanningInputs.UnitOutcome outcome = PlanningInputs.unit(u, kinds.get(u.kind()), start);
            if (outcome.unit() == null) {
                if (u.sensitive()) {
                    sensitiveLeftOut++;
                } else {
                    excludedUnits.add(new PlanContext.Exclusion(u.id().toString(), u.callSign(), outcome.exclusion()));
                }
                continue;
            }
            units.add(outcome.unit());
            unitRefs.add(new PlanContext.UnitRef(u.id().toString(), u.callSign(), u.kind(), outcome.unit().mode().name(),
                    u.homeRegion(), u.careLevel(), u.version(), u.sensitive()));
        }
        List<Hospital> hospitalList = new ArrayList<>();
        List<PlanContext.HospitalRef> hospitalRefs = new ArrayList<>();
        List<PlanContext.Exclusion> excludedHospitals = new ArrayList<>();
        int stale = 0;
        for (HospitalStatus s : hospitals.list(Optional.empty(), Optional.empty(), Optional.empty())) {
            PlanningInputs.HospitalOutcome outcome = PlanningInputs.hospital(s, request.useStaleCapacity());
            String code = s.hospital().code().value();
            if (outcome.hospital() == null) {
                excludedHospitals.add(new PlanContext.Exclusion(code, s.hospital().name(), outcome.exclusion()));
                continue;
            }
            stale += s.stale() ? 1 : 0;
            hospitalList.add(outcome.hospital());
            hospitalRefs.add(new PlanContext.HospitalRef(code, s.hospital().name(), s.hospital().regionCode(), s.stale(),
                    s.capacity().map(c -> c.reportedAt().toString()).orElse(null)));
        }
        List<String> notes = new ArrayList<>();
        if (sensitiveLeftOut > 0) {
            notes.add(sensitiveLeftOut + " further units could not be planned (no position, no places or a kind that carries no patients).");
        }
        if (stale > 0) {
            notes.add(stale + " hospitals entered with stale capacity (older than the configured age); their figures may be out of date.");
        }
        if (units.isEmpty()) {
            notes.add("No unit is available now: every patient is unserved.");
        }
        if (hospitalList.isEmpty()) {
            notes.add("No hospital has reported usable capacity: every patient is unserved.");
        }
        PlanningProblem problem;
        try {
            problem = new PlanningProblem(start, groups, hospitalList, units, request.policy());
        } catch (InvalidPlanningInputException e) {
            throw PlanningProblems.unplannable(e, "");
        }
        PlanContext context = new PlanContext(unitRefs, hospitalRefs, groupRefs, excludedUnits, excludedHospitals, notes);
        return new Assembly(problem, context, input(problem, context));
    }

    private static JsonObject input(PlanningProblem problem, PlanContext context) {
        JsonArrayBuilder excludedUnits = Json.createArrayBuilder();
        context.excludedUnits().forEach(e -> excludedUnits.add(Json.createObjectBuilder().add("id", e.id())
                .add("callSign", e.name()).add("reason", e.reason())));
        JsonArrayBuilder excludedHospitals = Json.createArrayBuilder();
        context.excludedHospitals().forEach(e -> excludedHospitals.add(Json.createObjectBuilder().add("code", e.id())
                .add("name", e.name()).add("reason", e.reason())));
        return Json.createObjectBuilder().add("start", problem.start().toString())
                .add("patients", problem.patientCount()).add("casualtyGroups", problem.groups().size())
                .add("units", problem.units().size()).add("hospitals", problem.hospitals().size())
                .add("staleHospitals", (int) context.hospitals().stream().filter(PlanContext.HospitalRef::stale).count())
                .add("excludedUnits", excludedUnits).add("excludedHospitals", excludedHospitals)
                .add("notes", Json.createArrayBuilder(context.notes())).build();
    }

    // ---- reading ------------------------------------------------------------------------------------

    /** Status, progress and, when done, the plan; 404 for a sensitive plan the caller is not cleared for. */
    @Transactional
    public Shown view(UUID id, Caller caller) {
        PlanStore.Row row = visible(store.find(id), id, caller);
        JsonObjectBuilder out = header(row);
        if (row.status() == PlanStatus.SUCCEEDED) {
            String view = store.view(id);
            if (view != null) {
                out.add("plan", PlanCodec.parse(view));
            }
        }
        return new Shown(out.build(), row.version());
    }

    /** A plan as shown, with the version its ETag carries. */
    public record Shown(JsonObject body, long version) {
    }

    public List<JsonObject> list(Caller caller, int limit) {
        return store.list(limit, visibility.cleared(caller)).stream().map(r -> header(r).build()).toList();
    }

    /** The plan's problem in the scenario format, for {@code ./samverkan plan} or another solver. */
    public JsonObject scenario(UUID id, Caller caller) {
        visible(store.find(id), id, caller);
        return PlanCodec.parse(store.problem(id));
    }

    private JsonObjectBuilder header(PlanStore.Row row) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("id", row.id().toString());
        if (row.previousPlanId() != null) {
            o.add("previousPlanId", row.previousPlanId().toString());
        }
        JsonArrayBuilder ids = Json.createArrayBuilder();
        row.incidentIds().forEach(i -> ids.add(i.toString()));
        o.add("status", row.status().name()).add("progress", Json.createObjectBuilder()
                        .add("phase", row.phase() == null ? "" : row.phase()).add("fraction", row.fraction()))
                .add("incidentIds", ids).add("requestedBy", row.requestedBy()).add("requestedAt", row.requestedAt().toString());
        if (row.startedAt() != null) {
            o.add("startedAt", row.startedAt().toString());
        }
        if (row.finishedAt() != null) {
            o.add("finishedAt", row.finishedAt().toString());
        }
        o.add("cancelRequested", row.cancelRequested()).add("sensitive", row.sensitive()).add("version", row.version());
        if (row.request() != null) {
            o.add("request", PlanCodec.parse(row.request()));
        }
        if (row.input() != null) {
            o.add("input", PlanCodec.parse(row.input()));
        }
        if (row.error() != null) {
            o.add("error", PlanCodec.parse(row.error()));
        }
        if (row.acceptedAt() != null) {
            JsonObjectBuilder a = Json.createObjectBuilder().add("at", row.acceptedAt().toString()).add("by", row.acceptedBy());
            if (row.acceptedUnits() != null) {
                a.add("units", Json.createReader(new java.io.StringReader(row.acceptedUnits())).readArray());
            }
            o.add("accepted", a);
        }
        return o;
    }

    private PlanStore.Row visible(Optional<PlanStore.Row> found, UUID id, Caller caller) {
        PlanStore.Row row = found.orElseThrow(() -> PlanningProblems.unknownPlan(id));
        if (row.sensitive()) {
            if (!visibility.cleared(caller)) {
                throw PlanningProblems.unknownPlan(id);
            }
            logSensitive(id, caller);
        }
        return row;
    }

    private void logSensitive(UUID id, Caller caller) {
        String context = store.context(id);
        if (context == null) {
            return;
        }
        List<UUID> sensitive = PlanCodec.context(PlanCodec.parse(context)).units().stream()
                .filter(PlanContext.UnitRef::sensitive).map(u -> UUID.fromString(u.id())).toList();
        accessLog.sensitiveRead(caller, UnitRegistry.ENTITY, sensitive, "PLAN");
    }

    // ---- cancel -------------------------------------------------------------------------------------

    /** Stops a queued or running plan; 409 when it has finished. Returns the plan as it stands. */
    @Transactional
    public Shown cancel(UUID id, Caller caller) {
        mayWrite(caller);
        PlanStore.Row row = visible(store.find(id), id, caller);
        if (!store.requestCancel(id, caller.auditName(), row.sensitive())) {
            throw ProblemException.conflict("The plan is " + store.find(id).map(r -> r.status().name()).orElse("gone")
                    + " already; only a queued or running plan can be cancelled.", null);
        }
        runner.cancelLocally(id);
        return view(id, caller);
    }

    // ---- accept -------------------------------------------------------------------------------------

    /**
     * Commits a plan: every unit it uses becomes ASSIGNED, all or nothing, each checked under a row lock to be
     * still AVAILABLE at the version it had when the plan was made. A re-plan of an accepted plan keeps the
     * units that plan holds (checked at the version its acceptance left them), releases those it no longer
     * uses (AVAILABLE again; OUT_OF_SERVICE when a re-plan event said they broke down). If any unit changed
     * meanwhile, nothing changes: 409 naming the units.
     */
    @Transactional
    public void accept(UUID id, long expectedVersion, Caller caller) {
        mayWrite(caller);
        PlanStore.Row row = visible(store.lock(id), id, caller);
        if (row.version() != expectedVersion) {
            throw ProblemException.staleVersion("The plan", row.version());
        }
        if (row.status() != PlanStatus.SUCCEEDED) {
            throw ProblemException.conflict("The plan is " + row.status() + "; only a finished plan (SUCCEEDED) can be accepted.", null);
        }
        if (row.acceptedAt() != null) {
            throw ProblemException.conflict("The plan was accepted already, by " + row.acceptedBy() + " at " + row.acceptedAt() + ".", null);
        }
        PlanContext context = PlanCodec.context(PlanCodec.parse(store.context(id)));
        Plan plan = PlanCodec.plan(PlanCodec.parse(store.result(id)));
        Set<String> used = new TreeSet<>();
        plan.trips().forEach(t -> used.add(t.unitId()));
        Map<String, Long> held = new HashMap<>();
        if (row.previousPlanId() != null) {
            store.find(row.previousPlanId()).filter(p -> p.acceptedUnits() != null).ifPresent(p -> {
                for (JsonObject u : Json.createReader(new java.io.StringReader(p.acceptedUnits())).readArray()
                        .getValuesAs(JsonObject.class)) {
                    if ("ASSIGNED".equals(u.getString("status"))) {
                        held.put(u.getString("id"), u.getJsonNumber("version").longValue());
                    }
                }
            });
        }
        Set<String> broken = brokenUnits(row.request());
        Map<String, PlanContext.UnitRef> refs = context.unitsById();
        List<UnitRegistry.Claim> claims = new ArrayList<>();
        for (String unit : used) {
            String to = broken.contains(unit) ? "OUT_OF_SERVICE" : "ASSIGNED";
            if (held.containsKey(unit)) {
                claims.add(new UnitRegistry.Claim(UUID.fromString(unit), held.get(unit), "ASSIGNED", to));
            } else {
                PlanContext.UnitRef ref = refs.get(unit);
                if (ref == null) {
                    throw ProblemException.conflict("The plan uses unit " + unit + ", which its context does not hold.", null);
                }
                claims.add(new UnitRegistry.Claim(UUID.fromString(unit), ref.version(), "AVAILABLE", to));
            }
        }
        for (Map.Entry<String, Long> h : held.entrySet()) {
            if (!used.contains(h.getKey())) {
                claims.add(new UnitRegistry.Claim(UUID.fromString(h.getKey()), h.getValue(), "ASSIGNED",
                        broken.contains(h.getKey()) ? "OUT_OF_SERVICE" : "AVAILABLE"));
            }
        }
        Map<UUID, UnitView> after = unitRegistry.claim(claims, "PLAN_ACCEPT", caller);
        JsonArrayBuilder accepted = Json.createArrayBuilder();
        after.values().forEach(u -> accepted.add(Json.createObjectBuilder().add("id", u.id().toString())
                .add("callSign", u.callSign()).add("status", u.status()).add("version", u.version())));
        jakarta.json.JsonArray acceptedArray = accepted.build();
        String acceptedUnits = acceptedArray.toString();
        store.accepted(id, caller.auditName(), acceptedUnits);
        audit.record(PlanStore.ENTITY, id, "ACCEPT", caller.auditName(), null, row.sensitive(),
                Json.createObjectBuilder().add("version", row.version()).build(),
                Json.createObjectBuilder().add("units", acceptedArray).build());
    }

    private static Set<String> brokenUnits(String request) {
        Set<String> out = new TreeSet<>();
        if (request == null) {
            return out;
        }
        JsonObject r = PlanCodec.parse(request);
        if (r.containsKey("events")) {
            for (JsonObject e : r.getJsonArray("events").getValuesAs(JsonObject.class)) {
                if ("UNIT_BROKEN_DOWN".equals(e.getString("type", null))) {
                    out.add(e.getString("unit"));
                }
            }
        }
        return out;
    }

    // ---- re-plan ------------------------------------------------------------------------------------

    /**
     * A new plan after events, linked to the previous one: trips that have left by {@code at} (default now) are
     * kept, the rest planned again with a preference for the previous choices; the plan reports how many
     * assignments changed.
     */
    @Transactional
    public UUID replan(UUID previousId, JsonValue body, Caller caller) {
        mayWrite(caller);
        PlanStore.Row previous = visible(store.find(previousId), previousId, caller);
        if (previous.status() != PlanStatus.SUCCEEDED) {
            throw ProblemException.conflict("The plan is " + previous.status() + "; only a finished plan can be planned again.", null);
        }
        PlanningProblem problem = PlanCodec.problem(store.problem(previousId));
        PlanContext context = PlanCodec.context(PlanCodec.parse(store.context(previousId)));
        Plan plan = PlanCodec.plan(PlanCodec.parse(store.result(previousId)));
        ReplanRequest request = ReplanRequest.parse(JsonInput.body(body, false), problem, Instant.now(),
                incidentId -> incidents.find(incidentId), point -> regions.locate(point).code(), vocabulary::isRegion,
                previousId);
        UUID id = UUID.randomUUID();
        PlanContext after = context.withGroups(request.newGroups());
        List<UUID> incidentIds = new ArrayList<>(previous.incidentIds());
        request.newGroups().stream().map(PlanContext.GroupRef::incidentId).filter(java.util.Objects::nonNull)
                .map(UUID::fromString).filter(i -> !incidentIds.contains(i)).forEach(incidentIds::add);
        JsonObject input = Json.createObjectBuilder(previous.input() == null ? JsonValue.EMPTY_JSON_OBJECT
                : PlanCodec.parse(previous.input())).add("replanAt", request.at().toString())
                .add("replanAtMinutes", request.nowMinutes()).add("events", request.events().size()).build();
        store.create(id, previousId, caller.auditName(), incidentIds, request.toJson(), input, PlanCodec.problem(problem),
                PlanCodec.context(after), previous.sensitive(), "REPLAN");
        submitAfterCommit(new PlanRunner.Job(id, problem, after, request.timeLimit(), plan, request.nowMinutes(),
                request.events()));
        return id;
    }

    /** The run starts when the plan's row is committed (it reads and changes that row); never when rolled back. */
    private void submitAfterCommit(PlanRunner.Job job) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    runner.submit(job);
                }
            }
        });
    }

    private static void mayWrite(Caller caller) {
        if (!caller.hasRole(Roles.NATIONAL_COORDINATOR)) {
            throw ProblemException.forbidden("Only the national coordination cell makes, accepts and cancels plans.");
        }
    }
}
