package io.parallax.web.assessment;

import io.parallax.domain.DomainRuleViolation;
import io.parallax.domain.assessment.ContractingRubric;
import io.parallax.domain.contracting.ContractingElement;
import io.parallax.ejb.NoSuchRecord;
import io.parallax.ejb.assessment.AssessmentView;
import io.parallax.ejb.assessment.Assessments;
import io.parallax.ejb.assessment.ContractingAssessmentView;
import io.parallax.ejb.supervision.CaseloadEntry;
import io.parallax.ejb.supervision.SuperviseeCase;
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
 * Grades a supervisee's contracting skill 1–5 per element against the rubric anchors, with their
 * client sessions as evidence; revises a draft, shares it, signs it off, corrects a signed-off one.
 */
@Named
@ViewScoped
public class GradeContractingView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB Assessments assessments;
  @Inject SuperviseeChoices choices;

  private String trainee;
  private LocalDate assessedOn = LocalDate.now();
  private int focusGrade = 3;
  private int outcomeGrade = 3;
  private int approachGrade = 3;
  private int participationGrade = 3;
  private String[] evidenceSessions = {};
  private String comment;
  private boolean share;
  private UUID draftId;
  private long draftVersion;

  public void save() {
    try {
      List<UUID> evidence = SuperviseeChoices.ids(evidenceSessions);
      AssessmentView saved =
          draftId == null
              ? assessments.gradeContracting(
                  SuperviseeChoices.id(trainee),
                  assessedOn,
                  focusGrade,
                  outcomeGrade,
                  approachGrade,
                  participationGrade,
                  evidence,
                  comment)
              : assessments.regradeContracting(
                  draftId,
                  draftVersion,
                  focusGrade,
                  outcomeGrade,
                  approachGrade,
                  participationGrade,
                  evidence,
                  comment);
      if (saved.sharedWithTrainee() != share) {
        assessments.shareWithTrainee(saved.id(), saved.version(), share);
      }
      clearGrades();
      FormMessages.done("grade.saved");
    } catch (DomainRuleViolation refused) {
      FormMessages.refused("grade", refused);
    } catch (NoSuchRecord missing) {
      FormMessages.refused(missing.getMessage());
    }
  }

  /** Empties the form for the next grade of the same supervisee, so Save never repeats one. */
  private void clearGrades() {
    draftId = null;
    focusGrade = 3;
    outcomeGrade = 3;
    approachGrade = 3;
    participationGrade = 3;
    evidenceSessions = new String[0];
    comment = null;
    share = false;
  }

  /** Loads a draft (unsigned) version into the form to revise it. */
  public void edit(ContractingAssessmentView draft) {
    draftId = draft.id();
    draftVersion = draft.version();
    trainee = draft.traineeId().toString();
    assessedOn = draft.assessedOn();
    focusGrade = draft.grades().get(ContractingElement.FOCUS);
    outcomeGrade = draft.grades().get(ContractingElement.OUTCOME);
    approachGrade = draft.grades().get(ContractingElement.APPROACH);
    participationGrade = draft.grades().get(ContractingElement.PARTICIPATION);
    evidenceSessions = draft.evidenceSessions().stream().map(UUID::toString).toArray(String[]::new);
    comment = draft.comment();
    share = draft.sharedWithTrainee();
  }

  public void signOff(ContractingAssessmentView assessment) {
    AssessmentLists.signOff(assessments, assessment, "grade");
  }

  public void correct(ContractingAssessmentView assessment) {
    AssessmentLists.correct(assessments, assessment, "grade");
  }

  public void toggleSharing(ContractingAssessmentView assessment) {
    AssessmentLists.toggleSharing(assessments, assessment, "grade");
  }

  public List<ContractingAssessmentView> getGrades() {
    return AssessmentLists.of(assessments, trainee, ContractingAssessmentView.class);
  }

  public List<String> anchors(String element) {
    return ContractingRubric.anchors(ContractingElement.valueOf(element));
  }

  public int gradeOf(ContractingAssessmentView assessment, String element) {
    return assessment.grades().get(ContractingElement.valueOf(element));
  }

  public String pccMarkers(String element) {
    return ContractingElement.valueOf(element).pccMarkers();
  }

  public List<CaseloadEntry> getSupervisees() {
    return choices.supervisees(assessedOn);
  }

  public List<SuperviseeCase> getSessions() {
    try {
      return choices.casesOf(trainee, assessedOn).stream()
          .filter(c -> c.kind() == SuperviseeCase.Kind.SESSION)
          .toList();
    } catch (NoSuchRecord | DomainRuleViolation none) {
      return List.of();
    }
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

  public int getFocusGrade() {
    return focusGrade;
  }

  public void setFocusGrade(int grade) {
    this.focusGrade = grade;
  }

  public int getOutcomeGrade() {
    return outcomeGrade;
  }

  public void setOutcomeGrade(int grade) {
    this.outcomeGrade = grade;
  }

  public int getApproachGrade() {
    return approachGrade;
  }

  public void setApproachGrade(int grade) {
    this.approachGrade = grade;
  }

  public int getParticipationGrade() {
    return participationGrade;
  }

  public void setParticipationGrade(int grade) {
    this.participationGrade = grade;
  }

  public String[] getEvidenceSessions() {
    return evidenceSessions;
  }

  public void setEvidenceSessions(String[] evidenceSessions) {
    this.evidenceSessions = evidenceSessions;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public boolean isShare() {
    return share;
  }

  public void setShare(boolean share) {
    this.share = share;
  }
}
