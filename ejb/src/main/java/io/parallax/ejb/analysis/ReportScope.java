package io.parallax.ejb.analysis;

import java.util.Set;
import java.util.UUID;

/**
 * Whose sessions a report reads: the trainees enrolled in a cohort, all of them (a school admin) or
 * only those in {@code trainees} (a supervisor's current supervisees); with no cohort, exactly the
 * {@code trainees} (a trainee's drill-down).
 */
public record ReportScope(UUID cohort, Set<UUID> trainees) {

  public ReportScope {
    if (cohort == null && trainees == null) {
      throw new IllegalArgumentException("a scope names a cohort, its trainees or both");
    }
    trainees = trainees == null ? null : Set.copyOf(trainees);
  }

  public static ReportScope trainee(UUID trainee) {
    return new ReportScope(null, Set.of(trainee));
  }

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
