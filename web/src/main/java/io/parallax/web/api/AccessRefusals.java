package io.parallax.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A service refused the caller's role: 403, without naming what was asked for. */
@Provider
public class AccessRefusals implements ExceptionMapper<EJBAccessException> {

  @Override
  public Response toResponse(EJBAccessException refusal) {
    return Problem.response(
        Response.Status.FORBIDDEN, "Your role in Parallax does not allow this.", null);
  }
}
