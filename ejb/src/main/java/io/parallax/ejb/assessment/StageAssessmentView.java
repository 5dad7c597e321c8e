package io.parallax.ejb.assessment;

import io.parallax.domain.assessment.DevelopmentDomain;
import io.parallax.domain.assessment.StageAssessment;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A stage assessment: the level on the scale in one domain (with its rank, 1 for the lowest), the
 * three IDM sub-scores, the rationale and the suggested supervisory stance.
 */
public record StageAssessmentView(
    UUID id,
    UUID traineeId,
    String traineeName,
    String supervisorName,
    LocalDate assessedOn,
    String scale,
    DevelopmentDomain domain,
    String level,
    int rank,
    int awareness,
    int motivation,
    int autonomy,
    String rationale,
    String suggestedStance,
    boolean sharedWithTrainee,
    Instant signedOffAt,
    int versionNumber,
    UUID previousVersionId,
    List<String> changes,
    long version)
    implements Serializable, AssessmentView {

  static StageAssessmentView of(StageAssessment assessment) {
    return new StageAssessmentView(
        assessment.id(),
        assessment.trainee().id(),
        assessment.trainee().displayName(),
        assessment.supervisor().displayName(),
        assessment.assessedOn(),
        assessment.scale().name(),
        assessment.domain(),
        assessment.level(),
        assessment.rank(),
        assessment.subScores().awareness(),
        assessment.subScores().motivation(),
        assessment.subScores().autonomy(),
        assessment.rationale(),
        assessment.suggestedStance().orElse(null),
        assessment.isSharedWithTrainee(),
        assessment.signedOffAt().orElse(null),
        assessment.versionNumber(),
        assessment.previousVersion().map(StageAssessment::id).orElse(null),
        assessment.previousVersion().map(assessment::changesFrom).orElse(List.of()),
        assessment.version());
  }
}
