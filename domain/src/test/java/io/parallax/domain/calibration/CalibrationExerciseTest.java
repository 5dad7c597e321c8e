package io.parallax.domain.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parallax.domain.DomainRuleViolation;
import io.parallax.domain.calibration.CalibrationExercise.Material;
import io.parallax.domain.contracting.ContractingElement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CalibrationExerciseTest {

  static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
  static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

  private final UUID ada = UUID.randomUUID();
  private final UUID sam = UUID.randomUUID();

  static CalibrationExercise exercise(Material material, List<UUID> supervisors) {
    return new CalibrationExercise(
        "March round", "admin-subject", NOW, TODAY, TODAY.plusDays(7), material, supervisors);
  }

  static Map<ContractingElement, Integer> grades(int focus, int outcome, int approach, int part) {
    Map<ContractingElement, Integer> grades = new EnumMap<>(ContractingElement.class);
    grades.put(ContractingElement.FOCUS, focus);
    grades.put(ContractingElement.OUTCOME, outcome);
    grades.put(ContractingElement.APPROACH, approach);
    grades.put(ContractingElement.PARTICIPATION, part);
    return grades;
  }

  @Test
  void sessionsAndAVignetteAreTheCasesTheVignetteLast() {
    UUID s1 = UUID.randomUUID();
    UUID s2 = UUID.randomUUID();

    CalibrationExercise exercise =
        exercise(
            new Material(List.of(s1, s2), "A coach meets a sponsor.", null, true),
            List.of(ada, sam));

    assertThat(exercise.caseCount()).isEqualTo(3);
    assertThat(exercise.isVignette(1)).isFalse();
    assertThat(exercise.isVignette(2)).isTrue();
    assertThat(exercise.showsRatings()).isTrue();
  }

  @Test
  void refusesAnExerciseWithoutMaterialOneSupervisorOrAPastDeadline() {
    Material none = new Material(List.of(), " ", null, false);
    Material vignette = new Material(List.of(), "A vignette", null, false);

    assertThatThrownBy(() -> exercise(none, List.of(ada, sam)))
        .isInstanceOf(DomainRuleViolation.class)
        .hasFieldOrPropertyWithValue("field", "practiceSessions");
    assertThatThrownBy(() -> exercise(vignette, List.of(ada, ada)))
        .hasFieldOrPropertyWithValue("field", "supervisors");
    assertThatThrownBy(
            () ->
                new CalibrationExercise(
                    "Late", "a", NOW, TODAY, TODAY.minusDays(1), vignette, List.of(ada, sam)))
        .hasFieldOrPropertyWithValue("field", "deadline");
    assertThatThrownBy(
            () ->
                exercise(
                    new Material(List.of(UUID.randomUUID()), null, "Transcript", false),
                    List.of(ada, sam)))
        .hasFieldOrPropertyWithValue("field", "transcript");
  }

  @Test
  void resultsOpenAfterTheDeadlineDayOrWhenEveryoneGradedEveryCase() {
    CalibrationExercise exercise =
        exercise(new Material(List.of(UUID.randomUUID()), "V", null, false), List.of(ada, sam));

    assertThat(exercise.resultsOpen(TODAY.plusDays(7), 3)).isFalse();
    assertThat(exercise.acceptsGradesOn(TODAY.plusDays(7))).isTrue();
    assertThat(exercise.resultsOpen(TODAY.plusDays(8), 0)).isTrue();
    assertThat(exercise.acceptsGradesOn(TODAY.plusDays(8))).isFalse();
    assertThat(exercise.resultsOpen(TODAY, 4)).isTrue();
  }

  @Test
  void aGradeIsByAGraderOfAnExistingCaseWithEveryElementInRangeAndARationale() {
    CalibrationExercise exercise =
        exercise(new Material(List.of(), "V", null, false), List.of(ada, sam));

    CalibrationGrade grade = new CalibrationGrade(exercise, ada, 0, grades(1, 2, 3, 5), "Why", NOW);

    assertThat(grade.grade(ContractingElement.PARTICIPATION)).isEqualTo(5);
    assertThatThrownBy(
            () ->
                new CalibrationGrade(exercise, UUID.randomUUID(), 0, grades(1, 1, 1, 1), "W", NOW))
        .hasFieldOrPropertyWithValue("field", "supervisor");
    assertThatThrownBy(() -> new CalibrationGrade(exercise, ada, 1, grades(1, 1, 1, 1), "W", NOW))
        .hasFieldOrPropertyWithValue("field", "caseIndex");
    assertThatThrownBy(() -> new CalibrationGrade(exercise, ada, 0, grades(1, 6, 1, 1), "W", NOW))
        .hasFieldOrPropertyWithValue("field", "outcomeGrade");
    assertThatThrownBy(() -> new CalibrationGrade(exercise, ada, 0, grades(1, 1, 1, 1), " ", NOW))
        .hasFieldOrPropertyWithValue("field", "rationale");
  }
}
