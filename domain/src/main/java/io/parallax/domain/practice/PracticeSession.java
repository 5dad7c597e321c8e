package io.parallax.domain.practice;

import static io.parallax.domain.DomainRuleViolation.require;

import io.parallax.domain.DomainRuleViolation;
import io.parallax.domain.NotInTheFuture;
import io.parallax.domain.SchoolOwned;
import io.parallax.domain.Text;
import io.parallax.domain.contracting.ContractingRatings;
import io.parallax.domain.contracting.DriftMarker;
import io.parallax.domain.contracting.DriftMarkersColumn;
import io.parallax.domain.school.MemberRole;
import io.parallax.domain.school.Person;
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
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A client session a trainee coach logs: when and how long, how each of the four contracting
 * elements was addressed (with evidence), how the session drifted where there was no contract, how
 * often the coach re-contracted, the share of responsibility the coach took, the drama-triangle
 * role they noticed, and their reflection. Set beside the trainee's supervision sessions, these
 * records show whether contracting trouble with clients recurs in supervision (parallel process). A
 * deleted session is kept, out of every analysis, until it is restored.
 */
@Entity
@Table(name = "practice_session")
@NamedQuery(
    name = PracticeSession.OF_TRAINEE_BETWEEN,
    query =
        "select s from PracticeSession s join fetch s.client where s.trainee = :trainee"
            + " and s.heldOn between :from and :to and s.deletedAt is null"
            + " order by s.heldOn desc, s.id")
@NamedQuery(
    name = PracticeSession.COUNT_OF_TRAINEE_BETWEEN,
    query =
        "select count(s) from PracticeSession s where s.trainee = :trainee"
            + " and s.heldOn between :from and :to and s.deletedAt is null")
@NamedQuery(
    name = PracticeSession.COUNT_OF_CLIENT,
    query = "select count(s) from PracticeSession s where s.client = :client")
@NamedQuery(
    name = PracticeSession.OF_CLIENT,
    query =
        "select s from PracticeSession s where s.client = :client and s.deletedAt is null"
            + " order by s.heldOn desc")
@NamedQuery(
    name = PracticeSession.PICKABLE_BY_SUPERVISOR,
    query =
        "select s.id, c.code, s.heldOn, s.minutes, s.ratings.focus, s.ratings.outcome,"
            + " s.ratings.approach, s.ratings.participation"
            + " from PracticeSession s join s.client c where s.trainee = :trainee"
            + " and s.heldOn between :from and :to and s.deletedAt is null"
            + " and upper(c.code) like :code escape '!'"
            + " and exists (select a from SupervisorAssignment a where a.supervisor = :supervisor"
            + " and a.trainee = s.trainee and a.startsOn <= s.heldOn"
            + " and (a.endsOn is null or a.endsOn >= s.heldOn))"
            + " order by s.heldOn desc, c.code, s.id")
public class PracticeSession extends SchoolOwned {

  /**
   * What a picker shows of the sessions {@code trainee} held from {@code from} to {@code to} with a
   * client whose code is like {@code code} (upper case, escape {@code !}), on days an assignment to
   * {@code supervisor} covers, latest first: id, client code, date, minutes and the four ratings.
   * Never the reflection.
   */
  public static final String PICKABLE_BY_SUPERVISOR = "PracticeSession.pickableBySupervisor";

  /**
   * The sessions {@code trainee} held from {@code from} to {@code to} (inclusive), latest first.
   */
  public static final String OF_TRAINEE_BETWEEN = "PracticeSession.ofTraineeBetween";

  /** How many sessions {@code trainee} held from {@code from} to {@code to} (inclusive). */
  public static final String COUNT_OF_TRAINEE_BETWEEN = "PracticeSession.countOfTraineeBetween";

  /** How many sessions were ever logged with {@code client}, deleted ones included. */
  public static final String COUNT_OF_CLIENT = "PracticeSession.countOfClient";

  /** The sessions held with {@code client}, latest first. */
  public static final String OF_CLIENT = "PracticeSession.ofClient";

