package io.parallax.ejb.supervision;

import static io.parallax.domain.DomainRuleViolation.require;

import io.parallax.domain.DomainRuleViolation;
import io.parallax.domain.assessment.ContractingAssessment;
import io.parallax.domain.assessment.CoreIssueType;
import io.parallax.domain.audit.AuditAction;
import io.parallax.domain.contracting.ContractingRatings;
import io.parallax.domain.contracting.ElementRating;
import io.parallax.domain.practice.Client;
import io.parallax.domain.practice.PracticeSession;
import io.parallax.domain.school.Person;
import io.parallax.domain.school.SupervisorAssignment;
import io.parallax.domain.supervision.SupervisionSession;
import io.parallax.ejb.NoSuchRecord;
import io.parallax.ejb.audit.AuditTrail;
import io.parallax.ejb.listing.Listing;
import io.parallax.ejb.listing.Slice;
import io.parallax.ejb.school.SchoolCalendar;
import io.parallax.ejb.security.Caller;
import io.parallax.ejb.security.Roles;
import io.parallax.ejb.tenancy.SchoolBound;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Supervision sessions. A supervisor records them for a supervisee assigned to them on the
 * session's date, naming core issues of the school's taxonomy and discussing the supervisee's own
 * cases. The recording supervisor reads a session whole; the supervisee and a school admin read it
 * without the confidential notes. Each write or read of the notes is audited.
 */
@Stateless
@SchoolBound
@DeclareRoles({Roles.SCHOOL_ADMIN, Roles.SUPERVISOR, Roles.TRAINEE})
public class SupervisionSessions {

  /** The caller's assignments to a trainee that overlap a period (no named query for it yet). */
  @PersistenceContext EntityManager em;

  /** The open ends of a period: before anyone was supervised, after anyone will be. */
  private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

  private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

  @Inject SchoolCalendar calendar;

  @Inject Caller caller;
  @Inject AuditTrail audit;
  @Resource SessionContext context;

  @RolesAllowed(Roles.SUPERVISOR)
  public SupervisionSessionView record(SupervisionRecord record) {
    require(record != null, "supervisee", "supervisionSessions.supervisee");
    Person supervisee = person(record.superviseeId());
    SupervisionSession session =
        new SupervisionSession(
            covering(supervisee, record.heldOn()),
            record.heldOn(),
            record.minutes(),
            record.format(),
            record.ratings(),
            record.proctorBalance());
    note(session, supervisee, record);
    em.persist(session);
    if (hasConfidentialText(session)) {
      audit.record(AuditAction.CREATE, session);
    }
    return SupervisionSessionView.of(session, true);
  }

  /**
   * The author revises everything about one of their sessions but its supervisee, provided it is
   * still at the version they read and no signed-off assessment cites it. Audited.
   */
  @RolesAllowed(Roles.SUPERVISOR)
  public SupervisionSessionView revise(UUID sessionId, long versionRead, SupervisionRecord record) {
    SupervisionSession session = authored(sessionId);
    session.requireVersion(versionRead);
    session.requireEditable(citedBySignedOff(session));
    require(record != null, "supervisee", "supervisionSessions.supervisee");
    require(
        record.superviseeId() == null || record.superviseeId().equals(session.supervisee().id()),
        "superviseeId",
        "supervisionSessions.superviseeId");
    session.reschedule(
        covering(session.supervisee(), record.heldOn()), record.heldOn(), record.minutes());
    session.holdAs(record.format());
    session.rate(record.ratings());
    session.balance(record.proctorBalance());
    note(session, session.supervisee(), record);
    session.revised(Instant.now());
    audit.record(AuditAction.UPDATE, session);
    em.flush();
    return SupervisionSessionView.of(session, true, false);
  }

  /**
   * One of the caller's own sessions, whole, to revise: with the notes (the read audited) and
   * whether a signed-off assessment locks it. Any other session is "no such record".
   */
  @RolesAllowed(Roles.SUPERVISOR)
  public SupervisionSessionView toRevise(UUID sessionId) {
    SupervisionSession session = authored(sessionId);
    if (hasConfidentialText(session)) {
      audit.record(AuditAction.READ, session);
    }
    return SupervisionSessionView.of(session, true, citedBySignedOff(session));
  }

