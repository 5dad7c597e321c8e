package io.parallax.ejb.analysis;

import io.parallax.domain.contracting.ContractingElement;
import io.parallax.domain.contracting.DriftMarker;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The analysis queries: the database counts, groups and sums; only the counts per group come back.
 * HQL throughout, so Hibernate adds the tenant filter of every entity read: no native SQL here.
 * Used by the analysis services with their own entity manager (they own the transaction).
 */
public final class SessionTallies {

  private static final String CLEAR = "io.parallax.domain.contracting.ElementRating.CLEAR";
  private static final String PARTIAL = "io.parallax.domain.contracting.ElementRating.PARTIAL";
  private static final String RESCUER = "io.parallax.domain.practice.DramaRole.RESCUER";

  private final EntityManager em;

  public SessionTallies(EntityManager em) {
    this.em = em;
  }

  /** The HQL columns of a {@link ContractingTally} over the sessions aliased {@code s}. */
  static String tallyColumns(String s) {
    StringBuilder hql = new StringBuilder("count(" + s + ")");
    for (String rating : List.of(CLEAR, PARTIAL)) {
      for (ContractingElement element : ContractingElement.values()) {
        hql.append(", sum(case when ")
            .append(s)
            .append(".ratings.")
            .append(element.name().toLowerCase())
            .append(" = ")
            .append(rating)
            .append(" then 1 else 0 end)");
      }
    }
    for (DriftMarker marker : DriftMarker.values()) {
      hql.append(", sum(case when cast(")
          .append(s)
          .append(".driftMarkers as String) like '%")
          .append(marker.name())
          .append("%' then 1 else 0 end)");
    }
    hql.append(", sum(case when cast(")
        .append(s)
        .append(".driftMarkers as String) <> '' then 1 else 0 end)");
    return hql.toString();
  }

  /** The career band of a session aliased {@code s} held by the person aliased {@code p}. */
  static String careerBand(String s, String p) {
    StringBuilder hql =
        new StringBuilder("case when ")
            .append(p)
            .append(".initialTrainingEndedOn is null or ")
            .append(s)
            .append(".heldOn < ")
            .append(p)
            .append(".initialTrainingEndedOn then ")
            .append(CareerBand.UNKNOWN.ordinal());
    for (CareerBand band : CareerBand.values()) {
      if (band != CareerBand.UNKNOWN && band != CareerBand.MONTHS_24_PLUS) {
        hql.append(" when (")
            .append(s)
            .append(".heldOn - ")
            .append(p)
            .append(".initialTrainingEndedOn) by day < ")
            .append(band.untilDays())
            .append(" then ")
            .append(band.ordinal());
      }
    }
    return hql.append(" else ")
        .append(CareerBand.MONTHS_24_PLUS.ordinal())
        .append(" end")
        .toString();
  }

  /** The number of the period a session aliased {@code s} falls in (see {@link ReportPeriod}). */
  static String periodNumber(ReportPeriod period, String s) {
    return switch (period) {
      case MONTH ->
          "(extract(year from " + s + ".heldOn) * 12 + extract(month from " + s + ".heldOn) - 1)";
      case WEEK -> "((" + s + ".heldOn - {d '1970-01-05'}) by day / 7)";
    };
  }

  /**
   * The sessions of a kind as HQL: entity, alias {@code s}, its trainee's path and extra filter.
   */
  private record Source(String entity, String trainee, String filter) {
    static Source of(SessionKind kind) {
      return kind == SessionKind.CLIENT
          ? new Source("PracticeSession", "trainee", " and s.deletedAt is null")
          : new Source("SupervisionSession", "supervisee", " and s.deletedAt is null");
    }
  }

  /**
   * Restricts a query to the scope's trainees; in a cohort, to the records dated ({@code day}, e.g.
   * {@code s.heldOn}) while the trainee was enrolled: a withdrawn trainee counts until the day they
   * withdrew, not after.
   */
  private static String scopeFilter(String traineePath, String day, ReportScope scope) {
    String filter =
        scope.cohort() == null
            ? ""
            : " and exists (select e.id from Enrolment e where e.cohort.id = :cohort"
                + " and e.trainee.id = "
                + traineePath
                + ".id and (e.endedOn is null or "
                + day
                + " <= e.endedOn))";
    return scope.restricted() ? filter + " and " + traineePath + ".id in :trainees" : filter;
  }

