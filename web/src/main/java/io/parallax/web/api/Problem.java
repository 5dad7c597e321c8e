package io.parallax.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem details body. {@code field} names the request field at fault, when there is
 * one, so a client can show the message next to it; {@code errors} lists every bad field when a
 * request had several.
 */
public record Problem(
    String type, String title, int status, String detail, String field, List<FieldError> errors) {

  public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

  /** One bad request field and what is wrong with it. */
  public record FieldError(String field, String message) {}

  public static Response response(Response.Status status, String detail, String field) {
    List<FieldError> errors = field == null ? List.of() : List.of(new FieldError(field, detail));
    return response(status, detail, field, errors);
  }

  public static Response response(
      Response.Status status, String detail, String field, List<FieldError> errors) {
    Problem problem =
        new Problem(
            "about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, field, errors);
    return Response.status(status).type(MEDIA_TYPE).entity(problem).build();
  }
}
