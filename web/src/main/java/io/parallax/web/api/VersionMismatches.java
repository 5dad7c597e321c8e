package io.parallax.web.api;

import io.parallax.web.language.Languages;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A missing (428) or stale (412) {@code If-Match}. */
@Provider
public class VersionMismatches implements ExceptionMapper<Versions.VersionMismatch> {

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(Versions.VersionMismatch refusal) {
    return Problem.response(refusal.status(), refusal.message(Languages.of(headers)), "If-Match");
  }
}
