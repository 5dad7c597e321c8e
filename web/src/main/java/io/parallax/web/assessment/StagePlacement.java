package io.parallax.web.assessment;

import io.parallax.domain.assessment.DevelopmentDomain;
import io.parallax.ejb.assessment.Assessments;
import io.parallax.ejb.assessment.StageAssessmentView;
import io.parallax.web.api.Between;
import io.parallax.web.api.Filled;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The content of a stage assessment: the level on the school's scale in a domain, the IDM
 * sub-scores (1–5), why, and the suggested supervisory stance (optional).
 */
public record StagePlacement(
    @NotNull(message = "{parallax.stagePlacement.1}") DevelopmentDomain domain,
    @Filled(message = "{parallax.stagePlacement.2}") String level,
    @Between(min = 1, max = 5, message = "{parallax.stagePlacement.3}") int awareness,
    @Between(min = 1, max = 5, message = "{parallax.stagePlacement.4}") int motivation,
    @Between(min = 1, max = 5, message = "{parallax.stagePlacement.5}") int autonomy,
    @Filled(message = "{parallax.stagePlacement.6}") String rationale,
    String suggestedStance)
    implements AssessmentContent<StageAssessmentView> {

  @Override
  public StageAssessmentView create(Assessments assessments, UUID traineeId, LocalDate assessedOn) {
    return assessments.assessStage(
        traineeId,
        assessedOn,
        domain,
        level,
        awareness,
        motivation,
        autonomy,
        rationale,
        suggestedStance);
  }

  @Override
  public StageAssessmentView revise(Assessments assessments, UUID id, long version) {
    return assessments.reassessStage(
        id, version, domain, level, awareness, motivation, autonomy, rationale, suggestedStance);
  }
}
