package se.samverkan.planning;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import se.samverkan.planner.InvalidPlanningInputException;
import se.samverkan.platform.problem.Problem;
import se.samverkan.platform.problem.ProblemException;
import se.samverkan.platform.problem.ProblemTypes;

/** The problem details of planning, in one place. */
public final class PlanningProblems {

    /** 422: the request is well-formed but cannot be planned (contradictory policy, nothing to plan). */
    public static final String INVALID_PLANNING_INPUT = "/problems/invalid-planning-input";

    private PlanningProblems() {
    }

    /** The planner refused its input: each field with its reason, under {@code prefix} (e.g. "policy"). */
    public static ProblemException unplannable(InvalidPlanningInputException e, String prefix) {
        List<Problem.FieldError> errors = e.errors().stream()
                .map(f -> new Problem.FieldError(prefix.isEmpty() ? f.field()
                        : f.field().isEmpty() ? prefix : prefix + "." + f.field(), f.message())).toList();
        return unplannable(errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).reason()
                : errors.size() + " fields cannot be planned.", errors);
    }

    public static ProblemException unplannable(String detail, List<Problem.FieldError> errors) {
        return new ProblemException(new Problem(INVALID_PLANNING_INPUT, "Cannot be planned", 422, detail, null, errors));
    }

    public static ProblemException unknownPlan(UUID id) {
        return ProblemException.notFound(ProblemTypes.NOT_FOUND, "Unknown plan", "There is no plan with id " + id + ".");
    }

    /** What a failed or cancelled run stores and shows: a sentence, and the fields at fault if any. */
    public static JsonObject errorJson(String message, List<Problem.FieldError> errors) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        errors.forEach(e -> list.add(Json.createObjectBuilder().add("field", e.field()).add("reason", e.reason())));
        return Json.createObjectBuilder().add("message", message).add("errors", list).build();
    }
}
