package io.parallax.ejb.analysis;

import java.util.Set;
import java.util.UUID;

/**
 * Whose sessions a report reads: the trainees enrolled in a cohort, all of them (a school admin) or
 * only those in {@code trainees} (a supervisor's current supervisees, or one trainee).
 */
public record ReportScope(UUID cohort, Set<UUID> trainees) {

  public static ReportScope wholeCohort(UUID cohort) {
    return new ReportScope(cohort, null);
  }

  public boolean restricted() {
    return trainees != null;
  }

  /** Whether the scope can hold no one (a supervisor with no supervisee in the cohort). */
  public boolean empty() {
    return trainees != null && trainees.isEmpty();
  }

  public boolean covers(UUID trainee) {
    return trainees == null || trainees.contains(trainee);
  }
}
