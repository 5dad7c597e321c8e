package io.parallax.web.api;

import io.parallax.ejb.security.NotAMember;
import io.parallax.web.language.Languages;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** An authenticated caller who is not a member of the school: 403 with the reason. */
@Provider
public class NotAMembers implements ExceptionMapper<NotAMember> {

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(NotAMember refusal) {
    return Problem.response(
        Response.Status.FORBIDDEN, refusal.message(Languages.of(headers)), null);
  }
}
