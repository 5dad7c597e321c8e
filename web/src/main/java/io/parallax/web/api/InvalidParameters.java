package io.parallax.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A bad query or path parameter: 400 naming it. */
@Provider
public class InvalidParameters implements ExceptionMapper<Page.InvalidParameter> {

  @Override
  public Response toResponse(Page.InvalidParameter refusal) {
    return Problem.response(Response.Status.BAD_REQUEST, refusal.getMessage(), refusal.parameter());
  }
}
