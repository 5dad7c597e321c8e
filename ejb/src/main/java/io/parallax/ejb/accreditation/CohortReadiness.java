package io.parallax.ejb.accreditation;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A cohort's readiness for the track its program leads to ({@code track} null: none named), one row
 * per enrolled trainee the caller may see, by name.
 */
public record CohortReadiness(
    UUID cohortId, String cohort, String track, LocalDate endsOn, List<TraineeReadiness> trainees)
    implements Serializable {

  public long readyCount() {
    return trainees.stream().filter(TraineeReadiness::ready).count();
  }

  public long behindCount() {
    return trainees.stream().filter(TraineeReadiness::behind).count();
  }
}
