package io.parallax.domain.assessment;

import static io.parallax.domain.DomainRuleViolation.require;

import io.parallax.domain.DomainRuleViolation;
import io.parallax.domain.NotInTheFuture;
import io.parallax.domain.SchoolOwned;
import io.parallax.domain.school.MemberRole;
import io.parallax.domain.school.Person;
import io.parallax.domain.school.SupervisorAssignment;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A supervisor's assessment of a trainee they supervise, on a date their assignment covers. While
 * unsigned it can be revised; once signed off it never changes, because the trainee, the school and
 * accreditation bodies rely on what was said. A correction is a new version that links the one it
 * corrects, so the history of what was said, and what changed, stays readable.
 */
@MappedSuperclass
public abstract class Assessment extends SchoolOwned {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "supervisor_id", nullable = false, updatable = false)
  private Person supervisor;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "trainee_id", nullable = false, updatable = false)
  private Person trainee;

  @Column(name = "assessed_on", nullable = false)
  private LocalDate assessedOn;

  @Column(name = "shared_with_trainee", nullable = false)
  private boolean sharedWithTrainee;

  @Column(name = "signed_off_at")
  private Instant signedOffAt;

  @Column(name = "version_number", nullable = false, updatable = false)
  private int versionNumber;

  protected Assessment() {}

  /** A first version, by the assignment's supervisor of its trainee, both active. */
  protected Assessment(SupervisorAssignment assignment, LocalDate assessedOn) {
    require(assignment != null, "assignment", "assessment.assignment");
    assignment.supervisor().requireActive(MemberRole.SUPERVISOR, "supervisor");
    assignment.trainee().requireActive(MemberRole.TRAINEE, "trainee");
    this.supervisor = assignment.supervisor();
    this.trainee = assignment.trainee();
    this.versionNumber = 1;
    reassessOn(assignment, assessedOn);
  }

  /**
   * The next version of {@code previous}, unsigned, with its values. Only a signed-off assessment
   * is corrected this way; an unsigned one is simply revised.
   */
  protected Assessment(Assessment previous) {
    require(previous.isSignedOff(), "signedOff", "assessment.signedOff");
    this.supervisor = previous.supervisor;
    this.trainee = previous.trainee;
    this.assessedOn = previous.assessedOn;
    this.sharedWithTrainee = previous.sharedWithTrainee;
    this.versionNumber = previous.versionNumber + 1;
  }

  /** Moves the assessment to {@code date}: not in the future, covered by the assignment. */
  public void reassessOn(SupervisorAssignment assignment, LocalDate date) {
    requireUnsigned();
    require(assignment != null, "assessedOn", "assessment.assessedOn");
    require(
        assignment.supervisor().id().equals(supervisor.id())
            && assignment.trainee().id().equals(trainee.id()),
        "assessedOn",
        "assessment.assessedOn.2");
    NotInTheFuture.require(
        date, "assessedOn", DomainRuleViolation.phrase("assessment.assessedOn.what"));
    require(
        assignment.covers(date),
        "assessedOn",
        "assessment.assessedOn.3",
        trainee.displayName(),
        supervisor.displayName(),
        date);
    this.assessedOn = date;
  }

  /**
   * Whether the trainee may read this assessment once it is signed off. Sharing is not part of what
   * was assessed: it can be switched before and after the sign-off, and a correction does not count
   * it as a change. The trainee never reads an unsigned version, shared or not.
   */
  public void shareWithTrainee(boolean shared) {
    this.sharedWithTrainee = shared;
  }

  /** Signs the assessment off at {@code at}: from then on it never changes. */
  public void signOff(Instant at) {
    requireUnsigned();
    require(at != null, "signedOffAt", "assessment.signedOffAt");
    this.signedOffAt = at;
  }

  /** Fails once the assessment is signed off: the guard of every revision. */
  protected void requireUnsigned() {
    if (signedOffAt != null) {
      throw new SignedOff();
    }
  }

  /**
   * The fields common to every assessment in which this one differs from {@code previous} (sharing
   * is not one of them: see {@link #shareWithTrainee}). Reads {@code previous} through its
   * accessors: a linked version may be a lazy proxy.
   */
  protected List<String> commonChangesFrom(Assessment previous) {
    List<String> changes = new ArrayList<>();
    if (!Objects.equals(assessedOn, previous.assessedOn())) {
      changes.add("assessedOn");
    }
    return changes;
  }

  public Person supervisor() {
    return supervisor;
  }

  public Person trainee() {
    return trainee;
  }

  public LocalDate assessedOn() {
    return assessedOn;
  }

  public boolean isSharedWithTrainee() {
    return sharedWithTrainee;
  }

  public boolean isSignedOff() {
    return signedOffAt != null;
  }

  public Optional<Instant> signedOffAt() {
    return Optional.ofNullable(signedOffAt);
  }

  /** 1 for the first version, one more for each correction. */
  public int versionNumber() {
    return versionNumber;
  }
}
