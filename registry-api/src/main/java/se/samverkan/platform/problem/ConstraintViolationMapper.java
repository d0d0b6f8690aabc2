package se.samverkan.platform.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;

/** Bean Validation failures become one 400 problem listing every bad field with its reason. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        List<Problem.FieldError> errors = exception.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).reason()
                : errors.size() + " fields are invalid.";
        return new Problem(ProblemTypes.INVALID_INPUT, "Invalid input", 400, detail, RequestPaths.of(uri), errors)
                .toResponse();
    }

    /**
     * The name the client used: for a method parameter the parameter's name (the project compiles with
     * {@code -parameters}, and path and query parameters are named as on the wire); for a body the
     * property path below it, without the method and argument nodes.
     */
    static String fieldName(ConstraintViolation<?> violation) {
        StringBuilder name = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR
                    || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER && isBody(violation, node)) {
                continue;
            }
            if (!name.isEmpty() && node.getName() != null) {
                name.append('.');
            }
            if (node.getName() != null) {
                name.append(node.getName());
            }
            if (node.getIndex() != null) {
                name.append('[').append(node.getIndex()).append(']');
            }
        }
        return name.isEmpty() ? "request" : name.toString();
    }

    private static boolean isBody(ConstraintViolation<?> violation, Path.Node parameter) {
        // A parameter followed by property nodes is a request body; its own name means nothing to clients.
        boolean seen = false;
        for (Path.Node node : violation.getPropertyPath()) {
            if (seen) {
                return node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT;
            }
            seen = node.equals(parameter);
        }
        return false;
    }
}
