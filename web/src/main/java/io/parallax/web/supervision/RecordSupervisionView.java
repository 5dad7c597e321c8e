package io.parallax.web.supervision;

import io.parallax.domain.DomainRuleViolation;
import io.parallax.domain.contracting.ContractingElement;
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
import io.parallax.ejb.supervision.SupervisionSessionView;
import io.parallax.ejb.supervision.SupervisionSessions;
import io.parallax.web.Messages;
import io.parallax.web.SchoolDay;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Records one supervision session: how the supervision itself was contracted, what it visited and
 * named, the parallel process observed, who took part in a group, and the confidential notes (on
 * the session and on each participant). Opened with {@code ?session=id}, the author revises,
 * deletes or restores one of their sessions at the version they read. Input ids are the domain's
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
  private String[] participants = {};
  private final Map<String, String> participantNotes = new HashMap<>();
  private UUID editing;
  private long version;
  private boolean locked;
  private boolean deleted;
  private String superviseeName;

  /**
   * The session is dated today in the school's time zone until the supervisor says otherwise; with
   * {@code ?session=id} the form holds one of the caller's own sessions to revise.
   */
  @PostConstruct
  void startToday() {
    heldOn = schoolDay.today();
    UUID id =
        SuperviseeChoices.id(
            FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("session"));
    if (id != null) {
      SupervisionSessionView session = Messages.obtain("record:", () -> sessions.toRevise(id));
      if (session != null) {
        fill(session);
      }
    }
  }

  public void record() {
    if (parallelProcessObserved && parallelProcessDirection == null) {
      Messages.atField(
          "record:parallelProcessDirection",
          Messages.text(Messages.SUPERVISOR, "record.parallel.direction.required"));
      return;
    }
    if (editing != null) {
      SupervisionSessionView revised =
          Messages.obtain("record:", () -> sessions.revise(editing, version, toRecord()));
      if (revised != null) {
        fill(revised);
        Messages.done(Messages.SUPERVISOR, "record.revised");
      }
      return;
    }
    if (Messages.attempt("record:", () -> sessions.record(toRecord()))) {
      Messages.done(Messages.SUPERVISOR, "record.done");
      notes = null;
      casesDiscussed = new String[] {};
      participants = new String[] {};
      participantNotes.clear();
    }
  }

  /** Deletes the session being revised, softly: the page offers to restore it. */
  public void delete() {
    if (editing != null && Messages.attempt("record:", () -> sessions.delete(editing, version))) {
      deleted = true;
      deletedSessions = null;
      Messages.done(Messages.SUPERVISOR, "record.deleted");
    }
  }

  /** Restores one of the caller's deleted sessions and opens it to revise. */
  public void restore(UUID id) {
    SupervisionSessionView restored = Messages.obtain("record:", () -> sessions.restore(id));
    if (restored != null) {
      fill(restored);
      Messages.done(Messages.SUPERVISOR, "record.restored");
    }
  }

  /** The caller's deleted sessions, to restore. */
  public List<SupervisionSessionView> getDeletedSessions() {
    if (deletedSessions == null) {
      deletedSessions = sessions.deletedByMe();
    }
    return deletedSessions;
  }

  private transient List<SupervisionSessionView> deletedSessions;

  private void fill(SupervisionSessionView s) {
    editing = s.id();
    version = s.version();
    locked = s.locked();
    deleted = s.deleted();
    deletedSessions = null;
    supervisee = s.superviseeId().toString();
    superviseeName = s.superviseeName();
    heldOn = s.heldOn();
    minutes = s.minutes();
    format = s.format();
    focus = s.ratings().get(ContractingElement.FOCUS);
    outcome = s.ratings().get(ContractingElement.OUTCOME);
    approach = s.ratings().get(ContractingElement.APPROACH);
    participation = s.ratings().get(ContractingElement.PARTICIPATION);
    driftMarkers = s.driftMarkers().toArray(DriftMarker[]::new);
    sevenEyedModes = s.sevenEyedModes().toArray(SevenEyedMode[]::new);
    normative = s.proctorBalance().normative();
    formative = s.proctorBalance().formative();
    restorative = s.proctorBalance().restorative();
    coreIssues = s.coreIssues().toArray(String[]::new);
    parallelProcessObserved = s.parallelProcess() != null;
    parallelProcessDynamic = parallelProcessObserved ? s.parallelProcess().dynamic() : null;
    parallelProcessDirection = parallelProcessObserved ? s.parallelProcess().direction() : null;
    parallelProcessNamed = parallelProcessObserved && s.parallelProcess().namedInSession();
    modelledContracting = s.modelledContracting();
    casesDiscussed = s.casesDiscussed().stream().map(UUID::toString).toArray(String[]::new);
    casesFrom = null;
    notes = s.notes();
    participantNotes.clear();
    participants =
        s.participants().stream()
            .peek(p -> participantNotes.put(p.id().toString(), p.notes()))
            .map(p -> p.id().toString())
            .filter(id -> !id.equals(supervisee))
            .toArray(String[]::new);
  }

  /**
   * Who took part in a group session, the supervisee first, each with a note field: the chosen
   * supervisee and the participants picked, once each, by name.
   */
  public List<CaseloadEntry> getGroup() {
    if (format != SupervisionFormat.GROUP) {
      return List.of();
    }
    Set<String> chosen = new LinkedHashSet<>();
    if (supervisee != null && !supervisee.isBlank()) {
      chosen.add(supervisee);
    }
    chosen.addAll(Arrays.asList(participants));
    List<CaseloadEntry> onDate = getSupervisees();
    List<CaseloadEntry> group = new ArrayList<>();
    for (String id : chosen) {
      onDate.stream()
          .filter(e -> e.traineeId().toString().equals(id))
          .findFirst()
          .ifPresent(group::add);
    }
    return group;
  }

  /**
   * The supervisees the caller may gather on the session's date, but the one it is recorded for.
   */
  public List<CaseloadEntry> getParticipantChoices() {
    return getSupervisees().stream()
        .filter(e -> !e.traineeId().toString().equals(supervisee))
        .toList();
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
        notes,
        format == SupervisionFormat.GROUP
            ? getGroupIds().stream()
                .map(
                    id ->
                        new SupervisionRecord.Participant(id, participantNotes.get(id.toString())))
                .toList()
            : List.of());
  }

  private List<UUID> getGroupIds() {
    Set<String> chosen = new LinkedHashSet<>();
    if (supervisee != null && !supervisee.isBlank()) {
      chosen.add(supervisee);
    }
    chosen.addAll(Arrays.asList(participants));
    return SuperviseeChoices.ids(chosen.toArray(String[]::new));
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

  public String[] getParticipants() {
    return participants;
  }

  public void setParticipants(String[] participants) {
    this.participants = participants == null ? new String[] {} : participants;
  }

  /** The author's confidential note on each participant, by the participant's id. */
  public Map<String, String> getParticipantNotes() {
    return participantNotes;
  }

  /** Whether the form holds an existing session of the caller's (to revise). */
  public boolean isEditing() {
    return editing != null;
  }

  public UUID getEditing() {
    return editing;
  }

  public long getVersion() {
    return version;
  }

  /** Whether a signed-off assessment cites the session being revised, so it no longer changes. */
  public boolean isLocked() {
    return locked;
  }

  public boolean isDeleted() {
    return deleted;
  }

  public String getSuperviseeName() {
    return superviseeName;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }
}