  /** The author deletes one of their sessions softly ({@link #restore} undoes it). Audited. */
  @RolesAllowed(Roles.SUPERVISOR)
  public void delete(UUID sessionId, long versionRead) {
    SupervisionSession session = authored(sessionId);
    session.requireVersion(versionRead);
    session.requireEditable(citedBySignedOff(session));
    session.delete(Instant.now());
    audit.record(AuditAction.DELETE, session);
  }

  /** The author restores one of their deleted sessions. Audited. */
  @RolesAllowed(Roles.SUPERVISOR)
  public SupervisionSessionView restore(UUID sessionId) {
    SupervisionSession session =
        sessionId == null ? null : em.find(SupervisionSession.class, sessionId);
    if (session == null || !isAuthor(session)) {
      throw new NoSuchRecord("supervision session");
    }
    session.restore();
    audit.record(AuditAction.UPDATE, session);
    em.flush();
    return SupervisionSessionView.of(session, true, citedBySignedOff(session));
  }

  /** The caller's id as a member: which sessions of a list they recorded (and may revise). */
  @RolesAllowed(Roles.SUPERVISOR)
  public UUID me() {
    return caller.requireMember().id();
  }

  /** The caller's deleted sessions, latest first (without notes): what they may restore. */
  @RolesAllowed(Roles.SUPERVISOR)
  public List<SupervisionSessionView> deletedByMe() {
    return em.createNamedQuery(SupervisionSession.DELETED_OF_SUPERVISOR, SupervisionSession.class)
        .setParameter("supervisor", caller.requireMember())
        .getResultStream()
        .map(s -> SupervisionSessionView.of(s, false))
        .toList();
  }

  /**
   * The sessions the caller took part in as a supervisee (alone or in a group) from {@code from} to
   * {@code to} (open ends when null), latest first, {@code max} from position {@code first}; never
   * with the supervisor's notes, on the session or on anyone in it.
   */
  @RolesAllowed(Roles.TRAINEE)
  public Slice<SupervisionSessionView> mine(LocalDate from, LocalDate to, int first, int max) {
    LocalDate start = from == null ? EARLIEST : from;
    LocalDate end = to == null ? LATEST : to;
    require(!start.isAfter(end), "to", "supervisionSessions.to", end, start);
    require(first >= 0 && max >= 1, "page", "practiceSessions.page");
    Person me = caller.requireMember();
    List<SupervisionSessionView> items =
        em.createNamedQuery(SupervisionSession.OF_PARTICIPANT_BETWEEN, SupervisionSession.class)
            .setParameter("supervisee", me)
            .setParameter("from", start)
            .setParameter("to", end)
            .setFirstResult(first)
            .setMaxResults(max)
            .getResultStream()
            .map(s -> SupervisionSessionView.of(s, false))
            .toList();
    long total =
        em.createNamedQuery(SupervisionSession.COUNT_OF_PARTICIPANT_BETWEEN, Long.class)
            .setParameter("supervisee", me)
            .setParameter("from", start)
            .setParameter("to", end)
            .getSingleResult();
    return new Slice<>(items, total);
  }

  /**
   * The caller's supervision hours as a supervisee, in all and per month, summed in the database.
   */
  @RolesAllowed(Roles.TRAINEE)
  public SupervisionHours myHours(LocalDate from, LocalDate to) {
    LocalDate start = from == null ? EARLIEST : from;
    LocalDate end = to == null ? LATEST : to;
    require(!start.isAfter(end), "to", "supervisionSessions.to", end, start);
    List<SupervisionHours.Month> months =
        em.createNamedQuery(SupervisionSession.MINUTES_OF_PARTICIPANT_BY_MONTH, Object[].class)
            .setParameter("supervisee", caller.requireMember())
            .setParameter("from", start)
            .setParameter("to", end)
            .getResultStream()
            .map(
                row ->
                    new SupervisionHours.Month(
                        YearMonth.of(((Number) row[0]).intValue(), ((Number) row[1]).intValue()),
                        ((Number) row[2]).longValue(),
                        ((Number) row[3]).longValue()))
            .toList();
    return new SupervisionHours(months);
  }

