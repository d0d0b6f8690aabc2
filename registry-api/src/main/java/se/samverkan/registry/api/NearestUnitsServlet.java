package se.samverkan.registry.api;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import se.samverkan.platform.http.Coordinates;
import se.samverkan.platform.http.JsonReadServlet;
import se.samverkan.platform.http.QueryRange;
import se.samverkan.platform.security.Caller;
import se.samverkan.platform.security.Roles;
import se.samverkan.registry.UnitFilter;
import se.samverkan.registry.UnitReads;

/**
 * {@code GET /api/units/nearest?lat=&lon=[&n=20][&capability=…][&kind=…]}: the n nearest units available
 * now that have every capability asked for (and are of one of the kinds, when given), nearest first.
 * The registry's most frequent question in a crisis, served without the REST framework (decision 0007);
 * the same callers as {@link UnitResource}, the same answer ({@link UnitJsonWriter}), documented in
 * META-INF/openapi.yaml beside the generated operations.
 */
@WebServlet(NearestUnitsServlet.PATH)
public class NearestUnitsServlet extends JsonReadServlet {

    static final String PATH = "/api/units/nearest";

    @Inject
    UnitReads reads;

    public NearestUnitsServlet() {
        super(Roles.VIEWER, Roles.REGION_EDITOR, Roles.NATIONAL_COORDINATOR, Roles.EXERCISE_PLANNER,
                Roles.DEFENCE_LIAISON, Roles.HOSPITAL_REPORTER);
    }

    @Override
    protected byte[] answer(HttpServletRequest request, Caller caller) {
        Double lat = number(request, "lat");
        Double lon = number(request, "lon");
        Coordinates.require("lat", lat, "lon", lon);
        int n = QueryRange.require("n", integer(request, "n", 20), 1, 200);
        UnitFilter filter = UnitFilter.of(null, values(request, "kind"), values(request, "capability"),
                null, null, null, null, false);
        reads.checkVocabulary(filter);
        return UnitJsonWriter.toJson(reads.nearest(lat, lon, filter.capabilities(), filter.kinds(), n, caller));
    }
}
