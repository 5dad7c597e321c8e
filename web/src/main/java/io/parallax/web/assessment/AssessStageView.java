package io.parallax.web.assessment;

import io.parallax.domain.DomainRuleViolation;
import io.parallax.domain.assessment.DevelopmentDomain;
import io.parallax.ejb.NoSuchRecord;
import io.parallax.ejb.assessment.AssessmentView;
import io.parallax.ejb.assessment.Assessments;
import io.parallax.ejb.assessment.StageAssessmentView;
import io.parallax.ejb.supervision.CaseloadEntry;
import io.parallax.web.supervision.FormMessages;
import io.parallax.web.supervision.SuperviseeChoices;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Places a supervisee on the school's developmental scale (IDM by default) in one domain, with the
 * awareness / motivation / autonomy sub-scores, the rationale and the supervisory stance the level
 * suggests (pre-filled when the level is picked, the supervisor's to change).
 */
@Named
@ViewScoped
public class AssessStageView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB Assessments assessments;
  @Inject SuperviseeChoices choices;

  private Assessments.ScaleView scale;
  private String trainee;
  private LocalDate assessedOn = LocalDate.now();
  private DevelopmentDomain domain = DevelopmentDomain.CONTRACTING;
  private String level;
  private int awareness = 3;
  private int motivation = 3;
  private int autonomy = 3;
  private String rationale;
  private String suggestedStance;
  private boolean share;
  private UUID draftId;
  private long draftVersion;

  public Assessments.ScaleView getScale() {
    if (scale == null) {
      scale = assessments.defaultScaleLevels();
    }
    return scale;
  }

  /** Empties the form for the next assessment of the same supervisee, so Save never repeats one. */
  private void clearAssessment() {
    draftId = null;
    level = null;
    awareness = 3;
    motivation = 3;
    autonomy = 3;
    rationale = null;
    suggestedStance = null;
    share = false;
  }

  /** Pre-fills the stance the picked level suggests. */
  public void levelPicked() {
    int index = getScale().levels().indexOf(level);
    if (index >= 0) {
      suggestedStance = getScale().suggestedStances().get(index);
    }
  }

  public void save() {
    try {
      AssessmentView saved =
          draftId == null
              ? assessments.assessStage(
                  SuperviseeChoices.id(trainee),
                  assessedOn,
                  domain,
                  level,
                  awareness,
                  motivation,
                  autonomy,
                  rationale,
                  suggestedStance)
              : assessments.reassessStage(
                  draftId,
                  draftVersion,
                  domain,
                  level,
                  awareness,
                  motivation,
                  autonomy,
                  rationale,
                  suggestedStance);
      if (saved.sharedWithTrainee() != share) {
        assessments.shareWithTrainee(saved.id(), saved.version(), share);
      }
      clearAssessment();
      FormMessages.done("stage.saved");
    } catch (DomainRuleViolation refused) {
      FormMessages.refused("stage", refused);
    } catch (NoSuchRecord missing) {
      FormMessages.refused(missing.getMessage());
    }
  }

  public void edit(StageAssessmentView draft) {
    draftId = draft.id();
    draftVersion = draft.version();
    trainee = draft.traineeId().toString();
    assessedOn = draft.assessedOn();
    domain = draft.domain();
    level = draft.level();
    awareness = draft.awareness();
    motivation = draft.motivation();
    autonomy = draft.autonomy();
    rationale = draft.rationale();
    suggestedStance = draft.suggestedStance();
    share = draft.sharedWithTrainee();
  }

  public void signOff(StageAssessmentView assessment) {
    AssessmentLists.signOff(assessments, assessment, "stage");
  }

  public void correct(StageAssessmentView assessment) {
    AssessmentLists.correct(assessments, assessment, "stage");
  }

  public void toggleSharing(StageAssessmentView assessment) {
    AssessmentLists.toggleSharing(assessments, assessment, "stage");
  }

  public List<StageAssessmentView> getStages() {
    return AssessmentLists.of(assessments, trainee, StageAssessmentView.class);
  }

  public List<CaseloadEntry> getSupervisees() {
    return choices.supervisees(assessedOn);
  }

  public DevelopmentDomain[] getDomains() {
    return DevelopmentDomain.values();
  }

  /** The fields a correction changed, for the list (a first version changed nothing). */
  public String changes(AssessmentView assessment) {
    return AssessmentLists.changes(assessment);
  }

  public boolean isRevising() {
    return draftId != null;
  }

  public String getTrainee() {
    return trainee;
  }

  public void setTrainee(String trainee) {
    this.trainee = trainee;
  }

  public LocalDate getAssessedOn() {
    return assessedOn;
  }

  public void setAssessedOn(LocalDate assessedOn) {
    this.assessedOn = assessedOn;
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

  public int getAwareness() {
    return awareness;
  }

  public void setAwareness(int awareness) {
    this.awareness = awareness;
  }

  public int getMotivation() {
    return motivation;
  }

  public void setMotivation(int motivation) {
    this.motivation = motivation;
  }

  public int getAutonomy() {
    return autonomy;
  }

  public void setAutonomy(int autonomy) {
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

  public boolean isShare() {
    return share;
  }

  public void setShare(boolean share) {
    this.share = share;
  }
}
