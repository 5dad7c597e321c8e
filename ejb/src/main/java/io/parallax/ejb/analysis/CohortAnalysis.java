package io.parallax.ejb.analysis;

import io.parallax.domain.assessment.DevelopmentalScale;
import io.parallax.domain.contracting.ContractingElement;
import io.parallax.domain.contracting.ContractingRatings;
import io.parallax.domain.practice.DramaRole;
import io.parallax.domain.practice.PracticeSession;
import io.parallax.domain.school.Person;
import io.parallax.domain.supervision.SupervisionSession;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The computations of the analysis module over a {@link ReportScope}: the database aggregates
 * ({@link SessionTallies}), plain arithmetic does the rest. Who may see which scope is the calling
 * service's to decide; this class only computes. Built by a service with its entity manager.
 */
public final class CohortAnalysis {

  private final EntityManager em;
  private final SessionTallies tallies;
  private final AnalysisSettings settings;

  public CohortAnalysis(EntityManager em, AnalysisSettings settings) {
    this.em = em;
    this.tallies = new SessionTallies(em);
    this.settings = settings;
  }

  /**
   * The trainees in scope on {@code on} by id, with their names, in name order: in a cohort, those
   * enrolled who had not withdrawn before that day (a withdrawn trainee counts until the day they
   * withdrew).
   */
  public Map<UUID, String> trainees(ReportScope scope, LocalDate on) {
    if (scope.empty()) {
      return Map.of();
    }
    String hql =
        scope.cohort() == null
            ? "select p.id, p.displayName from Person p where p.id in :trainees"
            : "select p.id, p.displayName from Enrolment e join e.trainee p"
                + " where e.cohort.id = :cohort and (e.endedOn is null or e.endedOn >= :on)"
                + (scope.restricted() ? " and p.id in :trainees" : "");
    TypedQuery<Object[]> query = em.createQuery(hql + " order by p.displayName", Object[].class);
    if (scope.cohort() != null) {
      query.setParameter("cohort", scope.cohort()).setParameter("on", on);
    }
    if (scope.restricted()) {
      query.setParameter("trainees", scope.trainees());
    }
    Map<UUID, String> names = new LinkedHashMap<>();
    query.getResultStream().forEach(row -> names.put((UUID) row[0], (String) row[1]));
    return names;
  }

  public List<TrendPoint> trend(
      ReportScope scope, ReportPeriod period, LocalDate from, LocalDate to) {
    List<TrendRow> rows = tallies.trendRows(scope, period, from, to);
    Map<UUID, String> levels = currentLevels(scope);
    return CohortTrends.rollUp(period, rows, levels::get);
  }

  /** The signal window that ends on {@code asOf}: the last {@code window-days} days. */
  public LocalDate windowFrom(LocalDate asOf) {
    return asOf.minusDays(settings.thresholds().windowDays() - 1L);
  }

  /** The signals of the trainees in scope, strongest first. */
  public List<ParallelProcessSignal> signals(ReportScope scope, LocalDate asOf) {
    return signals(scope, trainees(scope, asOf), tallies.evidence(scope, windowFrom(asOf), asOf));
  }

  /**
   * The signal of each of {@code trainees} (by trainee, unnamed) over the window ending on {@code
   * asOf}, for a supervisor's caseload: the same two aggregate queries as a cohort's signals,
   * whatever the number of trainees.
   */
  public Map<UUID, ParallelProcessSignal> signalsOf(Set<UUID> trainees, LocalDate asOf) {
    if (trainees.isEmpty()) {
      return Map.of();
    }
    Map<UUID, TraineeEvidence> evidence =
        tallies.evidence(new ReportScope(null, trainees), windowFrom(asOf), asOf);
    ParallelProcessJudge judge = new ParallelProcessJudge(settings.thresholds());
    Map<UUID, ParallelProcessSignal> signals = new HashMap<>();
    for (UUID trainee : trainees) {
      signals.put(
          trainee, judge.judge(evidence.getOrDefault(trainee, TraineeEvidence.none(trainee))));
    }
    return signals;
  }

  private List<ParallelProcessSignal> signals(
      ReportScope scope, Map<UUID, String> names, Map<UUID, TraineeEvidence> evidence) {
    ParallelProcessJudge judge = new ParallelProcessJudge(settings.thresholds());
    return names.entrySet().stream()
        .map(
            t ->
                judge
                    .judge(evidence.getOrDefault(t.getKey(), TraineeEvidence.none(t.getKey())))
                    .named(t.getValue()))
        .sorted(
            Comparator.comparing(ParallelProcessSignal::level)
                .reversed()
                .thenComparing(Comparator.comparingInt(ParallelProcessSignal::points).reversed())
                .thenComparing(ParallelProcessSignal::traineeName))
        .toList();
  }

