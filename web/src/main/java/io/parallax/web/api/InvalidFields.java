package io.parallax.web.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;

/**
 * Bean Validation refused a request: 400 naming every bad field (the last node of each violation's
 * path, e.g. {@code minutes}), so a client can mark them all at once.
 */
@Provider
public class InvalidFields implements ExceptionMapper<ConstraintViolationException> {

  @Override
  public Response toResponse(ConstraintViolationException refusal) {
    List<Problem.FieldError> errors =
        refusal.getConstraintViolations().stream()
            .map(v -> new Problem.FieldError(field(v), v.getMessage()))
            .sorted(Comparator.comparing(Problem.FieldError::field))
            .toList();
    String first = errors.isEmpty() ? null : errors.get(0).field();
    String detail =
        errors.size() == 1
            ? errors.get(0).message()
            : errors.size() + " fields need attention: see errors.";
    return Problem.response(Response.Status.BAD_REQUEST, detail, first, errors);
  }

  private static String field(ConstraintViolation<?> violation) {
    String last = null;
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getName() != null) {
        last = node.getName();
      }
    }
    return last == null ? "request" : last;
  }
}
