package io.parallax.ejb.analysis;

import static io.parallax.domain.DomainRuleViolation.require;

import io.parallax.domain.school.Cohort;
import io.parallax.domain.school.MemberRole;
import io.parallax.domain.school.Person;
import io.parallax.domain.school.School;
import io.parallax.domain.school.SupervisorAssignment;
import io.parallax.domain.tenancy.CurrentSchool;
import io.parallax.ejb.NoSuchRecord;
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
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The cohort reports of DESIGN §4: contracting trend, parallel-process signals, the modelling
 * effect, stage progression and the cohort rollup, and a trainee's drill-down. A school admin reads
 * the whole school; a supervisor reads only the trainees currently assigned to them (in a cohort
 * report, only their rows and figures over them); a trainee reads nothing here. A trainee a caller
 * may not read answers "no such record". No confidential text is read.
 */
@Stateless
@SchoolBound
@DeclareRoles({Roles.SCHOOL_ADMIN, Roles.SUPERVISOR})
@RolesAllowed({Roles.SCHOOL_ADMIN, Roles.SUPERVISOR})
public class CohortReports {

  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @Inject AnalysisSettings settings;
  @Resource SessionContext context;

  /**
   * The trend of a cohort by {@code period} from {@code from} to {@code to} (defaults: the last
   * {@code parallax.analysis.trend.months} months to today).
   */
  public CohortTrend trend(UUID cohortId, ReportPeriod period, LocalDate from, LocalDate to) {
    LocalDate last = to == null ? LocalDate.now() : to;
    LocalDate first = from == null ? trendStart(period, last) : from;
    require(!last.isBefore(first), "to", "cohortReports.to", last, first);
    require(
        ChronoUnit.DAYS.between(first, last) <= settings.trendMaxDays(),
        "from",
        "cohortReports.from",
        settings.trendMaxDays());
    ReportPeriod by = period == null ? ReportPeriod.MONTH : period;
    ReportScope scope = scope(cohortId);
    return new CohortTrend(cohortId, by, first, last, analysis().trend(scope, by, first, last));
  }

  /**
   * The first day of a trend by {@code period} that ends on {@code last} and has no first day
   * given: the start of the period {@code parallax.analysis.trend.months} months back.
   */
  public LocalDate trendStart(ReportPeriod period, LocalDate last) {
    return (period == ReportPeriod.WEEK ? ReportPeriod.WEEK : ReportPeriod.MONTH)
        .startOfPeriodOf(last.minusMonths(settings.trendMonths()));
  }

  /**
   * Whose rows of the cohort the caller may read: all (a school admin) or their current
   * supervisees' (a supervisor). Stored with an export, so that any instance produces it so.
   */
  public ReportScope scopeOf(UUID cohortId) {
    return scope(cohortId);
  }

  /**
   * The parallel-process signal of each trainee in the cohort over the window ending {@code asOf}.
   */
  public List<ParallelProcessSignal> signals(UUID cohortId, LocalDate asOf) {
    return analysis().signals(scope(cohortId), day(asOf));
  }

  /** The positive parallel process in the cohort, over the window ending {@code asOf}. */
  public ModellingReport modelling(UUID cohortId, LocalDate from, LocalDate to) {
    LocalDate last = day(to);
    LocalDate first = from == null ? analysis().windowFrom(last) : from;
    require(!last.isBefore(first), "to", "cohortReports.to", last, first);
    return analysis().modelling(scope(cohortId), first, last);
  }

  public StageProgression stages(UUID cohortId) {
    return analysis().stages(scope(cohortId), LocalDate.now());
  }

  /** The cohort's stage progression grouped by the scale each assessment was made on. */
  public List<ScaleStages> stagesByScale(UUID cohortId) {
    return analysis().stagesByScale(scope(cohortId), LocalDate.now());
  }

  public CohortRollup rollup(UUID cohortId, LocalDate asOf) {
    ReportScope scope = scope(cohortId);
    return analysis().rollup(scope, cohort(cohortId).name(), day(asOf));
  }

  /** A trainee's drill-down: a school admin's of any trainee, a supervisor's of a supervisee. */
  public TraineeReport trainee(UUID traineeId, LocalDate asOf) {
    Person trainee = traineeId == null ? null : em.find(Person.class, traineeId);
    if (trainee == null || !trainee.has(MemberRole.TRAINEE) || !mayRead(trainee.id())) {
      throw new NoSuchRecord("trainee");
    }
    return analysis().trainee(trainee.id(), trainee.displayName(), day(asOf));
  }

  /** The name of the caller's school, for a document's header. */
  public String schoolName() {
    return CurrentSchool.id().map(id -> em.find(School.class, id)).map(School::name).orElse("");
  }

  /** The cohort's name, for a page heading; a cohort of another school is no such record. */
  public String cohortName(UUID cohortId) {
    return cohort(cohortId).name();
  }

  private boolean mayRead(UUID trainee) {
    return context.isCallerInRole(Roles.SCHOOL_ADMIN) || supervisees().contains(trainee);
  }

  private ReportScope scope(UUID cohortId) {
    cohort(cohortId);
    if (context.isCallerInRole(Roles.SCHOOL_ADMIN)) {
      return ReportScope.wholeCohort(cohortId);
    }
    return new ReportScope(cohortId, supervisees());
  }

  private Set<UUID> supervisees() {
    return em.createNamedQuery(SupervisorAssignment.OF_SUPERVISOR_ON, Person.class)
        .setParameter("supervisor", caller.requireMember())
        .setParameter("date", LocalDate.now())
        .getResultStream()
        .map(Person::id)
        .collect(Collectors.toSet());
  }

  private Cohort cohort(UUID cohortId) {
    Cohort cohort = cohortId == null ? null : em.find(Cohort.class, cohortId);
    if (cohort == null) {
      throw new NoSuchRecord("cohort");
    }
    return cohort;
  }

  private CohortAnalysis analysis() {
    return new CohortAnalysis(em, settings);
  }

  private static LocalDate day(LocalDate asOf) {
    return asOf == null ? LocalDate.now() : asOf;
  }
}
