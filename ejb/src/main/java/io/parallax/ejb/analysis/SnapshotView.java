package io.parallax.ejb.analysis;

import io.parallax.domain.analysis.CohortSnapshot;
import java.time.LocalDate;
import java.util.UUID;

/** A cohort's nightly snapshot, as read by a school admin. */
public record SnapshotView(UUID cohortId, LocalDate takenOn, CohortSnapshot.Figures figures) {

  static SnapshotView of(CohortSnapshot snapshot) {
    return new SnapshotView(snapshot.cohort().id(), snapshot.takenOn(), snapshot.figures());
  }
}
