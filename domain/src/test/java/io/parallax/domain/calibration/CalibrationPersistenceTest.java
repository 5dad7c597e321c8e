package io.parallax.domain.calibration;

import static io.parallax.domain.calibration.CalibrationExerciseTest.NOW;
import static io.parallax.domain.calibration.CalibrationExerciseTest.grades;
import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.domain.Examples;
import io.parallax.domain.calibration.CalibrationExercise.Material;
import io.parallax.domain.contracting.ContractingElement;
import io.parallax.domain.persistence.H2Schools;
import io.parallax.domain.school.Person;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Exercises and grades through the production persistence unit on H2: the migration matches the
 * mapping, the fields survive a round trip, the tenant is stamped on insert, and another school
 * sees nothing (Hibernate's TenantIdTest shape).
 */
class CalibrationPersistenceTest {

  private static H2Schools db;

  @BeforeAll
  static void open() {
    db = H2Schools.open();
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @Test
  void anExerciseAndItsGradesReadBackInTheirSchoolOnly() throws Exception {
    Person ada = Examples.supervisor("Ada Quinn");
    Person sam = Examples.supervisor("Sam Rivera");
    UUID session = UUID.randomUUID();
    CalibrationExercise exercise =
        CalibrationExerciseTest.exercise(
            new Material(List.of(session), "A vignette", "C: I want...", true),
            List.of(ada.id(), sam.id()));
    db.inSchool(
        "mine",
        em -> {
          em.persist(ada);
          em.persist(sam);
          em.persist(exercise);
          em.persist(new CalibrationGrade(exercise, ada.id(), 1, grades(2, 3, 4, 5), "Why", NOW));
          return null;
        });

    CalibrationExercise read =
        db.inSchool("mine", em -> em.find(CalibrationExercise.class, exercise.id()));
    List<CalibrationGrade> grades =
        db.inSchool(
            "mine",
            em ->
                em.createNamedQuery(CalibrationGrade.OF_EXERCISE, CalibrationGrade.class)
                    .setParameter("exercise", read)
                    .getResultList());

    assertThat(read.schoolId()).isEqualTo("mine");
    assertThat(read.practiceSessions()).containsExactly(session);
    assertThat(read.supervisors()).containsExactly(ada.id(), sam.id());
    assertThat(read.transcript()).hasValue("C: I want...");
    assertThat(grades)
        .singleElement()
        .satisfies(
            g -> {
              assertThat(g.schoolId()).isEqualTo("mine");
              assertThat(g.caseIndex()).isEqualTo(1);
              assertThat(g.grade(ContractingElement.APPROACH)).isEqualTo(4);
            });
    CalibrationExercise foreign =
        db.inSchool("yours", em -> em.find(CalibrationExercise.class, exercise.id()));
    List<CalibrationExercise> foreignList =
        db.inSchool(
            "yours",
            em ->
                em.createNamedQuery(CalibrationExercise.ALL, CalibrationExercise.class)
                    .getResultList());
    List<CalibrationGrade> foreignGrades =
        db.inSchool(
            "yours",
            em ->
                em.createQuery("select g from CalibrationGrade g", CalibrationGrade.class)
                    .getResultList());
    assertThat(foreign).isNull();
    assertThat(foreignList).isEmpty();
    assertThat(foreignGrades).isEmpty();
  }
}