  public static final int MAX_MINUTES = 600;
  public static final int MAX_RECONTRACTING = 50;
  public static final int MAX_RECONTRACTING_NOTE = 500;
  public static final int MAX_REFLECTION = 4000;
  public static final int MAX_GROUP_SIZE = 30;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "trainee_id", nullable = false, updatable = false)
  private Person trainee;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "client_id", nullable = false, updatable = false)
  private Client client;

  @Column(name = "held_on", nullable = false)
  private LocalDate heldOn;

  @Column(nullable = false)
  private int minutes;

  @Enumerated(EnumType.STRING)
  @Column(name = "payment_basis", nullable = false, length = 16)
  private PaymentBasis paymentBasis;

  @Column(name = "group_size", nullable = false)
  private int groupSize = 1;

  @Embedded private ContractingRatings ratings;

  @Convert(converter = DriftMarkersColumn.class)
  @Column(name = "drift_markers", nullable = false, length = 80)
  private Set<DriftMarker> driftMarkers = EnumSet.noneOf(DriftMarker.class);

  @Column(name = "recontracting_count", nullable = false)
  private int recontractingCount;

  @Column(name = "recontracting_note", length = MAX_RECONTRACTING_NOTE)
  private String recontractingNote;

  @Column(name = "recontracting_minute")
  private Integer recontractingMinute;

  @Column(name = "responsibility_share", nullable = false)
  private int responsibilityShare;

  @Enumerated(EnumType.STRING)
  @Column(name = "drama_role", length = 16)
  private DramaRole dramaRole;

  /**
   * Confidential: readable by the trainee and whom they share the session with, never by the school
   * admin by default. It must never be logged, put in a message or exported in bulk.
   */
  @Column(length = MAX_REFLECTION)
  private String reflection;

  @Column(name = "deleted_at")
  private Instant deletedAt;

  protected PracticeSession() {}

  /**
   * A session of {@code trainee} with one of their own clients, paid or pro bono as the client is
   * (see {@link #chargeAs}). {@code responsibilityShare} is the coach's estimate, 0 to 100 %.
   */
  public PracticeSession(
      Person trainee,
      Client client,
      LocalDate heldOn,
      int minutes,
      ContractingRatings ratings,
      int responsibilityShare) {
    require(trainee != null, "trainee", "practiceSession.trainee");
    trainee.requireActive(MemberRole.TRAINEE, "trainee");
    require(client != null, "client", "practiceSession.client");
    require(client.trainee().id().equals(trainee.id()), "client", "practiceSession.client.2");
    this.trainee = trainee;
    this.client = client;
    this.paymentBasis = client.paymentBasis();
    reschedule(heldOn, minutes);
    rate(ratings);
    takeResponsibility(responsibilityShare);
  }

  /** Moves the session to the date it was held on (not in the future) and its length in minutes. */
  public void reschedule(LocalDate heldOn, int minutes) {
    requireNotDeleted();
    NotInTheFuture.require(
        heldOn, "heldOn", DomainRuleViolation.phrase("practiceSession.heldOn.what"));
    require(
        minutes >= 1 && minutes <= MAX_MINUTES,
        "minutes",
        "practiceSession.minutes",
        MAX_MINUTES,
        minutes);
    this.heldOn = heldOn;
    this.minutes = minutes;
  }

  /** Whether this session was paid or pro bono, where it differs from the client's usual basis. */
  public void chargeAs(PaymentBasis basis) {
    requireNotDeleted();
    require(basis != null, "paymentBasis", "practiceSession.paymentBasis");
    this.paymentBasis = basis;
  }

  /**
   * How many clients the session coached: 1 for an individual session, 2 to 30 for a group. A group
   * session's time counts once toward coaching hours; its client code stands for the group.
   */
  public void coachGroup(int size) {
    requireNotDeleted();
    require(
        size >= 1 && size <= MAX_GROUP_SIZE,
        "groupSize",
        "practiceSession.groupSize",
        MAX_GROUP_SIZE,
        size);
    this.groupSize = size;
  }

  /** How each of the four contracting elements was addressed in the session. */
  public void rate(ContractingRatings ratings) {
    requireNotDeleted();
    require(ratings != null, "ratings", "practiceSession.ratings");
    this.ratings = ratings;
  }

  /**
   * The ways the session drifted for want of a contract; none (or null) for a session that held.
   */
  public void markDrift(Set<DriftMarker> markers) {
    requireNotDeleted();
    EnumSet<DriftMarker> marked = EnumSet.noneOf(DriftMarker.class);
    if (markers != null) {
      marked.addAll(markers);
    }
    this.driftMarkers = marked;
  }

  /**
   * How many times the coach re-contracted during the session (0 to 50), with an optional note,
   * e.g. what was agreed ("client narrowed the outcome to one meeting").
   */
  public void recontracted(int count, String note) {
    recontracted(count, null, note);
  }

  /**
   * How many times the coach re-contracted during the session (0 to 50), optionally the minute of
   * the session the (first notable) re-contracting happened in, and a note on it.
   */
  public void recontracted(int count, Integer minute, String note) {
    requireNotDeleted();
    require(
        count >= 0 && count <= MAX_RECONTRACTING,
        "recontractingCount",
        "practiceSession.recontractingCount",
        MAX_RECONTRACTING,
        count);
    String text = Text.optional(note, MAX_RECONTRACTING_NOTE, "recontractingNote");
    require(text == null || count > 0, "recontractingNote", "practiceSession.recontractingNote");
    require(
        minute == null || count > 0, "recontractingMinute", "practiceSession.recontractingMinute");
    require(
        minute == null || (minute >= 0 && minute <= minutes),
        "recontractingMinute",
        "practiceSession.recontractingMinute.2",
        minutes);
    this.recontractingCount = count;
    this.recontractingMinute = minute;
    this.recontractingNote = text;
  }

  /** The coach's estimate of their share of the responsibility in the session, 0 to 100 %. */
  public void takeResponsibility(int share) {
    requireNotDeleted();
    require(
        share >= 0 && share <= 100,
        "responsibilityShare",
        "practiceSession.responsibilityShare",
        share);
    this.responsibilityShare = share;
  }

  /** The drama-triangle role the coach noticed themselves in; null when none was noticed. */
  public void noticeRole(DramaRole role) {
    requireNotDeleted();
    this.dramaRole = role;
  }

  /** The coach's confidential reflection on the session (at most 4000 characters); blank clears. */
  public void reflect(String text) {
    requireNotDeleted();
    this.reflection = Text.optional(text, MAX_REFLECTION, "reflection");
  }

  /** Deletes the session softly: it leaves lists and analyses, and can be restored. */
  public void delete(Instant at) {
    require(at != null, "deletedAt", "practiceSession.deletedAt");
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

  /**
   * Whether the coach took more than half of the responsibility. In the seed's words, a coach
   * "taking more than 50% of the responsibility in the relationship with their client" ends up
   * "continually doing the problem-solving for the client": the coach "rescuing" the "victim"
   * client, a core issue (over-responsibility) that tends to recur in supervision.
   */
  public boolean isRescuing() {
    return responsibilityShare > 50;
  }

  /** The session contracting score, 0 to 100 (see {@link ContractingRatings#score()}). */
  public double score() {
    return ratings.score();
  }

  private void requireNotDeleted() {
    require(deletedAt == null, "deletedAt", "practiceSession.deletedAt.2");
  }

  public Person trainee() {
    return trainee;
  }

  public Client client() {
    return client;
  }

  public LocalDate heldOn() {
    return heldOn;
  }

  public int minutes() {
    return minutes;
  }

  public PaymentBasis paymentBasis() {
    return paymentBasis;
  }

  /** 1 for an individual session, the number of clients for a group session. */
  public int groupSize() {
    return groupSize;
  }

  public ContractingRatings ratings() {
    return ratings;
  }

  public Set<DriftMarker> driftMarkers() {
    return Set.copyOf(driftMarkers);
  }

  public int recontractingCount() {
    return recontractingCount;
  }

  public Optional<String> recontractingNote() {
    return Optional.ofNullable(recontractingNote);
  }

  /** The minute of the session the coach re-contracted in, if they noted it. */
  public Optional<Integer> recontractingMinute() {
    return Optional.ofNullable(recontractingMinute);
  }

  public int responsibilityShare() {
    return responsibilityShare;
  }

  public Optional<DramaRole> dramaRole() {
    return Optional.ofNullable(dramaRole);
  }

  /** Confidential: see the field. Callers check who may read it and audit the read. */
  public Optional<String> reflection() {
    return Optional.ofNullable(reflection);
  }

  public Optional<Instant> deletedAt() {
    return Optional.ofNullable(deletedAt);
  }
}
