package se.samverkan.platform.http;

import se.samverkan.platform.problem.Problem;
import se.samverkan.platform.problem.ProblemException;

/**
 * Range checks for numeric query parameters, answered as a problem naming the parameter. Done in code
 * rather than with {@code @Min}/{@code @Max}/{@code @DecimalMax} on the parameter because Payara's OpenAPI
 * generator fails with a NullPointerException on those (found: /openapi answered 500).
 */
public final class QueryRange {

    private QueryRange() {
    }

    public static int require(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw ProblemException.invalid(name, "must be between " + min + " and " + max);
        }
        return value;
    }

    public static double require(String name, Double value, double min, double max) {
        check(name, value, min, max).ifPresent(e -> {
            throw ProblemException.invalid(java.util.List.of(e));
        });
        return value;
    }

    /** The problem with the value, if any, for callers that report several parameters at once. */
    public static java.util.Optional<Problem.FieldError> check(String name, Double value, double min, double max) {
        if (value == null) {
            return java.util.Optional.of(new Problem.FieldError(name, "is required"));
        }
        if (!Double.isFinite(value) || value < min || value > max) {
            return java.util.Optional.of(new Problem.FieldError(name, "must be between " + trim(min) + " and " + trim(max)));
        }
        return java.util.Optional.empty();
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
