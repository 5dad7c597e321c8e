package io.parallax.ejb.supervision;

import static io.parallax.domain.DomainRuleViolation.require;

import io.parallax.domain.assessment.DevelopmentDomain;
import io.parallax.domain.assessment.StageAssessment;
import io.parallax.domain.school.Person;
import io.parallax.domain.school.SupervisorAssignment;
import io.parallax.ejb.analysis.AnalysisSettings;
import io.parallax.ejb.analysis.CohortAnalysis;
import io.parallax.ejb.security.Caller;
import io.parallax.ejb.security.Roles;
import io.parallax.ejb.tenancy.SchoolBound;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A supervisor's caseload: the supervisees assigned to them on a date, with what a supervisor looks
 * at before the next supervision, the analysis module's parallel-process signal included. Counts
 * and dates are aggregated in the database; every query runs in the caller's school (JPQL and the
 * analysis module's HQL, no native SQL).
 */
@Stateless
@SchoolBound
@DeclareRoles(Roles.SUPERVISOR)
public class Caseload {

  private static final String ASSIGNMENTS_ON =
      "select a from SupervisorAssignment a join fetch a.trainee t where a.supervisor = :supervisor"
          + " and a.startsOn <= :date and (a.endsOn is null or a.endsOn >= :date)"
          + " order by t.displayName, a.startsOn";
  private static final String COHORTS =
      "select e.trainee.id, e.cohort.name from Enrolment e where e.trainee in :trainees"
          + " order by e.cohort.name";
  private static final String LAST_SUPERVISION =
      "select s.supervisee.id, max(s.heldOn) from SupervisionSession s"
          + " where s.supervisor = :supervisor and s.supervisee in :trainees and s.heldOn <= :date"
          + " and s.deletedAt is null"
          + " group by s.supervisee.id";
  private static final String SESSIONS_SINCE =
      "select count(p) from PracticeSession p where p.trainee = :trainee and p.deletedAt is null"
          + " and p.heldOn > :since and p.heldOn <= :date";
  private static final String SIGNED_OFF_STAGES =
      "select a from StageAssessment a join fetch a.scale where a.trainee in :trainees"
          + " and a.signedOffAt is not null and a.assessedOn <= :date and not exists"
          + " (select n from StageAssessment n where n.previousVersion = a"
          + " and n.signedOffAt is not null)"
          + " order by a.assessedOn desc, a.signedOffAt desc";

  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @Inject AnalysisSettings analysisSettings;

  /** The caller's supervisees on {@code date}, by name. */
  @RolesAllowed(Roles.SUPERVISOR)
  public List<CaseloadEntry> on(LocalDate date) {
    require(date != null, "on", "caseload.on");
    Person supervisor = caller.requireMember();
    Map<UUID, SupervisorAssignment> assignments = new LinkedHashMap<>();
    em.createQuery(ASSIGNMENTS_ON, SupervisorAssignment.class)
        .setParameter("supervisor", supervisor)
        .setParameter("date", date)
        .getResultStream()
        .forEach(a -> assignments.putIfAbsent(a.trainee().id(), a));
    if (assignments.isEmpty()) {
      return List.of();
    }
    List<Person> trainees =
        assignments.values().stream().map(SupervisorAssignment::trainee).toList();
    Map<UUID, List<String>> cohorts = cohorts(trainees);
    Map<UUID, LocalDate> lastSupervision = lastSupervision(supervisor, trainees, date);
    Map<UUID, CaseloadEntry.Stage> stages = stages(trainees, date);
    Map<UUID, CaseloadEntry.Signal> signals = signals(assignments.keySet(), date);
    List<CaseloadEntry> entries = new ArrayList<>();
    for (SupervisorAssignment assignment : assignments.values()) {
      Person trainee = assignment.trainee();
      LocalDate last = lastSupervision.get(trainee.id());
      entries.add(
          new CaseloadEntry(
              trainee.id(),
              trainee.displayName(),
              cohorts.getOrDefault(trainee.id(), List.of()),
              assignment.startsOn(),
              assignment.endsOn().orElse(null),
              stages.get(trainee.id()),
              last,
              sessionsSince(
                  trainee, last != null ? last : assignment.startsOn().minusDays(1), date),
              signals.get(trainee.id())));
    }
    return entries;
  }

  private Map<UUID, List<String>> cohorts(List<Person> trainees) {
    Map<UUID, List<String>> cohorts = new HashMap<>();
    for (Object[] row :
        em.createQuery(COHORTS, Object[].class)
            .setParameter("trainees", trainees)
            .getResultList()) {
      cohorts.computeIfAbsent((UUID) row[0], id -> new ArrayList<>()).add((String) row[1]);
    }
    return cohorts;
  }

  private Map<UUID, LocalDate> lastSupervision(
      Person supervisor, List<Person> trainees, LocalDate date) {
    Map<UUID, LocalDate> last = new HashMap<>();
    for (Object[] row :
        em.createQuery(LAST_SUPERVISION, Object[].class)
            .setParameter("supervisor", supervisor)
            .setParameter("trainees", trainees)
            .setParameter("date", date)
            .getResultList()) {
      last.put((UUID) row[0], (LocalDate) row[1]);
    }
    return last;
  }

  /**
   * Each supervisee's parallel-process signal over the analysis window ending on {@code date}: the
   * analysis module counts the whole caseload's sessions in two aggregate queries.
   */
  private Map<UUID, CaseloadEntry.Signal> signals(Set<UUID> trainees, LocalDate date) {
    CohortAnalysis analysis = new CohortAnalysis(em, analysisSettings);
    LocalDate from = analysis.windowFrom(date);
    Map<UUID, CaseloadEntry.Signal> signals = new HashMap<>();
    analysis
        .signalsOf(trainees, date)
        .forEach(
            (trainee, signal) -> signals.put(trainee, CaseloadEntry.Signal.of(signal, from, date)));
    return signals;
  }

  private long sessionsSince(Person trainee, LocalDate since, LocalDate date) {
    return em.createQuery(SESSIONS_SINCE, Long.class)
        .setParameter("trainee", trainee)
        .setParameter("since", since)
        .setParameter("date", date)
        .getSingleResult();
  }

  /**
   * Each trainee's latest signed-off stage (a signed-off correction replaces what it corrects), in
   * the contracting domain when there is one, else in any domain.
   */
  private Map<UUID, CaseloadEntry.Stage> stages(List<Person> trainees, LocalDate date) {
    Map<UUID, StageAssessment> latest = new HashMap<>();
    for (StageAssessment stage :
        em.createQuery(SIGNED_OFF_STAGES, StageAssessment.class)
            .setParameter("trainees", trainees)
            .setParameter("date", date)
            .getResultList()) {
      UUID trainee = stage.trainee().id();
      StageAssessment found = latest.get(trainee);
      if (found == null
          || (found.domain() != DevelopmentDomain.CONTRACTING
              && stage.domain() == DevelopmentDomain.CONTRACTING)) {
        latest.put(trainee, stage);
      }
    }
    Map<UUID, CaseloadEntry.Stage> stages = new HashMap<>();
    latest.forEach(
        (trainee, a) ->
            stages.put(
                trainee,
                new CaseloadEntry.Stage(
                    a.scale().name(), a.level(), a.rank(), a.domain(), a.assessedOn())));
    return stages;
  }
}
