package io.parallax.web.api;

import io.parallax.web.language.Languages;
import io.parallax.web.language.Wording;
import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A service refused the caller's role: 403, without naming what was asked for. */
@Provider
public class AccessRefusals implements ExceptionMapper<EJBAccessException> {

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(EJBAccessException refusal) {
    return Problem.response(
        Response.Status.FORBIDDEN, Wording.text(Languages.of(headers), "accessRefused"), null);
  }
}
