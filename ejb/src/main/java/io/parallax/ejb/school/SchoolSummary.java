package io.parallax.ejb.school;

import io.parallax.domain.school.School;
import io.parallax.domain.school.SchoolStatus;
import java.io.Serializable;

/** What the platform admin sees of a school. */
public record SchoolSummary(String id, String name, SchoolStatus status, long version)
    implements Serializable {

  static SchoolSummary of(School school) {
    return new SchoolSummary(school.id(), school.name(), school.status(), school.version());
  }
}
