package io.parallax.web.accreditation;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** A CPD entry as the API takes it: day, minutes, title. */
public class CpdRequest {

  @NotNull(message = "{parallax.accreditation.2}")
  public LocalDate heldOn;

  @NotNull(message = "{parallax.accreditation.3}")
  public Integer minutes;

  public String title;
}
