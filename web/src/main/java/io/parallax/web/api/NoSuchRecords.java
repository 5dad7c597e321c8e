package io.parallax.web.api;

import io.parallax.ejb.NoSuchRecord;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A record the caller may not see is, to them, a record that does not exist: 404. */
@Provider
public class NoSuchRecords implements ExceptionMapper<NoSuchRecord> {

  @Override
  public Response toResponse(NoSuchRecord missing) {
    return Problem.response(Response.Status.NOT_FOUND, missing.getMessage(), null);
  }
}
