package io.parallax.domain.supervision;

import static io.parallax.domain.DomainRuleViolation.require;

import io.parallax.domain.DomainRuleViolation;
import io.parallax.domain.NotInTheFuture;
import io.parallax.domain.SchoolOwned;
import io.parallax.domain.Text;
import io.parallax.domain.assessment.CoreIssueType;
import io.parallax.domain.assessment.RecordIds;
import io.parallax.domain.assessment.RecordIdsColumn;
import io.parallax.domain.contracting.ContractingRatings;
import io.parallax.domain.contracting.DriftMarker;
import io.parallax.domain.contracting.DriftMarkersColumn;
import io.parallax.domain.school.MemberRole;
import io.parallax.domain.school.Person;
import io.parallax.domain.school.SupervisorAssignment;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A supervision session a supervisor records with one supervisee: when and how long, how the
 * supervision itself was contracted (the same four elements as a client session, so the two can be
 * compared for parallel process), how it drifted, the cases discussed, the seven-eyed modes
 * visited, the Proctor balance, the core issues named, the parallel process observed, whether the
 * supervisor modelled contracting (which invites a positive parallel process), and confidential
 * notes.
 */
@Entity
@Table(name = "supervision_session")
@NamedQuery(
    name = SupervisionSession.OF_SUPERVISEE_BETWEEN,
    query =
        "select s from SupervisionSession s where s.supervisee = :supervisee"
            + " and s.heldOn between :from and :to and s.deletedAt is null order by s.heldOn desc")
@NamedQuery(
    name = SupervisionSession.OF_SUPERVISEE_UNDER,
    query =
        "select s from SupervisionSession s where "
            + SupervisionSession.TOOK_PART
            + " and s.heldOn between :from and :to and s.deletedAt is null"
            + " and exists (select a from SupervisorAssignment a"
            + " where a.supervisor = :supervisor and a.trainee = :supervisee"
            + " and a.startsOn <= s.heldOn and (a.endsOn is null or a.endsOn >= s.heldOn))"
            + " order by s.heldOn desc, s.id")
@NamedQuery(
    name = SupervisionSession.OF_SUPERVISOR_BETWEEN,
    query =
        "select s from SupervisionSession s join fetch s.supervisee where s.supervisor = :supervisor"
            + " and s.heldOn between :from and :to and s.deletedAt is null order by s.heldOn desc")
@NamedQuery(
    name = SupervisionSession.DELETED_OF_SUPERVISOR,
    query =
        "select s from SupervisionSession s join fetch s.supervisee where s.supervisor = :supervisor"
            + " and s.deletedAt is not null order by s.heldOn desc, s.id")
@NamedQuery(
    name = SupervisionSession.OF_PARTICIPANT_BETWEEN,
    query =
        "select s from SupervisionSession s join fetch s.supervisor where "
            + SupervisionSession.TOOK_PART
            + " and s.heldOn between :from and :to and s.deletedAt is null"
            + " order by s.heldOn desc, s.id")
@NamedQuery(
    name = SupervisionSession.COUNT_OF_PARTICIPANT_BETWEEN,
    query =
        "select count(s) from SupervisionSession s where "
            + SupervisionSession.TOOK_PART
            + " and s.heldOn between :from and :to and s.deletedAt is null")
@NamedQuery(
    name = SupervisionSession.MINUTES_OF_PARTICIPANT_BY_MONTH,
    query =
        "select extract(year from s.heldOn), extract(month from s.heldOn), count(s),"
            + " sum(s.minutes) from SupervisionSession s where "
            + SupervisionSession.TOOK_PART
            + " and s.heldOn between :from and :to and s.deletedAt is null"
            + " group by extract(year from s.heldOn), extract(month from s.heldOn)"
            + " order by extract(year from s.heldOn), extract(month from s.heldOn)")
public class SupervisionSession extends SchoolOwned {

  /**
   * The sessions of {@code supervisee} from {@code from} to {@code to} (inclusive), latest first.
   */
  public static final String OF_SUPERVISEE_BETWEEN = "SupervisionSession.ofSuperviseeBetween";

  /**
   * As {@link #OF_SUPERVISEE_BETWEEN}, held on dates an assignment of {@code supervisor} to the
   * supervisee covers: what that supervisor may list.
   */
  public static final String OF_SUPERVISEE_UNDER = "SupervisionSession.ofSuperviseeUnder";

  /** The sessions {@code supervisor} held from {@code from} to {@code to}, latest first. */
  public static final String OF_SUPERVISOR_BETWEEN = "SupervisionSession.ofSupervisorBetween";

