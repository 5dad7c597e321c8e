package io.parallax.ejb.school;

import io.parallax.domain.school.School;
import io.parallax.domain.school.SchoolStatus;
import java.io.Serializable;
import java.time.ZoneId;

/**
 * What the platform admin (and a school's own admin) sees of a school. {@code timeZone} is the zone
 * it works in: its own choice, or Parallax's default zone when it has made none.
 */
public record SchoolSummary(
    String id, String name, SchoolStatus status, String timeZone, long version)
    implements Serializable {

  static SchoolSummary of(School school, ZoneId defaultZone) {
    return new SchoolSummary(
        school.id(),
        school.name(),
        school.status(),
        school.timeZone().orElse(defaultZone).getId(),
        school.version());
  }
}
