package io.parallax.web.api;

import io.parallax.domain.assessment.SignedOff;
import io.parallax.web.language.Languages;
import io.parallax.web.language.Wording;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A change of a signed-off assessment: 409, because nothing in the request can fix it; the record's
 * state forbids it. The detail says what to do instead (create a correction); {@code field} is
 * {@code signedOff}.
 */
@Provider
public class SignedOffAssessments implements ExceptionMapper<SignedOff> {

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(SignedOff refusal) {
    return Problem.response(
        Response.Status.CONFLICT, Wording.of(refusal, Languages.of(headers)), refusal.field());
  }
}