  /** The sessions {@code supervisor} deleted (and may restore), latest first. */
  public static final String DELETED_OF_SUPERVISOR = "SupervisionSession.deletedOfSupervisor";

  /**
   * The sessions {@code supervisee} took part in (alone or in a group) from {@code from} to {@code
   * to}, latest first: their own list.
   */
  public static final String OF_PARTICIPANT_BETWEEN = "SupervisionSession.ofParticipantBetween";

  /** How many sessions {@link #OF_PARTICIPANT_BETWEEN} lists. */
  public static final String COUNT_OF_PARTICIPANT_BETWEEN =
      "SupervisionSession.countOfParticipantBetween";

  /**
   * Year, month, sessions and minutes per month of {@link #OF_PARTICIPANT_BETWEEN}, oldest first.
   */
  public static final String MINUTES_OF_PARTICIPANT_BY_MONTH =
      "SupervisionSession.minutesOfParticipantByMonth";

  /** The JPQL condition: {@code :supervisee} took part in session {@code s}. */
  static final String TOOK_PART =
      "(s.supervisee = :supervisee or exists (select p from SupervisionParticipant p"
          + " where p.session = s and p.person = :supervisee))";

  /** The most supervisees one group session gathers. */
  public static final int MAX_PARTICIPANTS = 30;

