package se.samverkan.planner;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Planning input that cannot be planned: each {@link FieldError} names the offending field by its path in the
 * scenario (for example {@code casualtyGroups[3].count}) so an API can answer with a problem detail per field.
 */
public class InvalidPlanningInputException extends IllegalArgumentException {

    /** One rejected field: a path in the scenario and the reason in words. */
    public record FieldError(String field, String message) {
    }

    private final List<FieldError> errors;

    public InvalidPlanningInputException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an input error needs at least one field");
        }
        this.errors = List.copyOf(errors);
    }

    public InvalidPlanningInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The same errors with their fields placed under {@code prefix}, e.g. {@code units[4]}. */
    public InvalidPlanningInputException under(String prefix) {
        List<FieldError> moved = new ArrayList<>();
        for (FieldError e : errors) {
            moved.add(new FieldError(e.field().isEmpty() ? prefix : prefix + "." + e.field(), e.message()));
        }
        return new InvalidPlanningInputException(moved);
    }

    static void require(boolean condition, String field, String message) {
        if (!condition) {
            throw new InvalidPlanningInputException(field, message);
        }
    }
}
