package io.parallax.web.api;

import io.parallax.domain.ConcurrentEdit;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** An edit of a record someone else changed meanwhile: 409, with what to do about it. */
@Provider
public class ConcurrentEdits implements ExceptionMapper<ConcurrentEdit> {

  @Override
  public Response toResponse(ConcurrentEdit conflict) {
    return Problem.response(Response.Status.CONFLICT, conflict.getMessage(), null);
  }
}
