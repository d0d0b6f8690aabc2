package se.samverkan.hospitals;

import java.util.List;
import se.samverkan.platform.problem.Problem;
import se.samverkan.platform.problem.ProblemException;
import se.samverkan.platform.problem.ProblemTypes;

/** The problem details the hospitals capability answers with, in one place so their words stay consistent. */
public final class HospitalProblems {

    public static final String FORBIDDEN = "/problems/forbidden";
    public static final String STALE_VERSION = "/problems/stale-version";
    public static final String INVALID_EDXL_HAVE = "/problems/invalid-edxl-have";

    private HospitalProblems() {
    }

    public static ProblemException unknownHospital(String code) {
        return ProblemException.notFound(ProblemTypes.NOT_FOUND, "Unknown hospital",
                "There is no hospital or receiving facility with code " + code + ".");
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(new Problem(FORBIDDEN, "Not allowed", 403, detail, null, null));
    }

    public static ProblemException invalid(List<Problem.FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).reason()
                : errors.size() + " fields are invalid.";
        return new ProblemException(new Problem(ProblemTypes.INVALID_INPUT, "Invalid input", 400, detail, null, errors));
    }

    public static ProblemException invalid(String field, String reason) {
        return invalid(List.of(new Problem.FieldError(field, reason)));
    }

    public static ProblemException staleVersion(String code, long current) {
        return new ProblemException(new Problem(STALE_VERSION, "Changed by someone else", 412,
                "Hospital " + code + " has changed since you read it (now version " + current
                        + "). Read it again and repeat your change.", null, null));
    }
}
