package se.samverkan.planning;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import se.samverkan.gis.GeoPoint;
import se.samverkan.planner.CareNeed;
import se.samverkan.planner.PlanningProblem;
import se.samverkan.planner.Triage;
import se.samverkan.planning.model.CasualtyCount;
import se.samverkan.planning.model.IncidentDraft;

/**
 * Reads an incident from its JSON body, reporting every bad field at once:
 * <pre>
 * {"name": "Bussolycka E14 Bräcke", "description": "…", "location": {"latitude": 62.75, "longitude": 15.42},
 *  "region": "23", "readyAt": "2026-11-25T14:00:00Z",
 *  "casualties": [{"triage": "P1", "careNeed": "TRAUMA", "lying": true, "count": 4, "readyAt": "…"}]}
 * </pre>
 * {@code region} is optional (found from the location when absent); {@code readyAt} is optional (now when
 * created, unchanged when replaced); each (triage, careNeed, lying) appears once; counts are 0 … 1 000 000,
 * and so is their sum.
 */
final class IncidentInput {

    /** Ready times further from now than this are taken for typing errors. */
    static final Duration READY_WINDOW = Duration.ofDays(30);

    private static final String[] FIELDS = {"name", "description", "location", "region", "readyAt", "casualties"};
    private static final String[] CASUALTY_FIELDS = {"triage", "careNeed", "lying", "count", "readyAt"};

    private IncidentInput() {
    }

    /**
     * @param body          the request body
     * @param now           the time of the request
     * @param defaultReady  the ready time when the body names none (now on create, the current one on replace)
     * @param isRegion      whether a county code names a region
     * @param locate        the county code of the region a point lies in
     */
    static IncidentDraft parse(JsonObject body, Instant now, Instant defaultReady, Predicate<String> isRegion,
                               Function<GeoPoint, String> locate) {
        JsonInput in = new JsonInput();
        if (body == null) {
            in.error("body", "an incident is required as a JSON object");
            in.throwIfInvalid();
        }
        in.onlyKnown(body, "", FIELDS);
        Optional<String> name = in.text(body, "name", "name", true, 200);
        Optional<String> description = in.text(body, "description", "description", false, 4000);
        Optional<GeoPoint> location = in.position(body, "location", "location", true);
        Optional<String> region = in.text(body, "region", "region", false, 2);
        if (region.isPresent() && !(region.get().matches("[0-9]{2}") && isRegion.test(region.get()))) {
            in.error("region", "must be the two-digit county code of a region, such as 23; was " + region.get());
            region = Optional.empty();
        }
        Optional<Instant> ready = in.instant(body, "readyAt", "readyAt", false);
        ready.ifPresent(r -> checkWindow(in, "readyAt", r, now));
        List<CasualtyCount> casualties = new ArrayList<>();
        Optional<JsonArray> list = in.array(body, "casualties", "casualties", true, 100);
        long total = 0;
        if (list.isPresent()) {
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < list.get().size(); i++) {
                String path = "casualties[" + i + "]";
                if (!(list.get().get(i) instanceof JsonObject c)) {
                    in.error(path, "must be an object with triage, careNeed, lying and count");
                    continue;
                }
                in.onlyKnown(c, path, CASUALTY_FIELDS);
                Optional<Triage> triage = in.constant(c, "triage", path + ".triage", true, Triage.class);
                Optional<CareNeed> need = in.constant(c, "careNeed", path + ".careNeed", true, CareNeed.class);
                Optional<Boolean> lying = in.bool(c, "lying", path + ".lying", true);
                Optional<Long> count = in.whole(c, "count", path + ".count", true, 0, PlanningProblem.MAX_COUNT);
                Optional<Instant> own = in.instant(c, "readyAt", path + ".readyAt", false);
                own.ifPresent(r -> checkWindow(in, path + ".readyAt", r, now));
                if (triage.isEmpty() || need.isEmpty() || lying.isEmpty() || count.isEmpty()) {
                    continue;
                }
                String key = triage.get() + "/" + need.get() + "/" + lying.get();
                Integer first = seen.putIfAbsent(key, i);
                if (first != null) {
                    in.error(path, "repeats casualties[" + first + "] (" + triage.get() + ", " + need.get() + ", "
                            + (lying.get() ? "lying" : "seated") + "); give each combination once");
                    continue;
                }
                total += count.get();
                casualties.add(new CasualtyCount(triage.get(), need.get(), lying.get(), count.get().intValue(),
                        own.orElse(null)));
            }
            if (total > PlanningProblem.MAX_COUNT) {
                in.error("casualties", "hold " + total + " patients in all, more than " + PlanningProblem.MAX_COUNT);
            }
        }
        in.throwIfInvalid();
        boolean located = region.isEmpty();
        String regionCode = region.orElseGet(() -> locate.apply(location.get()));
        return new IncidentDraft(name.get(), description.orElse(null), location.get(), regionCode, located,
                ready.orElse(defaultReady), casualties);
    }

    private static void checkWindow(JsonInput in, String field, Instant value, Instant now) {
        if (value.isBefore(now.minus(READY_WINDOW)) || value.isAfter(now.plus(READY_WINDOW))) {
            in.error(field, "must lie within " + READY_WINDOW.toDays() + " days of now, was " + value);
        }
    }
}
