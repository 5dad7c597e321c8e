package io.parallax.ejb.practice;

import io.parallax.domain.contracting.ContractingElement;
import io.parallax.domain.contracting.DriftMarker;
import io.parallax.domain.contracting.ElementRating;
import io.parallax.domain.practice.PaymentBasis;
import io.parallax.domain.school.Cohort;
import io.parallax.domain.school.Person;
import io.parallax.domain.school.School;
import io.parallax.domain.tenancy.CurrentSchool;
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
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A trainee's own practice in figures: month by month how they contracted, drifted and counted
 * hours, and the coaching log they hand in for accreditation. Every figure is summed in the
 * database (JPQL aggregates over the caller's sessions, deleted ones left out); only the few rows
 * per month reach this bean.
 */
@Stateless
@SchoolBound
@DeclareRoles(Roles.TRAINEE)
public class TraineeProgress {

  private static final String YEAR = "extract(year from s.heldOn)";
  private static final String MONTH = "extract(month from s.heldOn)";
  private static final String MINE = " where s.trainee = :trainee and s.deletedAt is null";
  private static final String MINE_IN = MINE + " and s.heldOn between :from and :to";

  /** The open ends of a range: before anyone logged a session, after anyone will. */
  private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

  private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

  @PersistenceContext EntityManager em;
  @Inject Caller caller;

  /** Who a progress report is about: the trainee and their school, as names. */
  public record Heading(String traineeName, String schoolName) {}

  /** The caller's name and their school's, for the header of their progress report. */
  @RolesAllowed(Roles.TRAINEE)
  public Heading heading() {
    Person me = caller.requireMember();
    String school =
        CurrentSchool.id().map(id -> em.find(School.class, id)).map(School::name).orElse("");
    return new Heading(me.displayName(), school);
  }

  /** The caller's practice month by month, oldest first. */
  @RolesAllowed(Roles.TRAINEE)
  public PracticeFigures figures() {
    return figures(ProgressRange.whole());
  }

  /**
   * The first and last day of the span of the caller's latest cohort (its last day, or today while
   * it runs); null when they are enrolled in none.
   */
  @RolesAllowed(Roles.TRAINEE)
  public ProgressRange cohortSpan(LocalDate today) {
    return em.createQuery(
            "select e.cohort from Enrolment e where e.trainee = :trainee"
                + " order by e.cohort.startsOn desc",
            Cohort.class)
        .setParameter("trainee", caller.requireMember())
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(c -> new ProgressRange(c.startsOn(), c.endsOn().filter(today::isAfter).orElse(today)))
        .filter(r -> !r.from().isAfter(r.to()))
        .orElse(null);
  }

  /** The caller's practice month by month in {@code range}, oldest first. */
  @RolesAllowed(Roles.TRAINEE)
  public PracticeFigures figures(ProgressRange range) {
    Person me = caller.requireMember();
    LocalDate from = range == null || range.from() == null ? EARLIEST : range.from();
    LocalDate to = range == null || range.to() == null ? LATEST : range.to();
    Map<YearMonth, Map<DriftMarker, Long>> drift = driftByMonth(me, from, to);
    List<PracticeMonth> months = new ArrayList<>();
    for (Object[] row : monthRows(me, from, to)) {
      YearMonth month = YearMonth.of(number(row[0]).intValue(), number(row[1]).intValue());
      Map<ContractingElement, Long> clear = new EnumMap<>(ContractingElement.class);
      Map<ContractingElement, Long> partial = new EnumMap<>(ContractingElement.class);
      ContractingElement[] elements = ContractingElement.values();
      for (int i = 0; i < elements.length; i++) {
        clear.put(elements[i], number(row[3 + i]).longValue());
        partial.put(elements[i], number(row[7 + i]).longValue());
      }
      months.add(
          new PracticeMonth(
              month,
              number(row[2]).longValue(),
              clear,
              partial,
              drift.getOrDefault(month, Map.of()),
              new CoachingHours(number(row[11]).longValue(), number(row[12]).longValue()),
              number(row[13]).longValue(),
              number(row[14]).longValue()));
    }
    long clients =
        em.createQuery(
                "select count(distinct s.client) from PracticeSession s" + MINE_IN, Long.class)
            .setParameter("trainee", me)
            .setParameter("from", from)
            .setParameter("to", to)
            .getSingleResult();
    return new PracticeFigures(months, clients);
  }

  /** The caller's coaching log: per client, first and last session, paid and pro-bono time. */
  @RolesAllowed(Roles.TRAINEE)
  public CoachingLog coachingLog() {
    List<Object[]> rows =
        em.createQuery(
                "select c.code, min(s.heldOn), max(s.heldOn), count(s),"
                    + minutes(PaymentBasis.PAID)
                    + ","
                    + minutes(PaymentBasis.PRO_BONO)
                    + " from PracticeSession s join s.client c"
                    + MINE
                    + " group by c.id, c.code order by c.code",
                Object[].class)
            .setParameter("trainee", caller.requireMember())
            .getResultList();
    List<CoachingLog.Line> lines = new ArrayList<>();
    for (Object[] row : rows) {
      lines.add(
          new CoachingLog.Line(
              (String) row[0],
              (LocalDate) row[1],
              (LocalDate) row[2],
              number(row[3]).longValue(),
              new CoachingHours(number(row[4]).longValue(), number(row[5]).longValue())));
    }
    return new CoachingLog(lines);
  }

  private List<Object[]> monthRows(Person me, LocalDate from, LocalDate to) {
    StringBuilder select = new StringBuilder("select " + YEAR + ", " + MONTH + ", count(s)");
    for (ElementRating rating : List.of(ElementRating.CLEAR, ElementRating.PARTIAL)) {
      for (ContractingElement element : ContractingElement.values()) {
        select
            .append(", sum(case when s.ratings.")
            .append(element.name().toLowerCase())
            .append(" = io.parallax.domain.contracting.ElementRating.")
            .append(rating.name())
            .append(" then 1 else 0 end)");
      }
    }
    select
        .append(",")
        .append(minutes(PaymentBasis.PAID))
        .append(",")
        .append(minutes(PaymentBasis.PRO_BONO))
        .append(", sum(case when s.responsibilityShare > 50 then 1 else 0 end)")
        .append(", sum(s.recontractingCount)")
        .append(" from PracticeSession s")
        .append(MINE_IN)
        .append(" group by ")
        .append(YEAR)
        .append(", ")
        .append(MONTH)
        .append(" order by ")
        .append(YEAR)
        .append(", ")
        .append(MONTH);
    return em.createQuery(select.toString(), Object[].class)
        .setParameter("trainee", me)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  /** Drift per month: sessions counted per set of markers in the database, split here. */
  @SuppressWarnings("unchecked")
  private Map<YearMonth, Map<DriftMarker, Long>> driftByMonth(
      Person me, LocalDate from, LocalDate to) {
    Map<YearMonth, Map<DriftMarker, Long>> drift = new HashMap<>();
    List<Object[]> rows =
        em.createQuery(
                "select "
                    + YEAR
                    + ", "
                    + MONTH
                    + ", s.driftMarkers, count(s) from PracticeSession s"
                    + MINE_IN
                    + " group by "
                    + YEAR
                    + ", "
                    + MONTH
                    + ", s.driftMarkers",
                Object[].class)
            .setParameter("trainee", me)
            .setParameter("from", from)
            .setParameter("to", to)
            .getResultList();
    for (Object[] row : rows) {
      YearMonth month = YearMonth.of(number(row[0]).intValue(), number(row[1]).intValue());
      Map<DriftMarker, Long> ofMonth =
          drift.computeIfAbsent(month, m -> new EnumMap<>(DriftMarker.class));
      for (DriftMarker marker : (Set<DriftMarker>) row[2]) {
        ofMonth.merge(marker, number(row[3]).longValue(), Long::sum);
      }
    }
    return drift;
  }

  private static String minutes(PaymentBasis basis) {
    return " sum(case when s.paymentBasis = io.parallax.domain.practice.PaymentBasis."
        + basis.name()
        + " then s.minutes else 0 end)";
  }

  private static Number number(Object value) {
    return value == null ? 0 : (Number) value;
  }
}