  /**
   * One session: whole (notes too, the read audited) for its author, without any notes for whoever
   * took part in it and for a school admin; deleted ones only for their author.
   */
  @RolesAllowed({Roles.SCHOOL_ADMIN, Roles.SUPERVISOR, Roles.TRAINEE})
  public SupervisionSessionView read(UUID sessionId) {
    SupervisionSession session =
        sessionId == null ? null : em.find(SupervisionSession.class, sessionId);
    if (session == null || session.isDeleted() && !isAuthor(session)) {
      throw new NoSuchRecord("supervision session");
    }
    boolean author = isAuthor(session);
    boolean took = !author && caller.member().map(session::tookPart).orElse(false);
    if (!author && !took && !context.isCallerInRole(Roles.SCHOOL_ADMIN)) {
      throw new NoSuchRecord("supervision session");
    }
    if (author && hasConfidentialText(session)) {
      audit.record(AuditAction.READ, session);
    }
    return SupervisionSessionView.of(session, author, author && citedBySignedOff(session));
  }

  private void note(SupervisionSession session, Person supervisee, SupervisionRecord record) {
    session.markDrift(record.driftMarkers());
    session.visit(record.sevenEyedModes());
    // a revision may keep a kind retired since; only kinds it newly names must be offered ones
    Set<String> named = new TreeSet<>(session.coreIssues());
    session.nameCoreIssues(record.coreIssues());
    Set<String> added = new TreeSet<>(session.coreIssues());
    added.removeAll(named);
    requireInTaxonomy(added);
    session.observe(record.parallelProcess());
    session.modelContracting(record.modelledContracting());
    session.discussCases(record.casesDiscussed());
    session.casesDiscussed().forEach(id -> requireCaseOf(supervisee, id));
    session.writeNotes(record.notes());
    session.attendedBy(attendances(record));
  }

  /** Each participant named, under the caller's assignment to them on the session's date. */
  private List<SupervisionSession.Attendance> attendances(SupervisionRecord record) {
    List<SupervisionSession.Attendance> attendances = new ArrayList<>();
    if (record.participants() == null) {
      return attendances;
    }
    for (SupervisionRecord.Participant participant : record.participants()) {
      Person person =
          participant == null || participant.superviseeId() == null
              ? null
              : em.find(Person.class, participant.superviseeId());
      SupervisorAssignment assignment =
          person == null
              ? null
              : em.createNamedQuery(SupervisorAssignment.COVERING, SupervisorAssignment.class)
                  .setParameter("supervisor", caller.requireMember())
                  .setParameter("trainee", person)
                  .setParameter("date", record.heldOn())
                  .getResultStream()
                  .findFirst()
                  .orElse(null);
      require(
          assignment != null, "participants", "supervisionSessions.participants", record.heldOn());
      attendances.add(new SupervisionSession.Attendance(assignment, participant.notes()));
    }
    return attendances;
  }

  private static boolean hasConfidentialText(SupervisionSession session) {
    return session.notes().isPresent()
        || session.participants().stream().anyMatch(p -> p.notes().isPresent());
  }

  private boolean isAuthor(SupervisionSession session) {
    return session.supervisor().subject().equals(caller.subject());
  }

  /** One of the caller's own sessions, not deleted; any other is "no such record". */
  private SupervisionSession authored(UUID sessionId) {
    SupervisionSession session =
        sessionId == null ? null : em.find(SupervisionSession.class, sessionId);
    if (session == null || session.isDeleted() || !isAuthor(session)) {
      throw new NoSuchRecord("supervision session");
    }
    return session;
  }

  /**
   * Whether a signed-off contracting assessment of anyone who took part cites the session as
   * evidence. The assessments of a few trainees are read; their evidence lists are compared here.
   */
  private boolean citedBySignedOff(SupervisionSession session) {
    List<Person> took = new ArrayList<>();
    took.add(session.supervisee());
    session.participants().forEach(p -> took.add(p.person()));
    return em.createNamedQuery(
            ContractingAssessment.SIGNED_OFF_OF_TRAINEES, ContractingAssessment.class)
        .setParameter("trainees", took)
        .getResultStream()
        .anyMatch(a -> a.evidenceSessions().contains(session.id()));
  }

