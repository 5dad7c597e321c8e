package io.parallax.ejb.accreditation;

import io.parallax.domain.accreditation.RequirementProgress;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One trainee's readiness for their track: each requirement's progress, whether all are met, the
 * day all would be at the pace of the last 90 days ({@code projected}; null when some requirement
 * cannot be projected), and whether they are {@code behind}: not ready, and either without a
 * projection or projected past the cohort's end. {@code track} is null when no program of the
 * trainee's cohorts names a track (then nothing else is set).
 */
public record TraineeReadiness(
    UUID traineeId,
    String traineeName,
    String cohort,
    String track,
    List<RequirementProgress> requirements,
    boolean ready,
    LocalDate projected,
    boolean behind)
    implements Serializable {

  /** The share of requirements met, 0 to 100 (0 when no track). */
  public int percentMet() {
    if (requirements.isEmpty()) {
      return 0;
    }
    long met = requirements.stream().filter(RequirementProgress::met).count();
    return (int) Math.round(100.0 * met / requirements.size());
  }
}
