package se.samverkan.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import se.samverkan.platform.audit.AuditEntry;
import se.samverkan.platform.audit.AuditLog;
import se.samverkan.platform.problem.Problem.FieldError;
import se.samverkan.platform.problem.ProblemException;
import se.samverkan.platform.security.AccessLog;
import se.samverkan.platform.security.Caller;

/**
 * Every read of units goes through here: it decides whether the caller is cleared for sensitive units,
 * passes that to the query, and logs each sensitive record that leaves. No other path reads units for a
 * caller, so no door (list, search, nearest, export, history) can forget the rule.
 */
@ApplicationScoped
public class UnitReads {

    @Inject
    UnitQueries queries;

    @Inject
    Visibility visibility;

    @Inject
    AccessLog accessLog;

    @Inject
    AuditLog audit;

    @Inject
    Vocabulary vocabulary;

    public UnitView one(UUID id, Caller caller) {
        boolean cleared = visibility.cleared(caller);
        UnitView unit = queries.byId(id).filter(u -> cleared || !u.sensitive())
                .orElseThrow(() -> UnitRegistry.notFound(id));
        return logged(List.of(unit), caller, "READ").get(0);
    }

    public UnitQueries.Page list(UnitFilter filter, UnitSort.Order order, String cursor, int limit, Caller caller) {
        UnitQueries.Page page = queries.list(filter, order, cursor, limit, visibility.cleared(caller));
        return new UnitQueries.Page(logged(page.items(), caller, "LIST"), page.nextCursor());
    }

    public List<UnitView> nearest(double lat, double lon, Set<String> capabilities, Set<String> kinds, int n, Caller caller) {
        return logged(queries.nearestAvailable(lat, lon, capabilities, kinds, n, visibility.cleared(caller)), caller, "SEARCH");
    }

    public List<UnitView> withinRadius(double lat, double lon, double metres, UnitFilter filter, int limit, Caller caller) {
        return logged(queries.withinRadius(lat, lon, metres, filter, limit, visibility.cleared(caller)), caller, "SEARCH");
    }

    public List<UnitView> inBox(double[] box, UnitFilter filter, int limit, Caller caller) {
        return logged(queries.inBox(box[0], box[1], box[2], box[3], filter, limit, visibility.cleared(caller)), caller,
                "SEARCH");
    }

    public List<UnitView> inArea(String polygonGeoJson, UnitFilter filter, int limit, Caller caller) {
        return logged(queries.inArea(polygonGeoJson, filter, limit, visibility.cleared(caller)), caller, "SEARCH");
    }

    public UnitQueries.Page2 page(double[] box, Instant from, Instant to, int offset, int limit, Caller caller) {
        UnitQueries.Page2 page = queries.page(box, from == null ? null : java.sql.Timestamp.from(from),
                to == null ? null : java.sql.Timestamp.from(to), offset, limit, visibility.cleared(caller));
        logged(page.items(), caller, "GIS");
        return page;
    }

    public List<UnitCount> counts(UnitFilter filter) {
        return queries.counts(filter);
    }

    /** Streams an export; sensitive units are logged in batches as they leave. */
    public void export(UnitFilter filter, Caller caller, Consumer<UnitView> sink) {
        boolean cleared = visibility.cleared(caller);
        List<UUID> sensitive = new ArrayList<>();
        queries.stream(filter, cleared, unit -> {
            if (unit.sensitive()) {
                sensitive.add(unit.id());
                if (sensitive.size() == 500) {
                    accessLog.sensitiveRead(caller, UnitRegistry.ENTITY, List.copyOf(sensitive), "EXPORT");
                    sensitive.clear();
                }
            }
            sink.accept(unit);
        });
        if (!sensitive.isEmpty()) {
            accessLog.sensitiveRead(caller, UnitRegistry.ENTITY, sensitive, "EXPORT");
        }
    }

    /**
     * Every unit available now (the registry's one rule: in service, status AVAILABLE, counted at the
     * readiness in force in its home region) that the caller may see, for a planning run; sensitive units
     * that enter are logged with the door {@code PLAN}.
     */
    public List<UnitView> availableForPlanning(Caller caller) {
        List<UnitView> units = new ArrayList<>();
        queries.stream(new UnitFilter(null, null, null, null, null, true, null, false), visibility.cleared(caller), units::add);
        return logged(units, caller, "PLAN");
    }

    /** A unit's history; for a sensitive unit only for those cleared (else it does not exist). */
    public List<AuditEntry> history(UUID id, Caller caller) {
        UnitView unit = queries.byId(id).filter(u -> visibility.cleared(caller) || !u.sensitive())
                .orElseThrow(() -> UnitRegistry.notFound(id));
        logged(List.of(unit), caller, "HISTORY");
        return audit.history(UnitRegistry.ENTITY, id);
    }

    /** Unknown kinds or tags in a filter are a mistake worth saying, not an empty result. */
    public void checkVocabulary(UnitFilter filter) {
        List<FieldError> errors = new ArrayList<>();
        filter.kinds().stream().filter(k -> !vocabulary.isKind(k)).findFirst().ifPresent(k -> errors.add(new FieldError(
                "kind", "is not a known resource kind: " + k + "; known kinds: " + String.join(", ", vocabulary.kindCodes()))));
        filter.capabilities().stream().filter(t -> !vocabulary.isTag(t)).findFirst().ifPresent(t -> errors.add(new FieldError(
                "capability", "is not a known tag: " + t + "; known tags: " + String.join(", ", vocabulary.tagCodes()))));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private List<UnitView> logged(List<UnitView> units, Caller caller, String access) {
        List<UUID> sensitive = units.stream().filter(UnitView::sensitive).map(UnitView::id).toList();
        // The log runs in a transaction of its own: start one only when there is something to log, not on
        // every search.
        if (!sensitive.isEmpty()) {
            accessLog.sensitiveRead(caller, UnitRegistry.ENTITY, sensitive, access);
        }
        return units;
    }
}