  public ModellingReport modelling(ReportScope scope, LocalDate from, LocalDate to) {
    int days = settings.modellingWindowDays();
    List<SupervisionWindow> windows = tallies.supervisionWindows(scope, from, to, days);
    Map<UUID, List<SupervisionWindow>> byTrainee =
        windows.stream().collect(Collectors.groupingBy(SupervisionWindow::trainee));
    List<TraineeModelling> trainees = new ArrayList<>();
    trainees(scope, from)
        .forEach(
            (id, name) ->
                trainees.add(
                    new TraineeModelling(
                        id, name, ModellingEffect.of(byTrainee.getOrDefault(id, List.of())))));
    return new ModellingReport(from, to, days, ModellingEffect.of(windows), trainees);
  }

  /** Where the trainees in scope stand on the school's default scale on {@code today}. */
  public StageProgression stages(ReportScope scope, LocalDate today) {
    Optional<DevelopmentalScale> scale = defaultScale();
    Map<UUID, String> trainees = trainees(scope, today);
    List<StageStep> steps =
        scale.map(s -> tallies.stageSteps(scope, s.id())).orElse(List.of()).stream()
            .filter(step -> trainees.containsKey(step.trainee()))
            .toList();
    return StageProgression.of(
        scale.map(DevelopmentalScale::levels).orElse(List.of()), trainees.size(), steps, today);
  }

  /**
   * Stage progression grouped by the scale each assessment was made on: the school's default scale
   * first (even with no assessment on it yet), then every other scale the trainees in scope were
   * assessed on (e.g. IDM after the school switched to EMCC).
   */
  public List<ScaleStages> stagesByScale(ReportScope scope, LocalDate today) {
    Map<UUID, String> trainees = trainees(scope, today);
    Map<UUID, List<StageStep>> byScale = new HashMap<>();
    tallies.stageStepsOnAnyScale(scope).stream()
        .filter(step -> trainees.containsKey(step.trainee()))
        .forEach(step -> byScale.computeIfAbsent(step.scale(), k -> new ArrayList<>()).add(step));
    List<ScaleStages> result = new ArrayList<>();
    for (DevelopmentalScale scale : scales()) {
      List<StageStep> steps = byScale.getOrDefault(scale.id(), List.of());
      if (scale.isSchoolDefault() || !steps.isEmpty()) {
        result.add(
            new ScaleStages(
                scale.id(),
                scale.kind(),
                scale.name(),
                scale.isSchoolDefault(),
                StageProgression.of(scale.levels(), trainees.size(), steps, today)));
      }
    }
    return result;
  }

  /** The figures of a cohort (or a supervisor's part of it) on {@code asOf}. */
  public CohortRollup rollup(ReportScope scope, String cohortName, LocalDate asOf) {
    LocalDate from = windowFrom(asOf);
    Map<UUID, String> names = trainees(scope, asOf);
    Map<UUID, TraineeEvidence> evidence = tallies.evidence(scope, from, asOf);
    ContractingTally client = ContractingTally.EMPTY;
    ContractingTally supervision = ContractingTally.EMPTY;
    for (TraineeEvidence e : evidence.values()) {
      client = client.plus(e.client());
      supervision = supervision.plus(e.supervision());
    }
    Map<SignalLevel, Long> counts = new EnumMap<>(SignalLevel.class);
    for (SignalLevel level : SignalLevel.values()) {
      counts.put(level, 0L);
    }
    signals(scope, names, evidence).forEach(s -> counts.merge(s.level(), 1L, Long::sum));
    return new CohortRollup(
        scope.cohort(),
        cohortName,
        asOf,
        from,
        names.size(),
        SideBySide.of(client, supervision),
        counts,
        ModellingEffect.of(
            tallies.supervisionWindows(scope, from, asOf, settings.modellingWindowDays())),
        stages(scope, asOf));
  }

