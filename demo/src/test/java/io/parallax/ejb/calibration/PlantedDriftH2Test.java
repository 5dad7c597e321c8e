package io.parallax.ejb.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.demo.synthetic.GradingPlanter;
import io.parallax.demo.synthetic.SyntheticSchool;
import io.parallax.domain.persistence.H2Schools;
import io.parallax.domain.school.Person;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Grading drift finds the supervisors the synthetic school planted, on H2, for five seeds: the
 * lenient one is flagged LENIENT, the severe one SEVERE, the three unplanted ones are not flagged.
 * Each run prints its flagged and unflagged counts. It lives beside the generator in the demo
 * module, in the package of the computation it tests.
 */
class PlantedDriftH2Test {

  private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
  private static final List<String> SUPERVISORS =
      List.of("sup-lenient", "sup-severe", "sup-3", "sup-4", "sup-5");

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void plantedLenientAndSevereSupervisorsAreFlaggedAndTheOthersNot(long seed) throws Exception {
    try (H2Schools db = H2Schools.open()) {
      db.inSchool(
          "mine",
          em -> {
            SyntheticSchool school = new SyntheticSchool(em, () -> {});
            school.write(
                new SyntheticSchool.Spec(2, 40, SUPERVISORS, 120, 3, 0.2, 0.3, 0.25, seed, 0),
                TODAY);
            return school.gradeContracting(
                GradingPlanter.Spec.lenientAndSevere("sup-lenient", "sup-severe", seed),
                TODAY,
                120);
          });

      Map<UUID, String> subjects = new HashMap<>();
      List<SupervisorDrift> drifts =
          db.inSchool(
              "mine",
              em -> {
                em.createNamedQuery(Person.ALL, Person.class)
                    .getResultList()
                    .forEach(p -> subjects.put(p.id(), p.subject()));
                return new GradingDrift(DriftSettings.DEFAULTS)
                    .offsets(new GradedAssessments(em).between(TODAY.minusDays(365), TODAY));
              });

      Map<String, SupervisorDrift> bySubject = new HashMap<>();
      drifts.forEach(d -> bySubject.put(subjects.get(d.supervisor()), d));
      long flagged = drifts.stream().filter(d -> d.overall().verdict().isFlag()).count();
      System.out.printf(
          "seed %d: %d flagged, %d not flagged; offsets %s%n",
          seed,
          flagged,
          drifts.size() - flagged,
          SUPERVISORS.stream()
              .map(
                  s ->
                      s
                          + "="
                          + String.format("%+.2f", bySubject.get(s).overall().mean())
                          + " "
                          + bySubject.get(s).overall().verdict()
                          + " (n="
                          + bySubject.get(s).overall().n()
                          + ")")
              .toList());
      assertThat(bySubject.keySet()).containsAll(SUPERVISORS);
      assertThat(bySubject.get("sup-lenient").overall().verdict()).isEqualTo(DriftVerdict.LENIENT);
      assertThat(bySubject.get("sup-severe").overall().verdict()).isEqualTo(DriftVerdict.SEVERE);
      for (String plain : List.of("sup-3", "sup-4", "sup-5")) {
        assertThat(bySubject.get(plain).overall().verdict().isFlag()).as(plain).isFalse();
      }
    }
  }
}
