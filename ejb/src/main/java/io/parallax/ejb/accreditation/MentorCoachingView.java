package io.parallax.ejb.accreditation;

import io.parallax.domain.accreditation.MentorCoaching;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

/** A mentor-coaching session as the trainee's page and the API show it. */
public record MentorCoachingView(
    UUID id, String mentorName, LocalDate heldOn, int minutes, boolean oneToOne, long version)
    implements Serializable {

  static MentorCoachingView of(MentorCoaching m) {
    return new MentorCoachingView(
        m.id(), m.mentorName(), m.heldOn(), m.minutes(), m.oneToOne(), m.version());
  }
}
