package io.parallax.ejb.calibration;

import static io.parallax.domain.DomainRuleViolation.require;

import io.parallax.domain.audit.AuditAction;
import io.parallax.domain.calibration.CalibrationClosed;
import io.parallax.domain.calibration.CalibrationExercise;
import io.parallax.domain.calibration.CalibrationGrade;
import io.parallax.domain.contracting.ContractingElement;
import io.parallax.domain.practice.PracticeSession;
import io.parallax.domain.school.MemberRole;
import io.parallax.domain.school.Person;
import io.parallax.ejb.NoSuchRecord;
import io.parallax.ejb.audit.AuditTrail;
import io.parallax.ejb.calibration.ExerciseViews.CaseGrade;
import io.parallax.ejb.calibration.ExerciseViews.CaseMaterial;
import io.parallax.ejb.calibration.ExerciseViews.Choice;
import io.parallax.ejb.calibration.ExerciseViews.ExerciseMaterial;
import io.parallax.ejb.calibration.ExerciseViews.ExerciseResults;
import io.parallax.ejb.calibration.ExerciseViews.ExerciseSummary;
import io.parallax.ejb.calibration.ExerciseViews.HistoryPoint;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Calibration rounds. A school admin creates an exercise from the school's practice sessions and/or
 * a vignette, chooses its supervisors and deadline, follows it and reads its results. The chosen
 * supervisors read the anonymised material (audited) and grade it blind; no supervisor sees
 * another's grades before the results open (after the deadline day, or once all have graded), and
 * then only under a neutral label, never a peer's name. Anyone else, and every other school: no
 * such record.
 */
@Stateless
@SchoolBound
@DeclareRoles({Roles.SCHOOL_ADMIN, Roles.SUPERVISOR})
@RolesAllowed({Roles.SCHOOL_ADMIN, Roles.SUPERVISOR})
public class CalibrationExercises {

  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @Inject AuditTrail audit;
  @Resource SessionContext context;

  /** A new exercise; the sessions must be the school's, the supervisors its active supervisors. */
  @RolesAllowed(Roles.SCHOOL_ADMIN)
  public ExerciseSummary create(
      String title,
      LocalDate deadline,
      Collection<UUID> practiceSessions,
      String vignette,
      String transcript,
      boolean showRatings,
      Collection<UUID> supervisors) {
    for (UUID id : practiceSessions == null ? List.<UUID>of() : practiceSessions) {
      PracticeSession session = id == null ? null : em.find(PracticeSession.class, id);
      require(
          session != null && !session.isDeleted(),
          "practiceSessions",
          "calibrationExercises.practiceSessions");
    }
    for (UUID id : supervisors == null ? List.<UUID>of() : supervisors) {
      Person person = id == null ? null : em.find(Person.class, id);
      require(
          person != null && person.isActive() && person.has(MemberRole.SUPERVISOR),
          "supervisors",
          "calibrationExercises.supervisors");
    }
    CalibrationExercise exercise =
        new CalibrationExercise(
            title,
            caller.subject(),
            Instant.now(),
            LocalDate.now(),
            deadline,
            new CalibrationExercise.Material(practiceSessions, vignette, transcript, showRatings),
            supervisors);
    em.persist(exercise);
    audit.record(AuditAction.CREATE, exercise);
    return summary(exercise, null);
  }

  /** The school's exercises for an admin; a supervisor's own (those they grade). Latest first. */
  public List<ExerciseSummary> list() {
    UUID me = isAdmin() ? null : caller.requireMember().id();
    return em
        .createNamedQuery(CalibrationExercise.ALL, CalibrationExercise.class)
        .getResultList()
        .stream()
        .filter(e -> me == null || e.isGrader(me))
        .map(e -> summary(e, me))
        .toList();
  }

  /** An exercise's anonymised material and the caller's own grades; every read is audited. */
  public ExerciseMaterial material(UUID id) {
    CalibrationExercise exercise = readable(id);
    UUID me = isAdmin() ? null : caller.requireMember().id();
    audit.record(AuditAction.READ, exercise);
    List<CaseMaterial> cases = new ArrayList<>();
    List<UUID> sessions = exercise.practiceSessions();
    for (int i = 0; i < sessions.size(); i++) {
      PracticeSession session = em.find(PracticeSession.class, sessions.get(i));
      if (session != null) {
        audit.record(AuditAction.READ, session);
      }
      cases.add(CaseMaterials.ofSession(i, session, exercise.showsRatings()));
    }
    if (exercise.vignette().isPresent()) {
      cases.add(CaseMaterials.ofVignette(sessions.size(), exercise));
    }
    List<CaseGrade> mine = me == null ? List.of() : gradesOf(exercise, me);
    return new ExerciseMaterial(summary(exercise, me), cases, mine);
  }

  /**
   * The caller's blind grade of one case (1 to 5 per element, a rationale); a second one replaces
   * the first while the exercise is open.
   */
  @RolesAllowed(Roles.SUPERVISOR)
  public CaseGrade grade(
      UUID id, int caseIndex, Map<ContractingElement, Integer> grades, String rationale) {
    CalibrationExercise exercise = readable(id);
    UUID me = caller.requireMember().id();
    LocalDate today = LocalDate.now();
    if (!exercise.acceptsGradesOn(today)) {
      throw new CalibrationClosed(
          "deadline", "The deadline (" + exercise.deadline() + ") has passed: grading is closed.");
    }
    if (exercise.resultsOpen(today, graded(exercise))) {
      throw new CalibrationClosed(
          "results", "Everyone has graded and the results are open: grades no longer change.");
    }
    CalibrationGrade grade =
        em.createNamedQuery(CalibrationGrade.OF_SUPERVISOR_CASE, CalibrationGrade.class)
            .setParameter("exercise", exercise)
            .setParameter("supervisor", me)
            .setParameter("caseIndex", caseIndex)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (grade == null) {
      grade = new CalibrationGrade(exercise, me, caseIndex, grades, rationale, Instant.now());
      em.persist(grade);
    } else {
      grade.regrade(grades, rationale, Instant.now());
    }
    em.flush();
    return new CaseGrade(grade.caseIndex(), grade.grades(), grade.rationale());
  }

