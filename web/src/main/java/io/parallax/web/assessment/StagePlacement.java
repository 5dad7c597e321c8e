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
    @NotNull(message = "Pick the domain assessed (CONTRACTING first).") DevelopmentDomain domain,
    @Filled(message = "Pick the level on the school's scale.") String level,
    @Between(min = 1, max = 5, message = "Score self/other awareness from 1 to 5.") int awareness,
    @Between(min = 1, max = 5, message = "Score motivation from 1 to 5.") int motivation,
    @Between(min = 1, max = 5, message = "Score autonomy from 1 to 5.") int autonomy,
    @Filled(message = "Say why the trainee is at this level.") String rationale,
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
