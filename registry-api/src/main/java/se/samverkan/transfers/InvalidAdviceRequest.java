package se.samverkan.transfers;

import java.util.List;
import se.samverkan.platform.problem.Problem;

/** Every bad field of an advice request, with the reason for each; the API answers it as one 400 problem. */
public class InvalidAdviceRequest extends RuntimeException {

    private final transient List<Problem.FieldError> errors;

    public InvalidAdviceRequest(List<Problem.FieldError> errors) {
        super(errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).reason()
                : errors.size() + " fields are invalid.");
        this.errors = List.copyOf(errors);
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