  /**
   * The results, once open: every grade beside the group's median, each supervisor's offset from
   * it, and the agreement. An admin reads names; a supervisor their own and a letter for each peer.
   */
  public ExerciseResults results(UUID id) {
    CalibrationExercise exercise = readable(id);
    boolean admin = isAdmin();
    UUID me = admin ? null : caller.requireMember().id();
    if (!exercise.resultsOpen(LocalDate.now(), graded(exercise))) {
      throw new CalibrationClosed(
          "results",
          "The results open after the deadline ("
              + exercise.deadline()
              + ") or once every supervisor has graded; until then grading is blind.");
    }
    audit.record(AuditAction.READ, exercise);
    RoundResults results = results(exercise);
    Map<UUID, String> labels = labels(exercise, admin, me);
    return new ExerciseResults(
        summary(exercise, me),
        results.medians(),
        results.rows(me, labels::get),
        results.agreement());
  }

  /** Overall agreement of each exercise whose results are open, oldest deadline first. */
  @RolesAllowed(Roles.SCHOOL_ADMIN)
  public List<HistoryPoint> history() {
    LocalDate today = LocalDate.now();
    return em
        .createNamedQuery(CalibrationExercise.ALL, CalibrationExercise.class)
        .getResultList()
        .stream()
        .filter(e -> e.resultsOpen(today, graded(e)))
        .sorted(Comparator.comparing(CalibrationExercise::deadline))
        .map(
            e -> {
              ExerciseViews.AgreementFigures figures = results(e).agreement();
              return new HistoryPoint(
                  e.id(), e.title(), e.deadline(), figures.alpha(), figures.meanKappa());
            })
        .toList();
  }

  /** The school's active supervisors, to choose from. */
  @RolesAllowed(Roles.SCHOOL_ADMIN)
  public List<Choice> supervisorChoices() {
    return em.createNamedQuery(Person.ALL, Person.class).getResultList().stream()
        .filter(p -> p.isActive() && p.has(MemberRole.SUPERVISOR))
        .map(p -> new Choice(p.id(), p.displayName(), null))
        .toList();
  }

  /** The school's latest practice sessions (at most 100), to put in an exercise. */
  @RolesAllowed(Roles.SCHOOL_ADMIN)
  public List<Choice> sessionChoices() {
    return em
        .createQuery(
            "select s from PracticeSession s join fetch s.trainee where s.deletedAt is null"
                + " order by s.heldOn desc",
            PracticeSession.class)
        .setMaxResults(100)
        .getResultList()
        .stream()
        .map(s -> new Choice(s.id(), s.trainee().displayName(), s.heldOn()))
        .toList();
  }

  private RoundResults results(CalibrationExercise exercise) {
    return new RoundResults(
        exercise.supervisors(),
        exercise.caseCount(),
        em.createNamedQuery(CalibrationGrade.OF_EXERCISE, CalibrationGrade.class)
            .setParameter("exercise", exercise)
            .getResultList());
  }

  /** Names for an admin; for a supervisor their own name only (peers get a letter). */
  private Map<UUID, String> labels(CalibrationExercise exercise, boolean admin, UUID me) {
    Map<UUID, String> labels = new HashMap<>();
    for (UUID supervisor : exercise.supervisors()) {
      if (admin || supervisor.equals(me)) {
        Person person = em.find(Person.class, supervisor);
        labels.put(supervisor, person == null ? "" : person.displayName());
      }
    }
    return labels;
  }

  private CalibrationExercise readable(UUID id) {
    CalibrationExercise exercise = id == null ? null : em.find(CalibrationExercise.class, id);
    if (exercise == null) {
      throw new NoSuchRecord("calibration exercise");
    }
    if (!isAdmin() && !exercise.isGrader(caller.requireMember().id())) {
      throw new NoSuchRecord("calibration exercise");
    }
    return exercise;
  }

  private List<CaseGrade> gradesOf(CalibrationExercise exercise, UUID supervisor) {
    return em
        .createNamedQuery(CalibrationGrade.OF_EXERCISE, CalibrationGrade.class)
        .setParameter("exercise", exercise)
        .getResultList()
        .stream()
        .filter(g -> g.supervisor().equals(supervisor))
        .map(g -> new CaseGrade(g.caseIndex(), g.grades(), g.rationale()))
        .toList();
  }

  private long graded(CalibrationExercise exercise) {
    return em.createNamedQuery(CalibrationGrade.COUNT_OF_EXERCISE, Long.class)
        .setParameter("exercise", exercise)
        .getSingleResult();
  }

  private ExerciseSummary summary(CalibrationExercise e, UUID me) {
    long graded = graded(e);
    long mine = me == null ? 0 : gradesOf(e, me).size();
    LocalDate today = LocalDate.now();
    return new ExerciseSummary(
        e.id(),
        e.title(),
        e.deadline(),
        e.caseCount(),
        e.supervisors().size(),
        graded,
        mine,
        e.resultsOpen(today, graded),
        e.acceptsGradesOn(today) && !e.resultsOpen(today, graded));
  }

  private boolean isAdmin() {
    return context.isCallerInRole(Roles.SCHOOL_ADMIN);
  }
}