  /**
   * The sessions of a supervisee assigned to the caller, held from {@code from} to {@code to} on
   * dates an assignment of the caller covers, latest first; never with notes (no bulk read of
   * them).
   */
  @RolesAllowed(Roles.SUPERVISOR)
  public List<SupervisionSessionView> ofSupervisee(
      UUID superviseeId, LocalDate from, LocalDate to) {
    return ofSuperviseeQuery(superviseeId, from, to)
        .getResultStream()
        .map(s -> SupervisionSessionView.of(s, false))
        .toList();
  }

  /** One listing of {@link #ofSupervisee(UUID, LocalDate, LocalDate)}, paged in the database. */
  @RolesAllowed(Roles.SUPERVISOR)
  public Slice<SupervisionSessionView> ofSupervisee(
      UUID superviseeId, LocalDate from, LocalDate to, Listing listing) {
    return Slice.of(
        ofSuperviseeQuery(superviseeId, from, to),
        listing,
        s -> SupervisionSessionView.of(s, false));
  }

  private TypedQuery<SupervisionSession> ofSuperviseeQuery(
      UUID superviseeId, LocalDate from, LocalDate to) {
    require(from != null && to != null, "from", "supervisionSessions.from");
    require(!to.isBefore(from), "to", "supervisionSessions.to", to, from);
    Person supervisee = person(superviseeId);
    Person supervisor = caller.requireMember();
    boolean everOverlapping =
        !em.createNamedQuery(SupervisorAssignment.OVERLAPPING, SupervisorAssignment.class)
            .setParameter("supervisor", supervisor)
            .setParameter("trainee", supervisee)
            .setParameter("from", from)
            .setParameter("to", to)
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
    if (!everOverlapping) {
      throw new NoSuchRecord("supervisee");
    }
    return em.createNamedQuery(SupervisionSession.OF_SUPERVISEE_UNDER, SupervisionSession.class)
        .setParameter("supervisee", supervisee)
        .setParameter("supervisor", supervisor)
        .setParameter("from", from)
        .setParameter("to", to);
  }

  /** The most cases a picker gets in one answer. */
  public static final int MAX_PICKABLE = 200;

  /**
   * The supervisee's clients and their client sessions held from {@code from} to {@code to} on
   * dates an assignment of the caller covers (sessions latest first, after the clients): what the
   * caller can link as cases discussed or as evidence of a grade. All of them, up to {@link
   * #MAX_PICKABLE}.
   */
  @RolesAllowed(Roles.SUPERVISOR)
  public List<SuperviseeCase> casesOf(UUID superviseeId, LocalDate from, LocalDate to) {
    return pickableCases(superviseeId, from, to, null, MAX_PICKABLE).cases();
  }

  /**
   * At most {@code limit} clients and as many sessions (1 to {@link #MAX_PICKABLE}) of the
   * supervisee from {@code from} to {@code to} whose client code contains {@code search} (any case;
   * blank: every client), chosen and limited by the database, with whether there are more.
   */
  @RolesAllowed(Roles.SUPERVISOR)
  public SuperviseeCases pickableCases(
      UUID superviseeId, LocalDate from, LocalDate to, String search, int limit) {
    require(from != null && to != null, "from", "supervisionSessions.from");
    require(
        limit >= 1 && limit <= MAX_PICKABLE, "limit", "supervisionSessions.limit", MAX_PICKABLE);
    Person supervisee = person(superviseeId);
    Person supervisor = caller.requireMember();
    boolean assigned =
        !em.createNamedQuery(SupervisorAssignment.OVERLAPPING, SupervisorAssignment.class)
            .setParameter("supervisor", supervisor)
            .setParameter("trainee", supervisee)
            .setParameter("from", from)
            .setParameter("to", to)
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
    if (!assigned) {
      throw new NoSuchRecord("supervisee");
    }
    String code = "%" + likeEscaped(search) + "%";
    List<SuperviseeCase> cases = new ArrayList<>();
    List<Client> clients =
        em.createNamedQuery(Client.OF_TRAINEE_LIKE, Client.class)
            .setParameter("trainee", supervisee)
            .setParameter("code", code)
            .setMaxResults(limit + 1)
            .getResultList();
    clients.stream()
        .limit(limit)
        .forEach(
            c ->
                cases.add(
                    new SuperviseeCase(
                        c.id(), SuperviseeCase.Kind.CLIENT, c.code(), null, null, null)));
    List<Object[]> sessions =
        em.createNamedQuery(PracticeSession.PICKABLE_BY_SUPERVISOR, Object[].class)
            .setParameter("trainee", supervisee)
            .setParameter("supervisor", supervisor)
            .setParameter("from", from)
            .setParameter("to", to)
            .setParameter("code", code)
            .setMaxResults(limit + 1)
            .getResultList();
    sessions.stream().limit(limit).map(SupervisionSessions::pickable).forEach(cases::add);
    return new SuperviseeCases(cases, clients.size() > limit || sessions.size() > limit);
  }

