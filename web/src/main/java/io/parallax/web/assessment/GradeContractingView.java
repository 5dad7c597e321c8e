package io.parallax.web.assessment;

import io.parallax.domain.DomainRuleViolation;
import io.parallax.domain.assessment.ContractingRubric;
import io.parallax.domain.contracting.ContractingElement;
import io.parallax.ejb.NoSuchRecord;
import io.parallax.ejb.assessment.ContractingAssessmentView;
import io.parallax.ejb.supervision.SuperviseeCases;
import io.parallax.web.Messages;
import io.parallax.web.supervision.CaseLabels;
import io.parallax.web.supervision.CasePicker;
import io.parallax.web.supervision.SuperviseeChoices;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Grades a supervisee's contracting skill 1–5 per element against the rubric anchors, with their
 * client sessions as evidence; the rest of an assessment's life is {@link AssessmentPage}'s.
 */
@Named
@ViewScoped
public class GradeContractingView extends AssessmentPage<ContractingAssessmentView> {

  private static final long serialVersionUID = 1L;

  private Integer focusGrade;
  private Integer outcomeGrade;
  private Integer approachGrade;
  private Integer participationGrade;
  private String[] evidenceSessions = {};
  private String comment;
  private LocalDate evidenceFrom;
  private final CasePicker evidencePicker = new CasePicker();

  @Inject CaseLabels caseLabels;

  public GradeContractingView() {
    super("grade", ContractingAssessmentView.class);
  }

  @Override
  protected ContractingGrades content() {
    return new ContractingGrades(
        new ContractingGrades.Grades(focusGrade, outcomeGrade, approachGrade, participationGrade),
        SuperviseeChoices.ids(evidenceSessions),
        comment);
  }

  @Override
  protected void fill(ContractingAssessmentView draft) {
    focusGrade = draft.grades().get(ContractingElement.FOCUS);
    outcomeGrade = draft.grades().get(ContractingElement.OUTCOME);
    approachGrade = draft.grades().get(ContractingElement.APPROACH);
    participationGrade = draft.grades().get(ContractingElement.PARTICIPATION);
    evidenceSessions = draft.evidenceSessions().stream().map(UUID::toString).toArray(String[]::new);
    comment = draft.comment();
  }

  @Override
  protected void clear() {
    focusGrade = null;
    outcomeGrade = null;
    approachGrade = null;
    participationGrade = null;
    evidenceSessions = new String[0];
    comment = null;
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

  /**
   * The supervisee's client sessions the grade may cite as evidence, by client: from {@link
   * #getEvidenceFrom()} to the assessment's date, as many as the picker asks for, plus those
   * already cited.
   */
  public List<SelectItem> getSessions() {
    return evidencePicker.items(
        foundSessions().cases(),
        evidenceSessions,
        caseLabels::of,
        true,
        Messages.text(Messages.SUPERVISOR, "record.cases.chosenElsewhere"));
  }

  /** Whether the range holds more sessions than the picker lists. */
  public boolean isMoreSessions() {
    return foundSessions().more();
  }

  private SuperviseeCases foundSessions() {
    try {
      return choices.pickable(
          getTrainee(),
          getEvidenceFrom(),
          getAssessedOn(),
          evidencePicker.getSearch(),
          evidencePicker.getLimit());
    } catch (NoSuchRecord | DomainRuleViolation none) {
      return new SuperviseeCases(List.of(), false);
    }
  }

  public CasePicker getEvidencePicker() {
    return evidencePicker;
  }

  /** The first day the evidence picker lists: chosen, or the day of the last supervision. */
  public LocalDate getEvidenceFrom() {
    return evidenceFrom != null
        ? evidenceFrom
        : choices.sinceLastSupervision(getTrainee(), getAssessedOn());
  }

  public void setEvidenceFrom(LocalDate evidenceFrom) {
    this.evidenceFrom = evidenceFrom;
  }

  public Integer getFocusGrade() {
    return focusGrade;
  }

  public void setFocusGrade(Integer focusGrade) {
    this.focusGrade = focusGrade;
  }

  public Integer getOutcomeGrade() {
    return outcomeGrade;
  }

  public void setOutcomeGrade(Integer outcomeGrade) {
    this.outcomeGrade = outcomeGrade;
  }

  public Integer getApproachGrade() {
    return approachGrade;
  }

  public void setApproachGrade(Integer approachGrade) {
    this.approachGrade = approachGrade;
  }

  public Integer getParticipationGrade() {
    return participationGrade;
  }

  public void setParticipationGrade(Integer participationGrade) {
    this.participationGrade = participationGrade;
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
}
