package io.parallax.web.accreditation;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** A period of the trainee's log to submit for approval: first and last day, inclusive. */
public class SubmissionRequest {

  @NotNull(message = "{parallax.approval.1}")
  public LocalDate from;

  @NotNull(message = "{parallax.approval.2}")
  public LocalDate to;
}
