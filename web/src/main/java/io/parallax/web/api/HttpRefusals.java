package io.parallax.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * What JAX-RS itself refuses (no such path, a path id that is no UUID, a query parameter of the
 * wrong type, a method or media type not served) as problem+json instead of the runtime's HTML
 * page. A query parameter that cannot be converted is the caller's mistake: 400 naming it, where
 * the specification's default would be 404. Answers that already carry a body pass unchanged.
 */
@Provider
public class HttpRefusals implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException refused) {
    Response response = refused.getResponse();
    if (response.hasEntity()) {
      return response;
    }
    String parameter = parameterName(refused);
    String kind = refused.getClass().getSimpleName();
    if (parameter != null && kind.contains("QueryParam")) {
      return Problem.response(
          Response.Status.BAD_REQUEST,
          "The query parameter '" + parameter + "' has a value of the wrong type.",
          parameter);
    }
    Response.Status status = Response.Status.fromStatusCode(response.getStatus());
    if (status == null) {
      status = Response.Status.BAD_REQUEST;
    }
    return Problem.response(status, detail(status, parameter, kind), parameter);
  }

  static String detail(Response.Status status, String parameter, String kind) {
    if (parameter != null && kind.contains("PathParam")) {
      return "'" + parameter + "' in the path is not an id: ids are UUIDs.";
    }
    return switch (status) {
      case NOT_FOUND -> "Nothing here: check the path (ids are UUIDs).";
      case METHOD_NOT_ALLOWED -> "This path does not take that method: see the API description.";
      case NOT_ACCEPTABLE -> "This path cannot answer in the media type asked for.";
      case UNSUPPORTED_MEDIA_TYPE -> "Send the request body as application/json.";
      default -> status.getReasonPhrase() + ".";
    };
  }

  /** The parameter a conversion failure names (Jersey's ParamException), read without linking. */
  private static String parameterName(WebApplicationException refused) {
    try {
      Object name = refused.getClass().getMethod("getParameterName").invoke(refused);
      return name == null ? null : name.toString();
    } catch (ReflectiveOperationException | RuntimeException notAParameterRefusal) {
      return null;
    }
  }
}