  public static final int MAX_MINUTES = 600;
  public static final int CORE_ISSUES_LENGTH = 400;
  public static final int MAX_NOTES = 4000;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "supervisor_id", nullable = false, updatable = false)
  private Person supervisor;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "supervisee_id", nullable = false, updatable = false)
  private Person supervisee;

  @Column(name = "held_on", nullable = false)
  private LocalDate heldOn;

  @Column(nullable = false)
  private int minutes;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private SupervisionFormat format;

  @Embedded private ContractingRatings ratings;

  @Convert(converter = DriftMarkersColumn.class)
  @Column(name = "drift_markers", nullable = false, length = 80)
  private Set<DriftMarker> driftMarkers = EnumSet.noneOf(DriftMarker.class);

  @Convert(converter = SevenEyedModesColumn.class)
  @Column(name = "seven_eyed_modes", nullable = false, length = 120)
  private Set<SevenEyedMode> sevenEyedModes = EnumSet.noneOf(SevenEyedMode.class);

  @Embedded private ProctorBalance proctorBalance;

  @Convert(converter = CoreIssueCodesColumn.class)
  @Column(name = "core_issues", nullable = false, length = CORE_ISSUES_LENGTH)
  private Set<String> coreIssues = new TreeSet<>();

  @Embedded private ParallelProcessObservation parallelProcess;

  @Column(name = "modelled_contracting", nullable = false)
  private boolean modelledContracting;

  @Convert(converter = RecordIdsColumn.class)
  @Column(name = "cases_discussed", nullable = false, length = RecordIdsColumn.LENGTH)
  private List<UUID> casesDiscussed = List.of();

  /**
   * Confidential: readable by the supervisor and whom they share the session with, never by the
   * school admin by default. It must never be logged, put in a message or exported in bulk; this
   * class has no {@code toString} that could leak it.
   */
  @Column(length = MAX_NOTES)
  private String notes;

  /**
   * Who took part in a group session, the supervisee it is recorded for among them; empty for an
   * individual session (and for group sessions recorded before participants were kept).
   */
  @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<SupervisionParticipant> participants = new ArrayList<>();

  @Column(name = "revised_at")
  private Instant revisedAt;

  @Column(name = "deleted_at")
  private Instant deletedAt;

  protected SupervisionSession() {}

  /**
   * A session held under {@code assignment}, between its supervisor and its trainee (both active),
   * on a date the assignment covers.
   */
  public SupervisionSession(
      SupervisorAssignment assignment,
      LocalDate heldOn,
      int minutes,
      SupervisionFormat format,
      ContractingRatings ratings,
      ProctorBalance proctorBalance) {
    require(assignment != null, "supervisee", "supervisionSession.supervisee");
    assignment.supervisor().requireActive(MemberRole.SUPERVISOR, "supervisor");
    assignment.trainee().requireActive(MemberRole.TRAINEE, "supervisee");
    this.supervisor = assignment.supervisor();
    this.supervisee = assignment.trainee();
    reschedule(assignment, heldOn, minutes);
    holdAs(format);
    rate(ratings);
    balance(proctorBalance);
  }

  /**
   * Moves the session to the date it was held on (not in the future, covered by an assignment of
   * this supervisor to this supervisee) and its length in minutes.
   */
  public void reschedule(SupervisorAssignment assignment, LocalDate heldOn, int minutes) {
    NotInTheFuture.require(
        heldOn, "heldOn", DomainRuleViolation.phrase("supervisionSession.heldOn.what"));
    require(
        assignment != null
            && assignment.supervisor().id().equals(supervisor.id())
            && assignment.trainee().id().equals(supervisee.id())
            && assignment.covers(heldOn),
        "heldOn",
        "supervisionSession.heldOn",
        supervisee.displayName(),
        supervisor.displayName(),
        heldOn);
    require(
        minutes >= 1 && minutes <= MAX_MINUTES,
        "minutes",
        "supervisionSession.minutes",
        MAX_MINUTES,
        minutes);
    this.heldOn = heldOn;
    this.minutes = minutes;
  }

  public void holdAs(SupervisionFormat format) {
    require(format != null, "format", "supervisionSession.format");
    this.format = format;
  }

  /** How each of the four contracting elements was addressed in the supervision itself. */
  public void rate(ContractingRatings ratings) {
    require(ratings != null, "ratings", "supervisionSession.ratings");
    this.ratings = ratings;
  }

  /** The ways the supervision drifted for want of a contract, e.g. into the story; none clears. */
  public void markDrift(Set<DriftMarker> markers) {
    this.driftMarkers = copy(DriftMarker.class, markers);
  }

  /** The modes of the seven-eyed model the conversation visited; none clears. */
  public void visit(Set<SevenEyedMode> modes) {
    this.sevenEyedModes = copy(SevenEyedMode.class, modes);
  }

  /** How the session shared its time between the normative, formative and restorative functions. */
  public void balance(ProctorBalance balance) {
    require(balance != null, "proctorBalance", "supervisionSession.proctorBalance");
    this.proctorBalance = balance;
  }

  /** The core issues named, by the codes of the school's taxonomy; none clears. */
  public void nameCoreIssues(Collection<String> codes) {
    TreeSet<String> named = new TreeSet<>();
    if (codes != null) {
      codes.forEach(code -> named.add(CoreIssueType.code(code, "coreIssues")));
    }
    require(
        String.join(",", named).length() <= CORE_ISSUES_LENGTH,
        "coreIssues",
        "supervisionSession.coreIssues",
        CORE_ISSUES_LENGTH);
    this.coreIssues = named;
  }

  /** What the supervisor saw of a parallel process; null when nothing was observed. */
  public void observe(ParallelProcessObservation observation) {
    this.parallelProcess = observation;
  }

  /** Whether the supervisor modelled contracting, inviting a positive parallel process. */
  public void modelContracting(boolean modelled) {
    this.modelledContracting = modelled;
  }

  /** The supervisee's clients or practice sessions discussed (at most 50); none clears. */
  public void discussCases(Collection<UUID> clientsOrSessions) {
    this.casesDiscussed =
        RecordIds.of(
            clientsOrSessions,
            "casesDiscussed",
            DomainRuleViolation.phrase("supervisionSession.casesDiscussed.what"));
  }

  /** The supervisor's confidential notes (at most 4000 characters); blank clears them. */
  public void writeNotes(String text) {
    this.notes = Text.optional(text, MAX_NOTES, "notes");
  }

  /** One supervisee of a group session, under an assignment, with the author's note on them. */
  public record Attendance(SupervisorAssignment assignment, String notes) {}

  /**
   * Who took part. An individual session has its supervisee alone (no one else may be named); a
   * group session gathers its supervisee and the others, each assigned to this session's supervisor
   * on its date, each once, with the supervisor's confidential note on each. Those who stay keep
   * their row; a note changes in place.
   */
  public void attendedBy(List<Attendance> attendances) {
    List<Attendance> named = attendances == null ? List.of() : attendances;
    Set<UUID> seen = new HashSet<>();
    for (Attendance attendance : named) {
      SupervisorAssignment a = attendance == null ? null : attendance.assignment();
      require(
          a != null
              && a.supervisor().id().equals(supervisor.id())
              && a.covers(heldOn)
              && a.trainee().isActive(),
          "participants",
          "supervisionSession.participants.assigned",
          a == null ? "" : a.trainee().displayName(),
          heldOn);
      require(
          seen.add(a.trainee().id()),
          "participants",
          "supervisionSession.participants.twice",
          a.trainee().displayName());
    }
    boolean othersNamed = seen.stream().anyMatch(id -> !id.equals(supervisee.id()));
    require(
        format == SupervisionFormat.GROUP || !othersNamed,
        "participants",
        "supervisionSession.participants.individual");
    require(
        seen.size() <= MAX_PARTICIPANTS,
        "participants",
        "supervisionSession.participants.many",
        MAX_PARTICIPANTS,
        seen.size());
    if (format == SupervisionFormat.INDIVIDUAL) {
      participants.clear();
      return;
    }
    List<Attendance> all = new ArrayList<>(named);
    if (!seen.contains(supervisee.id())) {
      all.add(0, null);
    }
    participants.removeIf(p -> !seen.contains(p.person().id()) && !isSupervisee(p.person()));
    for (Attendance attendance : all) {
      Person person = attendance == null ? supervisee : attendance.assignment().trainee();
      SupervisionParticipant row =
          participants.stream()
              .filter(p -> p.person().id().equals(person.id()))
              .findFirst()
              .orElseGet(
                  () -> {
                    SupervisionParticipant added = new SupervisionParticipant(this, person);
                    participants.add(added);
                    return added;
                  });
      row.writeNotes(attendance == null ? null : attendance.notes());
    }
  }

  private boolean isSupervisee(Person person) {
    return person.id().equals(supervisee.id());
  }

  /**
   * Refuses a change of a session a signed-off assessment cites as evidence: what was signed off
   * rests on it as it was.
   */
  public void requireEditable(boolean citedBySignedOffAssessment) {
    require(deletedAt == null, "deletedAt", "supervisionSession.deleted");
    if (citedBySignedOffAssessment) {
      throw new SupervisionLocked();
    }
  }

  /** Marks a revision by the author at {@code at}: the session's version moves on with it. */
  public void revised(Instant at) {
    require(at != null, "revisedAt", "supervisionSession.revisedAt");
    this.revisedAt = at;
  }

  /** Deletes the session softly: out of lists and the analysis until {@link #restore}. */
  public void delete(Instant at) {
    require(at != null, "deletedAt", "supervisionSession.deletedAt");
    if (deletedAt == null) {
      deletedAt = at;
    }
  }

  public void restore() {
    deletedAt = null;
  }

  public boolean isDeleted() {
    return deletedAt != null;
  }

  public Optional<Instant> deletedAt() {
    return Optional.ofNullable(deletedAt);
  }

  public Optional<Instant> revisedAt() {
    return Optional.ofNullable(revisedAt);
  }

  /** Whether {@code person} took part: the supervisee, or a participant of the group. */
  public boolean tookPart(Person person) {
    return person != null
        && (isSupervisee(person)
            || participants.stream().anyMatch(p -> p.person().id().equals(person.id())));
  }

  /** The participants of a group session (the supervisee among them); empty for an individual. */
  public List<SupervisionParticipant> participants() {
    return List.copyOf(participants);
  }

  /** The contracting score of the supervision session, 0 to 100, comparable with client ones. */
  public double score() {
    return ratings.score();
  }

  private static <E extends Enum<E>> EnumSet<E> copy(Class<E> type, Set<E> values) {
    EnumSet<E> copy = EnumSet.noneOf(type);
    if (values != null) {
      values.stream().filter(Objects::nonNull).forEach(copy::add);
    }
    return copy;
  }

  /** Whether the session named the core issue with {@code code}. */
  public boolean named(String code) {
    return coreIssues.contains(code);
  }

  public Person supervisor() {
    return supervisor;
  }

  public Person supervisee() {
    return supervisee;
  }

  public LocalDate heldOn() {
    return heldOn;
  }

  public int minutes() {
    return minutes;
  }

  public SupervisionFormat format() {
    return format;
  }

  public ContractingRatings ratings() {
    return ratings;
  }

  public Set<DriftMarker> driftMarkers() {
    return Set.copyOf(driftMarkers);
  }

  public Set<SevenEyedMode> sevenEyedModes() {
    return Set.copyOf(sevenEyedModes);
  }

  public ProctorBalance proctorBalance() {
    return proctorBalance;
  }

  /** The codes of the core issues named, sorted. */
  public Set<String> coreIssues() {
    return Collections.unmodifiableSet(new TreeSet<>(coreIssues));
  }

  public Optional<ParallelProcessObservation> parallelProcess() {
    return Optional.ofNullable(parallelProcess);
  }

  public boolean modelledContracting() {
    return modelledContracting;
  }

  public List<UUID> casesDiscussed() {
    return List.copyOf(casesDiscussed);
  }

  /** Confidential: see the field. Callers check who may read it and audit the read. */
  public Optional<String> notes() {
    return Optional.ofNullable(notes);
  }
}
