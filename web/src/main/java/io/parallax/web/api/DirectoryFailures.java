package io.parallax.web.api;

import io.parallax.ejb.identity.DirectoryUnavailable;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Keycloak could not provision what was asked: 503, nothing stored, and what failed. */
@Provider
public class DirectoryFailures implements ExceptionMapper<DirectoryUnavailable> {

  @Override
  public Response toResponse(DirectoryUnavailable failure) {
    return Problem.response(Response.Status.SERVICE_UNAVAILABLE, failure.getMessage(), null);
  }
}
