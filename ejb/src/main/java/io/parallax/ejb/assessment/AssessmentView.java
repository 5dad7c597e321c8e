package io.parallax.ejb.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An assessment of either kind as its reader sees it: what every assessment has, so that lists of
 * both kinds read alike. {@code changes} names the fields in which a correction differs from the
 * version it corrects (empty for a first version).
 */
public sealed interface AssessmentView permits ContractingAssessmentView, StageAssessmentView {

  UUID id();

  UUID traineeId();

  String traineeName();

  String supervisorName();

  LocalDate assessedOn();

  boolean sharedWithTrainee();

  Instant signedOffAt();

  int versionNumber();

  UUID previousVersionId();

  List<String> changes();

  long version();
}
