package io.parallax.web.api;

import io.parallax.ejb.NoSuchRecord;
import io.parallax.web.language.Languages;
import io.parallax.web.language.Wording;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A record the caller may not see is, to them, a record that does not exist: 404. */
@Provider
public class NoSuchRecords implements ExceptionMapper<NoSuchRecord> {

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(NoSuchRecord missing) {
    return Problem.response(
        Response.Status.NOT_FOUND, Wording.of(missing, Languages.of(headers)), null);
  }
}
