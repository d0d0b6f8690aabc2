package se.samverkan.platform.http;

import java.util.ArrayList;
import java.util.List;
import se.samverkan.platform.problem.Problem.FieldError;
import se.samverkan.platform.problem.ProblemException;

/** Checks coordinates given as query parameters, naming the parameter in the problem (NaN included). */
public final class Coordinates {

    private Coordinates() {
    }

    public static void require(String latName, Double lat, String lonName, Double lon) {
        List<FieldError> errors = new ArrayList<>();
        if (lat == null) {
            errors.add(new FieldError(latName, "is required"));
        } else if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
            errors.add(new FieldError(latName, "must be a latitude between -90 and 90"));
        }
        if (lon == null) {
            errors.add(new FieldError(lonName, "is required"));
        } else if (!Double.isFinite(lon) || lon < -180 || lon > 180) {
            errors.add(new FieldError(lonName, "must be a longitude between -180 and 180"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
