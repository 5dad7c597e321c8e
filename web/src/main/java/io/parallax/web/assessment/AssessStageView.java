package io.parallax.web.assessment;

import io.parallax.domain.assessment.DevelopmentDomain;
import io.parallax.ejb.assessment.Assessments;
import io.parallax.ejb.assessment.StageAssessmentView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/**
 * Places a supervisee on the school's developmental scale (IDM by default) in one domain, with the
 * awareness / motivation / autonomy sub-scores, the rationale and the supervisory stance the level
 * suggests (pre-filled when the level is picked, the supervisor's to change); the rest of an
 * assessment's life is {@link AssessmentPage}'s.
 */
@Named
@ViewScoped
public class AssessStageView extends AssessmentPage<StageAssessmentView> {

  private static final long serialVersionUID = 1L;

  private Assessments.ScaleView scale;
  private DevelopmentDomain domain = DevelopmentDomain.CONTRACTING;
  private String level;
  private Integer awareness;
  private Integer motivation;
  private Integer autonomy;
  private String rationale;
  private String suggestedStance;

  public AssessStageView() {
    super("stage", StageAssessmentView.class);
  }

  public Assessments.ScaleView getScale() {
    if (scale == null) {
      scale = assessments.defaultScaleLevels();
    }
    return scale;
  }

  /** Pre-fills the stance the picked level suggests. */
  public void levelPicked() {
    int index = getScale().levels().indexOf(level);
    if (index >= 0) {
      suggestedStance = getScale().suggestedStances().get(index);
    }
  }

  @Override
  protected StagePlacement content() {
    return new StagePlacement(
        domain, level, awareness, motivation, autonomy, rationale, suggestedStance);
  }

  @Override
  protected void fill(StageAssessmentView draft) {
    domain = draft.domain();
    level = draft.level();
    awareness = draft.awareness();
    motivation = draft.motivation();
    autonomy = draft.autonomy();
    rationale = draft.rationale();
    suggestedStance = draft.suggestedStance();
  }

  @Override
  protected void clear() {
    level = null;
    awareness = null;
    motivation = null;
    autonomy = null;
    rationale = null;
    suggestedStance = null;
  }

  public DevelopmentDomain[] getDomains() {
    return DevelopmentDomain.values();
  }

  public DevelopmentDomain getDomain() {
    return domain;
  }

  public void setDomain(DevelopmentDomain domain) {
    this.domain = domain;
  }

  public String getLevel() {
    return level;
  }

  public void setLevel(String level) {
    this.level = level;
  }

  public Integer getAwareness() {
    return awareness;
  }

  public void setAwareness(Integer awareness) {
    this.awareness = awareness;
  }

  public Integer getMotivation() {
    return motivation;
  }

  public void setMotivation(Integer motivation) {
    this.motivation = motivation;
  }

  public Integer getAutonomy() {
    return autonomy;
  }

  public void setAutonomy(Integer autonomy) {
    this.autonomy = autonomy;
  }

  public String getRationale() {
    return rationale;
  }

  public void setRationale(String rationale) {
    this.rationale = rationale;
  }

  public String getSuggestedStance() {
    return suggestedStance;
  }

  public void setSuggestedStance(String suggestedStance) {
    this.suggestedStance = suggestedStance;
  }
}
