package io.parallax.web.api;

import io.parallax.web.language.Languages;
import io.parallax.web.language.Wording;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Bean Validation refused a request: 400 naming every bad field (the last node of each violation's
 * path, e.g. {@code minutes}), so a client can mark them all at once. The messages are said in the
 * language the request accepts (templates in {@code ValidationMessages}).
 */
@Provider
public class InvalidFields implements ExceptionMapper<ConstraintViolationException> {

  private static final MessageInterpolator MESSAGES =
      Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(ConstraintViolationException refusal) {
    Locale language = Languages.of(headers);
    List<Problem.FieldError> errors =
        refusal.getConstraintViolations().stream()
            .map(v -> new Problem.FieldError(field(v), message(v, language)))
            .sorted(Comparator.comparing(Problem.FieldError::field))
            .toList();
    String first = errors.isEmpty() ? null : errors.get(0).field();
    String detail =
        errors.size() == 1
            ? errors.get(0).message()
            : Wording.text(language, "fieldsNeedAttention", errors.size());
    return Problem.response(Response.Status.BAD_REQUEST, detail, first, errors);
  }

  /** The violation's message in {@code language}; as the validator said it if that fails. */
  static String message(ConstraintViolation<?> violation, Locale language) {
    try {
      return MESSAGES.interpolate(
          violation.getMessageTemplate(),
          new MessageInterpolator.Context() {
            @Override
            public ConstraintDescriptor<?> getConstraintDescriptor() {
              return violation.getConstraintDescriptor();
            }

            @Override
            public Object getValidatedValue() {
              return violation.getInvalidValue();
            }

            @Override
            public <T> T unwrap(Class<T> type) {
              throw new ValidationException("No " + type.getName() + " here.");
            }
          },
          language);
    } catch (RuntimeException uninterpolated) {
      return violation.getMessage();
    }
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
