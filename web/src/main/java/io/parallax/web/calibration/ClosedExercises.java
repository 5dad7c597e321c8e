package io.parallax.web.calibration;

import io.parallax.domain.calibration.CalibrationClosed;
import io.parallax.web.api.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A step the exercise's state forbids (grading after the deadline or once the results are open;
 * reading results before they open): 409, since nothing in the request can fix it.
 */
@Provider
public class ClosedExercises implements ExceptionMapper<CalibrationClosed> {

  @Override
  public Response toResponse(CalibrationClosed refusal) {
    return Problem.response(Response.Status.CONFLICT, refusal.getMessage(), refusal.field());
  }
}
