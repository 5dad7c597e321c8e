package io.parallax.web.api;

import io.parallax.domain.ConcurrentEdit;
import io.parallax.web.language.Languages;
import io.parallax.web.language.Wording;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** An edit of a record someone else changed meanwhile: 409, with what to do about it. */
@Provider
public class ConcurrentEdits implements ExceptionMapper<ConcurrentEdit> {

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(ConcurrentEdit conflict) {
    return Problem.response(
        Response.Status.CONFLICT, Wording.of(conflict, Languages.of(headers)), null);
  }
}