  private static <T> TypedQuery<T> scoped(TypedQuery<T> query, ReportScope scope) {
    if (scope.cohort() != null) {
      query.setParameter("cohort", scope.cohort());
    }
    if (scope.restricted()) {
      query.setParameter("trainees", scope.trainees());
    }
    return query;
  }

  /** The sessions of {@code kind} in scope from {@code from} to {@code to}, grouped for a trend. */
  public List<TrendRow> trendRows(
      SessionKind kind, ReportScope scope, ReportPeriod period, LocalDate from, LocalDate to) {
    return scope.empty() ? List.of() : trend(trendSelect(kind, scope, period), scope, from, to);
  }

  /**
   * The client and the supervision sessions in scope from {@code from} to {@code to}, grouped for a
   * trend, in one statement (a union of both kinds: one round trip, one plan).
   */
  public List<TrendRow> trendRows(
      ReportScope scope, ReportPeriod period, LocalDate from, LocalDate to) {
    if (scope.empty()) {
      return List.of();
    }
    String hql =
        trendSelect(SessionKind.CLIENT, scope, period)
            + " union all "
            + trendSelect(SessionKind.SUPERVISION, scope, period);
    return trend(hql, scope, from, to);
  }

  /** Per period, trainee and career band: the kind's ordinal, then the tally of its sessions. */
  private static String trendSelect(SessionKind kind, ReportScope scope, ReportPeriod period) {
    Source source = Source.of(kind);
    String periodOf = periodNumber(period, "s");
    String band = careerBand("s", "p");
    return "select "
        + kind.ordinal()
        + ", "
        + periodOf
        + ", p.id, "
        + band
        + ", "
        + tallyColumns("s")
        + " from "
        + source.entity()
        + " s join s."
        + source.trainee()
        + " p where s.heldOn >= :from and s.heldOn <= :to"
        + source.filter()
        + scopeFilter("p", "s.heldOn", scope)
        + " group by "
        + periodOf
        + ", p.id, "
        + band;
  }

  private List<TrendRow> trend(String hql, ReportScope scope, LocalDate from, LocalDate to) {
    return scoped(em.createQuery(hql, Object[].class), scope)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultStream()
        .map(
            row ->
                new TrendRow(
                    SessionKind.values()[((Number) row[0]).intValue()],
                    ((Number) row[1]).longValue(),
                    (UUID) row[2],
                    CareerBand.values()[((Number) row[3]).intValue()],
                    ContractingTally.fromRow(row, 4)))
        .toList();
  }

  /**
   * Per trainee in scope, the counts of the parallel-process signal over the sessions held from
   * {@code from} to {@code to}: tallies of both kinds, rescuing client sessions, supervision
   * sessions naming OVER_RESPONSIBILITY, and supervision sessions with an observed parallel
   * process.
   */
  public java.util.Map<UUID, TraineeEvidence> evidence(
      ReportScope scope, LocalDate from, LocalDate to) {
    java.util.Map<UUID, TraineeEvidence> evidence = new java.util.HashMap<>();
    if (scope.empty()) {
      return evidence;
    }
    String client =
        "select s.trainee.id, "
            + tallyColumns("s")
            + ", sum(case when s.responsibilityShare > 50 or s.dramaRole = "
            + RESCUER
            + " then 1 else 0 end) from PracticeSession s where s.heldOn >= :from"
            + " and s.heldOn <= :to and s.deletedAt is null"
            + scopeFilter("s.trainee", "s.heldOn", scope)
            + " group by s.trainee.id";
    int n = ContractingTally.columns();
    for (Object[] row : window(client, scope, from, to)) {
      UUID trainee = (UUID) row[0];
      evidence.put(
          trainee,
          new TraineeEvidence(
              trainee,
              ContractingTally.fromRow(row, 1),
              ContractingTally.EMPTY,
              ((Number) row[1 + n]).longValue(),
              0,
              0));
    }
    String supervision =
        "select s.supervisee.id, "
            + tallyColumns("s")
            + ", sum(case when concat(',', cast(s.coreIssues as String), ',')"
            + " like '%,OVER_RESPONSIBILITY,%' then 1 else 0 end)"
            + ", sum(case when s.parallelProcess.direction is not null then 1 else 0 end)"
            + " from SupervisionSession s where s.heldOn >= :from and s.heldOn <= :to"
            + " and s.deletedAt is null"
            + scopeFilter("s.supervisee", "s.heldOn", scope)
            + " group by s.supervisee.id";
    for (Object[] row : window(supervision, scope, from, to)) {
      UUID trainee = (UUID) row[0];
      TraineeEvidence known = evidence.getOrDefault(trainee, TraineeEvidence.none(trainee));
      evidence.put(
          trainee,
          new TraineeEvidence(
              trainee,
              known.client(),
              ContractingTally.fromRow(row, 1),
              known.rescuingClientSessions(),
              ((Number) row[1 + n]).longValue(),
              ((Number) row[2 + n]).longValue()));
    }
    return evidence;
  }

