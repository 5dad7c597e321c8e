package io.parallax.web.supervision;

import io.parallax.domain.DomainRuleViolation;
import io.parallax.domain.contracting.ContractingRatings;
import io.parallax.domain.contracting.DriftMarker;
import io.parallax.domain.contracting.ElementRating;
import io.parallax.domain.supervision.ParallelProcessDirection;
import io.parallax.domain.supervision.ParallelProcessObservation;
import io.parallax.domain.supervision.ProctorBalance;
import io.parallax.domain.supervision.SevenEyedMode;
import io.parallax.domain.supervision.SupervisionFormat;
import io.parallax.ejb.NoSuchRecord;
import io.parallax.ejb.school.CoreIssueTypes;
import io.parallax.ejb.supervision.CaseloadEntry;
import io.parallax.ejb.supervision.SuperviseeCases;
import io.parallax.ejb.supervision.SupervisionRecord;
import io.parallax.ejb.supervision.SupervisionSessions;
import io.parallax.web.Messages;
import io.parallax.web.SchoolDay;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Records one supervision session: how the supervision itself was contracted, what it visited and
 * named, the parallel process observed, and the confidential notes. Input ids are the domain's
 * field names, so a refusal lands next to its field.
 */
@Named
@ViewScoped
public class RecordSupervisionView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB SupervisionSessions sessions;
  @EJB CoreIssueTypes coreIssueTypes;
  @Inject SuperviseeChoices choices;
  @Inject CaseLabels caseLabels;
  @Inject SchoolDay schoolDay;

  private String supervisee;
  private LocalDate heldOn = LocalDate.now();
  private int minutes = 60;
  private SupervisionFormat format = SupervisionFormat.INDIVIDUAL;
  private ElementRating focus;
  private ElementRating outcome;
  private ElementRating approach;
  private ElementRating participation;
  private DriftMarker[] driftMarkers = {};
  private SevenEyedMode[] sevenEyedModes = {};
  private int normative = 20;
  private int formative = 50;
  private int restorative = 30;
  private String[] coreIssues = {};
  private boolean parallelProcessObserved;
  private String parallelProcessDynamic;
  private ParallelProcessDirection parallelProcessDirection;
  private boolean parallelProcessNamed;
  private boolean modelledContracting;
  private String[] casesDiscussed = {};
  private LocalDate casesFrom;
  private final CasePicker casePicker = new CasePicker();
  private String notes;

  /** The session is dated today in the school's time zone until the supervisor says otherwise. */
  @PostConstruct
  void startToday() {
    heldOn = schoolDay.today();
  }

  public void record() {
    if (parallelProcessObserved && parallelProcessDirection == null) {
      Messages.atField(
          "record:parallelProcessDirection",
          Messages.text(Messages.SUPERVISOR, "record.parallel.direction.required"));
      return;
    }
    if (Messages.attempt("record:", () -> sessions.record(toRecord()))) {
      Messages.done(Messages.SUPERVISOR, "record.done");
      notes = null;
      casesDiscussed = new String[] {};
    }
  }

  private SupervisionRecord toRecord() {
    return new SupervisionRecord(
        SuperviseeChoices.id(supervisee),
        heldOn,
        minutes,
        format,
        ContractingRatings.of(focus, outcome, approach, participation),
        ProctorBalance.of(normative, formative, restorative),
        Set.of(driftMarkers),
        Set.of(sevenEyedModes),
        Set.of(coreIssues),
        parallelProcessObserved
            ? ParallelProcessObservation.of(
                parallelProcessDynamic, parallelProcessDirection, parallelProcessNamed)
            : null,
        modelledContracting,
        SuperviseeChoices.ids(casesDiscussed),
        notes);
  }

  public List<CaseloadEntry> getSupervisees() {
    return choices.supervisees(heldOn);
  }

  /**
   * The supervisee's cases from {@link #getCasesFrom()} to the session's date, by client, as many
   * as the picker asks for, plus those already chosen.
   */
  public List<SelectItem> getCases() {
    return casePicker.items(
        foundCases().cases(),
        casesDiscussed,
        caseLabels::of,
        false,
        Messages.text(Messages.SUPERVISOR, "record.cases.chosenElsewhere"));
  }

  /** Whether the range holds more cases than the picker lists. */
  public boolean isMoreCases() {
    return foundCases().more();
  }

  private SuperviseeCases foundCases() {
    try {
      return choices.pickable(
          supervisee, getCasesFrom(), heldOn, casePicker.getSearch(), casePicker.getLimit());
    } catch (NoSuchRecord | DomainRuleViolation none) {
      return new SuperviseeCases(List.of(), false);
    }
  }

  public CasePicker getCasePicker() {
    return casePicker;
  }

  /** The first day the case picker lists: chosen, or the day of the last supervision session. */
  public LocalDate getCasesFrom() {
    return casesFrom != null ? casesFrom : choices.sinceLastSupervision(supervisee, heldOn);
  }

  public void setCasesFrom(LocalDate casesFrom) {
    this.casesFrom = casesFrom;
  }

  public List<CoreIssueTypes.Kind> getCoreIssueKinds() {
    return coreIssueTypes.offered();
  }

  public SupervisionFormat[] getFormats() {
    return SupervisionFormat.values();
  }

  public ElementRating[] getRatings() {
    return ElementRating.values();
  }

  public Set<DriftMarker> getDriftMarkerChoices() {
    return EnumSet.allOf(DriftMarker.class);
  }

  public SevenEyedMode[] getSevenEyedModeChoices() {
    return SevenEyedMode.values();
  }

  public ParallelProcessDirection[] getDirections() {
    return ParallelProcessDirection.values();
  }

  public String getSupervisee() {
    return supervisee;
  }

  public void setSupervisee(String supervisee) {
    if (supervisee == null || !supervisee.equals(this.supervisee)) {
      casesFrom = null;
      casePicker.reset();
    }
    this.supervisee = supervisee;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public void setHeldOn(LocalDate heldOn) {
    this.heldOn = heldOn;
  }

  public int getMinutes() {
    return minutes;
  }

  public void setMinutes(int minutes) {
    this.minutes = minutes;
  }

  public SupervisionFormat getFormat() {
    return format;
  }

  public void setFormat(SupervisionFormat format) {
    this.format = format;
  }

  public ElementRating getFocus() {
    return focus;
  }

  public void setFocus(ElementRating focus) {
    this.focus = focus;
  }

  public ElementRating getOutcome() {
    return outcome;
  }

  public void setOutcome(ElementRating outcome) {
    this.outcome = outcome;
  }

  public ElementRating getApproach() {
    return approach;
  }

  public void setApproach(ElementRating approach) {
    this.approach = approach;
  }

  public ElementRating getParticipation() {
    return participation;
  }

  public void setParticipation(ElementRating participation) {
    this.participation = participation;
  }

  public DriftMarker[] getDriftMarkers() {
    return driftMarkers;
  }

  public void setDriftMarkers(DriftMarker[] driftMarkers) {
    this.driftMarkers = driftMarkers;
  }

  public SevenEyedMode[] getSevenEyedModes() {
    return sevenEyedModes;
  }

  public void setSevenEyedModes(SevenEyedMode[] sevenEyedModes) {
    this.sevenEyedModes = sevenEyedModes;
  }

  public int getNormative() {
    return normative;
  }

  public void setNormative(int normative) {
    this.normative = normative;
  }

  public int getFormative() {
    return formative;
  }

  public void setFormative(int formative) {
    this.formative = formative;
  }

  public int getRestorative() {
    return restorative;
  }

  public void setRestorative(int restorative) {
    this.restorative = restorative;
  }

  public String[] getCoreIssues() {
    return coreIssues;
  }

  public void setCoreIssues(String[] coreIssues) {
    this.coreIssues = coreIssues;
  }

  public boolean isParallelProcessObserved() {
    return parallelProcessObserved;
  }

  public void setParallelProcessObserved(boolean observed) {
    this.parallelProcessObserved = observed;
  }

  public String getParallelProcessDynamic() {
    return parallelProcessDynamic;
  }

  public void setParallelProcessDynamic(String dynamic) {
    this.parallelProcessDynamic = dynamic;
  }

  public ParallelProcessDirection getParallelProcessDirection() {
    return parallelProcessDirection;
  }

  public void setParallelProcessDirection(ParallelProcessDirection direction) {
    this.parallelProcessDirection = direction;
  }

  public boolean isParallelProcessNamed() {
    return parallelProcessNamed;
  }

  public void setParallelProcessNamed(boolean named) {
    this.parallelProcessNamed = named;
  }

  public boolean isModelledContracting() {
    return modelledContracting;
  }

  public void setModelledContracting(boolean modelledContracting) {
    this.modelledContracting = modelledContracting;
  }

  public String[] getCasesDiscussed() {
    return casesDiscussed;
  }

  public void setCasesDiscussed(String[] casesDiscussed) {
    this.casesDiscussed = casesDiscussed;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }
}
