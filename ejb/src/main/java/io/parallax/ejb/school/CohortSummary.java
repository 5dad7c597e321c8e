package io.parallax.ejb.school;

import io.parallax.domain.school.Cohort;
import io.parallax.domain.school.CohortStatus;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

/** What the UI and the API show of a cohort. */
public record CohortSummary(
    UUID id,
    String name,
    String program,
    LocalDate startsOn,
    LocalDate endsOn,
    CohortStatus status,
    long version)
    implements Serializable {

  static CohortSummary of(Cohort cohort) {
    return new CohortSummary(
        cohort.id(),
        cohort.name(),
        cohort.program().name(),
        cohort.startsOn(),
        cohort.endsOn().orElse(null),
        cohort.status(),
        cohort.version());
  }
}
