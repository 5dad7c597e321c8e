package io.parallax.ejb.assessment;

import io.parallax.domain.assessment.ContractingAssessment;
import io.parallax.domain.contracting.ContractingElement;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A contracting assessment: the 1–5 grade per element, the evidence sessions and the comment. */
public record ContractingAssessmentView(
    UUID id,
    UUID traineeId,
    String traineeName,
    String supervisorName,
    LocalDate assessedOn,
    Map<ContractingElement, Integer> grades,
    List<UUID> evidenceSessions,
    String comment,
    boolean sharedWithTrainee,
    Instant signedOffAt,
    int versionNumber,
    UUID previousVersionId,
    List<String> changes,
    long version)
    implements Serializable, AssessmentView {

  static ContractingAssessmentView of(ContractingAssessment assessment) {
    Map<ContractingElement, Integer> grades = new EnumMap<>(ContractingElement.class);
    for (ContractingElement element : ContractingElement.values()) {
      grades.put(element, assessment.grade(element));
    }
    return new ContractingAssessmentView(
        assessment.id(),
        assessment.trainee().id(),
        assessment.trainee().displayName(),
        assessment.supervisor().displayName(),
        assessment.assessedOn(),
        grades,
        assessment.evidenceSessions(),
        assessment.comment().orElse(null),
        assessment.isSharedWithTrainee(),
        assessment.signedOffAt().orElse(null),
        assessment.versionNumber(),
        assessment.previousVersion().map(ContractingAssessment::id).orElse(null),
        assessment.previousVersion().map(assessment::changesFrom).orElse(List.of()),
        assessment.version());
  }
}
