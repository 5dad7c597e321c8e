package io.parallax.web.accreditation;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** A mentor-coaching session as the API takes it: mentor, day, minutes, one-to-one or group. */
public class MentorCoachingRequest {

  public String mentorName;

  @NotNull(message = "{parallax.accreditation.2}")
  public LocalDate heldOn;

  @NotNull(message = "{parallax.accreditation.3}")
  public Integer minutes;

  @NotNull(message = "{parallax.accreditation.4}")
  public Boolean oneToOne;
}
