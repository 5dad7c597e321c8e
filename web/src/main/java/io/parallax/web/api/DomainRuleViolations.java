package io.parallax.web.api;

import io.parallax.domain.DomainRuleViolation;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A request that breaks a domain rule is the caller's to fix: 400, naming the field. */
@Provider
public class DomainRuleViolations implements ExceptionMapper<DomainRuleViolation> {

  @Override
  public Response toResponse(DomainRuleViolation violation) {
    return Problem.response(Response.Status.BAD_REQUEST, violation.getMessage(), violation.field());
  }
}