  /** One trainee's drill-down over the signal window ending on {@code asOf}. */
  public TraineeReport trainee(UUID trainee, String name, LocalDate asOf) {
    ReportScope scope = ReportScope.trainee(trainee);
    LocalDate from = windowFrom(asOf);
    TraineeEvidence evidence =
        tallies.evidence(scope, from, asOf).getOrDefault(trainee, TraineeEvidence.none(trainee));
    ParallelProcessSignal signal =
        new ParallelProcessJudge(settings.thresholds()).judge(evidence).named(name);
    List<EvidenceSession> sessions = sessionsOf(trainee, from, asOf);
    Map<UUID, String> scaleNames = new HashMap<>();
    scales().forEach(s -> scaleNames.put(s.id(), s.name()));
    return new TraineeReport(
        trainee,
        name,
        from,
        asOf,
        SideBySide.of(evidence.client(), evidence.supervision()),
        signal.withEvidence(sessions.stream().filter(s -> isEvidence(s, signal)).toList()),
        ModellingEffect.of(
            tallies.supervisionWindows(scope, from, asOf, settings.modellingWindowDays())),
        tallies.stageStepsOnAnyScale(scope).stream()
            .sorted(Comparator.comparing(StageStep::assessedOn))
            .map(step -> new TraineeReport.Step(step, scaleNames.get(step.scale())))
            .toList(),
        sessions);
  }

  private static boolean isEvidence(EvidenceSession session, ParallelProcessSignal signal) {
    if (signal.level() == SignalLevel.NONE) {
      return false;
    }
    return session.weakElements().stream().anyMatch(signal.mirroredElements()::contains)
        || session.drift().stream().anyMatch(signal.mirroredDrift()::contains)
        || (signal.overResponsibility() && session.overResponsibility())
        || session.observation();
  }

  /** A trainee's client and supervision sessions held from {@code from} to {@code to}. */
  private List<EvidenceSession> sessionsOf(UUID traineeId, LocalDate from, LocalDate to) {
    Person trainee = em.find(Person.class, traineeId);
    List<EvidenceSession> sessions = new ArrayList<>();
    em.createNamedQuery(PracticeSession.OF_TRAINEE_BETWEEN, PracticeSession.class)
        .setParameter("trainee", trainee)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultStream()
        .forEach(
            s ->
                sessions.add(
                    new EvidenceSession(
                        SessionKind.CLIENT,
                        s.id(),
                        s.heldOn(),
                        s.score(),
                        weak(s.ratings()),
                        s.driftMarkers(),
                        s.isRescuing() || s.dramaRole().orElse(null) == DramaRole.RESCUER,
                        false)));
    em.createNamedQuery(SupervisionSession.OF_SUPERVISEE_BETWEEN, SupervisionSession.class)
        .setParameter("supervisee", trainee)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultStream()
        .forEach(
            s ->
                sessions.add(
                    new EvidenceSession(
                        SessionKind.SUPERVISION,
                        s.id(),
                        s.heldOn(),
                        s.score(),
                        weak(s.ratings()),
                        s.driftMarkers(),
                        s.named("OVER_RESPONSIBILITY"),
                        s.parallelProcess().isPresent())));
    sessions.sort(Comparator.comparing(EvidenceSession::heldOn).reversed());
    return sessions;
  }

  private static Set<ContractingElement> weak(ContractingRatings ratings) {
    Set<ContractingElement> weak = EnumSet.noneOf(ContractingElement.class);
    for (ContractingElement element : ContractingElement.values()) {
      if (ratings.rating(element).isWeak()) {
        weak.add(element);
      }
    }
    return weak;
  }

  /** Each trainee's current level on the school's default scale (absent: unassessed). */
  private Map<UUID, String> currentLevels(ReportScope scope) {
    Map<UUID, StageStep> latest = new HashMap<>();
    defaultScale()
        .ifPresent(
            scale ->
                tallies
                    .stageSteps(scope, scale.id())
                    .forEach(
                        step ->
                            latest.merge(
                                step.trainee(),
                                step,
                                (a, b) -> a.assessedOn().isAfter(b.assessedOn()) ? a : b)));
    Map<UUID, String> levels = new HashMap<>();
    latest.forEach((trainee, step) -> levels.put(trainee, step.level()));
    return levels;
  }

  /** The school's scales, its default first. */
  private List<DevelopmentalScale> scales() {
    return em.createNamedQuery(DevelopmentalScale.ALL, DevelopmentalScale.class).getResultList();
  }

  private Optional<DevelopmentalScale> defaultScale() {
    return em.createNamedQuery(DevelopmentalScale.ALL, DevelopmentalScale.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }
}
