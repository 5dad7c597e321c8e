package io.parallax.web.api;

import io.parallax.domain.DomainRuleViolation;
import io.parallax.web.language.Languages;
import io.parallax.web.language.Wording;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A request that breaks a domain rule is the caller's to fix: 400, naming the field. */
@Provider
public class DomainRuleViolations implements ExceptionMapper<DomainRuleViolation> {

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(DomainRuleViolation violation) {
    return Problem.response(
        Response.Status.BAD_REQUEST,
        Wording.of(violation, Languages.of(headers)),
        violation.field());
  }
}
