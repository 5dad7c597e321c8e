package io.parallax.ejb.calibration;

import static io.parallax.domain.DomainRuleViolation.require;

import io.parallax.domain.assessment.ContractingAssessment;
import io.parallax.domain.contracting.ContractingElement;
import io.parallax.domain.school.Person;
import io.parallax.ejb.NoSuchRecord;
import io.parallax.ejb.calibration.ConsistencyReport.OffsetFigure;
import io.parallax.ejb.calibration.ConsistencyReport.SupervisorFigures;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Grading drift in everyday work (see {@link GradingDrift}) over the school's signed-off
 * contracting assessments that cite evidence: of each assessment its latest signed-off version. A
 * school admin reads every supervisor by name; a supervisor reads their own figures and the unnamed
 * spread of their peers'. Only grades and ratings are read, no confidential text.
 */
@Stateless
@SchoolBound
@DeclareRoles({Roles.SCHOOL_ADMIN, Roles.SUPERVISOR})
@RolesAllowed({Roles.SCHOOL_ADMIN, Roles.SUPERVISOR})
public class GradingConsistency {

  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @Inject CalibrationSettings settings;
  @Resource SessionContext context;

  /**
   * The report for assessments from {@code from} to {@code to} (defaults: the last 12 months to
   * today), drift measured across {@code since} (default: the middle of the period).
   */
  public ConsistencyReport report(LocalDate from, LocalDate to, LocalDate since) {
    LocalDate last = to == null ? LocalDate.now() : to;
    LocalDate first = from == null ? last.minusMonths(12) : from;
    require(!last.isBefore(first), "to", "gradingConsistency.to", last, first);
    LocalDate split =
        since == null ? first.plusDays((last.toEpochDay() - first.toEpochDay()) / 2) : since;
    require(
        !split.isBefore(first) && !split.isAfter(last), "since", "gradingConsistency.since", split);
    DriftSettings drift = settings.drift();
    List<GradedAssessment> graded = graded(first, last);
    GradingDrift computation = new GradingDrift(drift);
    Map<UUID, PeriodDrift> periods = new HashMap<>();
    computation.periods(graded, split).forEach(p -> periods.put(p.supervisor(), p));
    boolean admin = context.isCallerInRole(Roles.SCHOOL_ADMIN);
    UUID me = admin ? null : caller.requireMember().id();
    List<SupervisorFigures> rows = new ArrayList<>();
    List<Double> spread = new ArrayList<>();
    for (SupervisorDrift d : computation.offsets(graded)) {
      if (admin || d.supervisor().equals(me)) {
        rows.add(figures(d, periods.get(d.supervisor()), admin, me));
      } else if (d.overall().hasData()) {
        spread.add(d.overall().mean());
      }
    }
    spread.sort(Double::compare);
    return new ConsistencyReport(
        first,
        last,
        split,
        drift.margin(),
        drift.minAssessments(),
        drift.confidence(),
        rows,
        admin ? List.of() : spread);
  }

  /**
   * The assessments behind a supervisor's figure in the period: each with its grade and the grade
   * the evidence predicts for {@code element} (all four when null). A supervisor may ask only for
   * themselves; anyone else's answer is "no such record".
   */
  public List<BehindFigure> behind(
      UUID supervisor, ContractingElement element, LocalDate from, LocalDate to) {
    if (!context.isCallerInRole(Roles.SCHOOL_ADMIN)
        && !caller.requireMember().id().equals(supervisor)) {
      throw new NoSuchRecord("supervisor");
    }
    LocalDate last = to == null ? LocalDate.now() : to;
    LocalDate first = from == null ? last.minusMonths(12) : from;
    List<GradedAssessment> graded = graded(first, last);
    Map<UUID, Map<ContractingElement, Double>> expected =
        new GradingDrift(settings.drift()).expected(graded);
    List<BehindFigure> rows = new ArrayList<>();
    for (GradedAssessment a : graded) {
      if (!a.supervisor().equals(supervisor)) {
        continue;
      }
      ContractingAssessment assessment = em.find(ContractingAssessment.class, a.assessment());
      double grade = element == null ? mean(a.grades()) : a.grade(element);
      double predicted =
          element == null
              ? mean(expected.get(a.assessment()))
              : expected.get(a.assessment()).get(element);
      rows.add(
          new BehindFigure(
              a.assessment(),
              a.assessedOn(),
              assessment.trainee().displayName(),
              grade,
              predicted,
              grade - predicted));
    }
    return rows;
  }

  /** One assessment behind a figure: its grade, the expected grade and the difference. */
  public record BehindFigure(
      UUID assessment,
      LocalDate assessedOn,
      String trainee,
      double grade,
      double expected,
      double offset)
      implements java.io.Serializable {}

  private static double mean(Map<ContractingElement, ? extends Number> values) {
    return values.values().stream().mapToDouble(Number::doubleValue).average().orElse(Double.NaN);
  }

  private SupervisorFigures figures(SupervisorDrift d, PeriodDrift period, boolean admin, UUID me) {
    Person person = em.find(Person.class, d.supervisor());
    return new SupervisorFigures(
        d.supervisor(),
        person == null ? "?" : person.displayName(),
        d.supervisor().equals(me),
        OffsetFigure.of(d.overall()),
        OffsetFigure.of(d.byElement()),
        period == null ? null : period.change().orElse(null),
        period != null && period.drifted());
  }

  private List<GradedAssessment> graded(LocalDate from, LocalDate to) {
    return new GradedAssessments(em).between(from, to);
  }
}