  private static SuperviseeCase pickable(Object[] row) {
    ContractingRatings ratings =
        ContractingRatings.of(
            (ElementRating) row[4],
            (ElementRating) row[5],
            (ElementRating) row[6],
            (ElementRating) row[7]);
    return new SuperviseeCase(
        (UUID) row[0],
        SuperviseeCase.Kind.SESSION,
        (String) row[1],
        (LocalDate) row[2],
        (Integer) row[3],
        ratings.score());
  }

  /** {@code search} upper-cased for a LIKE with escape character {@code !}; null is "". */
  static String likeEscaped(String search) {
    if (search == null) {
      return "";
    }
    return search
        .strip()
        .toUpperCase(Locale.ROOT)
        .replace("!", "!!")
        .replace("%", "!%")
        .replace("_", "!_");
  }

  private Person person(UUID personId) {
    Person person = personId == null ? null : em.find(Person.class, personId);
    if (person == null) {
      throw new NoSuchRecord("supervisee");
    }
    return person;
  }

  private SupervisorAssignment covering(Person supervisee, LocalDate heldOn) {
    calendar.requireNotAfterToday(
        heldOn, "heldOn", DomainRuleViolation.phrase("supervisionSessions.heldOn.what"));
    return em.createNamedQuery(SupervisorAssignment.COVERING, SupervisorAssignment.class)
        .setParameter("supervisor", caller.requireMember())
        .setParameter("trainee", supervisee)
        .setParameter("date", heldOn)
        .getResultStream()
        .findFirst()
        .orElseThrow(
            () ->
                new DomainRuleViolation(
                    "heldOn", "supervisionSessions.heldOn", supervisee.displayName(), heldOn));
  }

  private void requireInTaxonomy(Set<String> codes) {
    if (codes.isEmpty()) {
      return;
    }
    Set<String> known =
        em.createNamedQuery(CoreIssueType.ALL, CoreIssueType.class)
            .getResultStream()
            .filter(type -> !type.isRetired()) // a retired kind is not offered on new records
            .map(CoreIssueType::code)
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> unknown = new TreeSet<>(codes);
    unknown.removeAll(known);
    require(
        unknown.isEmpty(),
        "coreIssues",
        known.isEmpty() ? "supervisionSessions.coreIssues.none" : "supervisionSessions.coreIssues",
        String.join(", ", unknown),
        String.join(", ", known));
  }

  /** A case discussed is one of the supervisee's clients or (not deleted) practice sessions. */
  private void requireCaseOf(Person supervisee, UUID id) {
    Client client = em.find(Client.class, id);
    PracticeSession practice = client == null ? em.find(PracticeSession.class, id) : null;
    Person owner =
        client != null
            ? client.trainee()
            : practice != null && !practice.isDeleted() ? practice.trainee() : null;
    require(
        owner != null && owner.id().equals(supervisee.id()),
        "casesDiscussed",
        "supervisionSessions.casesDiscussed",
        supervisee.displayName());
  }
}
