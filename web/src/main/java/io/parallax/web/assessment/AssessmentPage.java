package io.parallax.web.assessment;

import io.parallax.ejb.NoSuchRecord;
import io.parallax.ejb.assessment.AssessmentView;
import io.parallax.ejb.assessment.Assessments;
import io.parallax.ejb.supervision.CaseloadEntry;
import io.parallax.web.Messages;
import io.parallax.web.SchoolDay;
import io.parallax.web.Words;
import io.parallax.web.supervision.SuperviseeChoices;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The page of one assessment kind: its form (a supervisee, a date, whether to share, and the kind's
 * own fields) and the list of the supervisee's assessments of that kind with what a supervisor does
 * to a listed one — revise a draft, sign off, correct, share. Only creating and revising differ by
 * kind (the form's {@link #content}); the list is {@code
 * /WEB-INF/supervisor/assessment-list.xhtml}. {@code kind} is the prefix of the page's messages
 * ({@code grade}, {@code stage}) and the id of its form; the list's form is {@code kind + "s"}.
 */
public abstract class AssessmentPage<V extends AssessmentView> implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB Assessments assessments;
  @Inject SuperviseeChoices choices;
  @Inject Words words;
  @Inject SchoolDay schoolDay;

  private final String kind;
  private final Class<V> type;
  private String trainee;
  private LocalDate assessedOn = LocalDate.now();
  private boolean share;
  private UUID draftId;
  private long draftVersion;
  private final Map<String, List<String>> histories = new HashMap<>();

  protected AssessmentPage(String kind, Class<V> type) {
    this.kind = kind;
    this.type = type;
  }

  /**
   * The assessment is dated today in the school's time zone until the supervisor says otherwise.
   */
  @PostConstruct
  void startToday() {
    assessedOn = schoolDay.today();
  }

  /** What the form's own fields say, as the API would take it. */
  protected abstract AssessmentContent<V> content();

  /** Puts a draft's own fields into the form. */
  protected abstract void fill(V draft);

  /** Empties the kind's own fields, so that Save never repeats an assessment. */
  protected abstract void clear();

  public void save() {
    act(
        () -> {
          V saved =
              draftId == null
                  ? content().create(assessments, SuperviseeChoices.id(trainee), assessedOn)
                  : content().revise(assessments, draftId, draftVersion);
          if (saved.sharedWithTrainee() != share) {
            assessments.shareWithTrainee(saved.id(), saved.version(), share);
          }
          draftId = null;
          share = false;
          clear();
        },
        kind,
        "saved");
  }

  /** Loads a draft (unsigned) version into the form to revise it. */
  public void edit(V draft) {
    draftId = draft.id();
    draftVersion = draft.version();
    trainee = draft.traineeId().toString();
    assessedOn = draft.assessedOn();
    share = draft.sharedWithTrainee();
    fill(draft);
  }

  public void signOff(V listed) {
    act(() -> assessments.signOff(listed.id(), listed.version()), kind + "s", "signedOff");
  }

  public void correct(V listed) {
    act(() -> assessments.correct(listed.id()), kind + "s", "correcting");
  }

  public void toggleSharing(V listed) {
    act(
        () ->
            assessments.shareWithTrainee(
                listed.id(), listed.version(), !listed.sharedWithTrainee()),
        kind + "s",
        "sharingSwitched");
  }

  /** The chosen supervisee's assessments of this kind, latest first; none if nobody is chosen. */
  public List<V> getListed() {
    UUID id = SuperviseeChoices.id(trainee);
    if (id == null) {
      return List.of();
    }
    try {
      return assessments.ofTrainee(id).stream().filter(type::isInstance).map(type::cast).toList();
    } catch (NoSuchRecord none) {
      return List.of();
    }
  }

  /**
   * The version in words: "v1", or for a correction its whole history, oldest first ("v1 signed off
   * on … by …", "v2 …: focus grade 4 → 3 changed"), so the signed-off version stays in view.
   */
  public List<String> history(AssessmentView assessment) {
    if (assessment.previousVersionId() == null) {
      return List.of(Messages.text(Messages.SUPERVISOR, "form.version.first", 1));
    }
    String key = assessment.id() + "@" + assessment.version();
    return histories.computeIfAbsent(
        key,
        k -> {
          try {
            return VersionHistory.lines(
                assessments.versionsOf(assessment.id()), VersionHistory.onPage(words));
          } catch (NoSuchRecord gone) {
            return List.of();
          }
        });
  }

  public List<CaseloadEntry> getSupervisees() {
    return choices.supervisees(assessedOn);
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

  public boolean isShare() {
    return share;
  }

  public void setShare(boolean share) {
    this.share = share;
  }

  /** Runs a change; says {@code kind.done}, or shows the refusal at {@code form}'s field. */
  private void act(Runnable change, String form, String done) {
    if (Messages.attempt(form + ":", change)) {
      Messages.done(Messages.SUPERVISOR, kind + "." + done);
    }
  }
}
