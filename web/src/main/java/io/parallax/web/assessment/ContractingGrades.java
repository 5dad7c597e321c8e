package io.parallax.web.assessment;

import io.parallax.ejb.assessment.Assessments;
import io.parallax.ejb.assessment.ContractingAssessmentView;
import io.parallax.web.api.Between;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The content of a contracting assessment: 1–5 per element against the rubric anchors (PCC 3.1,
 * 3.2–3.3, 3.4, 4.4), the trainee's client sessions as evidence, and an overall comment.
 */
public record ContractingGrades(
    @NotNull(message = "{parallax.contractingGrades.1}") @Valid Grades grades,
    List<UUID> evidenceSessions,
    String comment)
    implements AssessmentContent<ContractingAssessmentView> {

  @Override
  public ContractingAssessmentView create(
      Assessments assessments, UUID traineeId, LocalDate assessedOn) {
    return assessments.gradeContracting(
        traineeId,
        assessedOn,
        grades.focus(),
        grades.outcome(),
        grades.approach(),
        grades.participation(),
        evidenceSessions,
        comment);
  }

  @Override
  public ContractingAssessmentView revise(Assessments assessments, UUID id, long version) {
    return assessments.regradeContracting(
        id,
        version,
        grades.focus(),
        grades.outcome(),
        grades.approach(),
        grades.participation(),
        evidenceSessions,
        comment);
  }

  /** 1 to 5 per contracting element. */
  public record Grades(
      @Between(min = 1, max = 5, message = "{parallax.contractingGrades.2}") int focus,
      @Between(min = 1, max = 5, message = "{parallax.contractingGrades.3}") int outcome,
      @Between(min = 1, max = 5, message = "{parallax.contractingGrades.4}") int approach,
      @Between(min = 1, max = 5, message = "{parallax.contractingGrades.5}") int participation) {}
}
