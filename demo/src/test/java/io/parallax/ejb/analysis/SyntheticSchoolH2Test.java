package io.parallax.ejb.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.demo.synthetic.SyntheticSchool;
import io.parallax.domain.persistence.H2Schools;
import io.parallax.domain.school.Cohort;
import io.parallax.domain.school.Person;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The analysis finds what the synthetic school planted, on H2 (the same runs in the container on
 * PostgreSQL in the web module's AnalysisIT). It lives beside the generator in the demo module, in
 * the package of the analysis it tests.
 */
class SyntheticSchoolH2Test {

  private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

  private static H2Schools db;
  private static SyntheticSchool.Planted planted;
  private static List<UUID> cohorts;
  private static Map<String, UUID> subjects;

  @BeforeAll
  static void generate() throws Exception {
    db = H2Schools.open();
    planted =
        db.inSchool(
            "mine",
            em ->
                new SyntheticSchool(em, () -> {})
                    .write(SyntheticSchool.Spec.small(List.of("sup-1", "sup-2")), TODAY));
    cohorts =
        db.inSchool(
            "mine",
            em ->
                em.createNamedQuery(Cohort.IN_SCHOOL, Cohort.class).getResultList().stream()
                    .map(Cohort::id)
                    .toList());
    subjects =
        db.inSchool(
            "mine",
            em -> {
              Map<String, UUID> ids = new java.util.HashMap<>();
              em.createNamedQuery(Person.ALL, Person.class)
                  .getResultList()
                  .forEach(p -> ids.put(p.subject(), p.id()));
              return ids;
            });
  }

  @AfterAll
  static void close() {
    db.close();
  }

  private static <T> T analysis(java.util.function.Function<CohortAnalysis, T> work)
      throws Exception {
    return db.inSchool(
        "mine", em -> work.apply(new CohortAnalysis(em, AnalysisSettings.defaults())));
  }

  @Test
  void plantedMirroredTraineesAreLikelyAndPlainOnesNone() throws Exception {
    List<ParallelProcessSignal> signals = new ArrayList<>();
    for (UUID cohort : cohorts) {
      signals.addAll(analysis(a -> a.signals(ReportScope.wholeCohort(cohort), TODAY)));
    }

    List<UUID> mirrored = planted.mirrored().stream().map(subjects::get).toList();
    List<UUID> plain = planted.plain().stream().map(subjects::get).toList();
    long likely =
        signals.stream()
            .filter(s -> mirrored.contains(s.trainee()) && s.level() == SignalLevel.LIKELY)
            .count();
    long none =
        signals.stream()
            .filter(s -> plain.contains(s.trainee()) && s.level() == SignalLevel.NONE)
            .count();
    assertThat(mirrored).isNotEmpty();
    assertThat(likely).isEqualTo(mirrored.size());
    assertThat(none).isGreaterThanOrEqualTo(Math.round(plain.size() * 0.9));
  }

  @Test
  void modellingHasThePlantedSign() throws Exception {
    double effect = 0;
    for (UUID cohort : cohorts) {
      ModellingReport report =
          analysis(a -> a.modelling(ReportScope.wholeCohort(cohort), TODAY.minusDays(120), TODAY));
      effect += report.all().effect();
    }

    assertThat(effect).isPositive();
  }

  @Test
  void earlyCareerClientContractingIsWeaker() throws Exception {
    ContractingTally early = ContractingTally.EMPTY;
    ContractingTally late = ContractingTally.EMPTY;
    for (UUID cohort : cohorts) {
      List<TrendRow> rows =
          db.inSchool(
              "mine",
              em ->
                  new SessionTallies(em)
                      .trendRows(
                          SessionKind.CLIENT,
                          ReportScope.wholeCohort(cohort),
                          ReportPeriod.MONTH,
                          TODAY.minusDays(200),
                          TODAY));
      for (TrendRow row : rows) {
        if (row.band() == CareerBand.MONTHS_0_3) {
          early = early.plus(row.tally());
        } else if (row.band() == CareerBand.MONTHS_24_PLUS) {
          late = late.plus(row.tally());
        }
      }
    }

    assertThat(early.sessions()).isPositive();
    assertThat(early.meanScore()).isLessThan(late.meanScore());
  }
}
