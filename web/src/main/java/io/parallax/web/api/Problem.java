package io.parallax.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem details body. {@code field} names the request field at fault, when there is
 * one, so a client can show the message next to it.
 */
public record Problem(String type, String title, int status, String detail, String field) {

  public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

  public static Response response(Response.Status status, String detail, String field) {
    Problem problem =
        new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, field);
    return Response.status(status).type(MEDIA_TYPE).entity(problem).build();
  }
}