  private List<Object[]> window(String hql, ReportScope scope, LocalDate from, LocalDate to) {
    return scoped(em.createQuery(hql, Object[].class), scope)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  /**
   * Per supervision session in scope held from {@code from} to {@code to}: the trainee's client
   * sessions in the {@code days} before it and in the {@code days} after it.
   */
  public List<SupervisionWindow> supervisionWindows(
      ReportScope scope, LocalDate from, LocalDate to, int days) {
    if (scope.empty()) {
      return List.of();
    }
    String side = "case when s.heldOn > sup.heldOn then 1 else 0 end";
    String hql =
        "select sup.id, sup.supervisee.id, sup.modelledContracting, "
            + side
            + ", "
            + tallyColumns("s")
            + " from SupervisionSession sup, PracticeSession s"
            + " where s.trainee = sup.supervisee and s.deletedAt is null"
            + " and sup.heldOn >= :from and sup.heldOn <= :to and sup.deletedAt is null"
            + " and s.heldOn <> sup.heldOn"
            + " and (s.heldOn - sup.heldOn) by day between :before and :after"
            + scopeFilter("sup.supervisee", "sup.heldOn", scope)
            + " group by sup.id, sup.supervisee.id, sup.modelledContracting, "
            + side;
    java.util.Map<UUID, SupervisionWindow> windows = new java.util.LinkedHashMap<>();
    scoped(em.createQuery(hql, Object[].class), scope)
        .setParameter("from", from)
        .setParameter("to", to)
        .setParameter("before", (long) -days)
        .setParameter("after", (long) days)
        .getResultStream()
        .forEach(
            row -> {
              UUID id = (UUID) row[0];
              boolean after = ((Number) row[3]).intValue() == 1;
              ContractingTally tally = ContractingTally.fromRow(row, 4);
              SupervisionWindow known =
                  windows.getOrDefault(
                      id,
                      new SupervisionWindow(
                          id,
                          (UUID) row[1],
                          (Boolean) row[2],
                          ContractingTally.EMPTY,
                          ContractingTally.EMPTY));
              windows.put(
                  id,
                  new SupervisionWindow(
                      id,
                      known.trainee(),
                      known.modelled(),
                      after ? known.before() : tally,
                      after ? tally : known.after()));
            });
    return List.copyOf(windows.values());
  }

  /**
   * The signed-off CONTRACTING stage assessments on {@code scale} of the trainees in scope, each in
   * its latest signed-off version.
   */
  public List<StageStep> stageSteps(ReportScope scope, UUID scale) {
    return stageSteps(scope, " and a.scale.id = :scale", scale);
  }

  /**
   * The same steps on every scale, each naming the scale it was made on ({@link
   * StageStep#scale()}): a school that switched scales has assessments on both.
   */
  public List<StageStep> stageStepsOnAnyScale(ReportScope scope) {
    return stageSteps(scope, "", null);
  }

  private List<StageStep> stageSteps(ReportScope scope, String scaleFilter, UUID scale) {
    if (scope.empty()) {
      return List.of();
    }
    String hql =
        "select a.trainee.id, a.assessedOn, a.level, a.scale.id from StageAssessment a"
            + " where a.signedOffAt is not null"
            + scaleFilter
            + " and a.domain = io.parallax.domain.assessment.DevelopmentDomain.CONTRACTING"
            + " and not exists (select n from StageAssessment n where n.previousVersion = a"
            + " and n.signedOffAt is not null)"
            + scopeFilter("a.trainee", "a.assessedOn", scope);
    TypedQuery<Object[]> query = scoped(em.createQuery(hql, Object[].class), scope);
    if (scale != null) {
      query.setParameter("scale", scale);
    }
    return query
        .getResultStream()
        .map(
            row -> new StageStep((UUID) row[0], (LocalDate) row[1], (String) row[2], (UUID) row[3]))
        .toList();
  }
}
