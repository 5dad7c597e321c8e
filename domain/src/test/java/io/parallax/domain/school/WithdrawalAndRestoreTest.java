package io.parallax.domain.school;

import static io.parallax.domain.Examples.JAN_12;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parallax.domain.DomainRuleViolation;
import io.parallax.domain.Examples;
import io.parallax.domain.NotInTheFuture;
import org.junit.jupiter.api.Test;

class WithdrawalAndRestoreTest {

  private final Enrolment enrolment =
      new Enrolment(Examples.cohort(Examples.program()), Examples.trainee("Eve"), JAN_12);

  @Test
  void aTraineeWithdrawsOnADayForAReason() {
    assertThat(enrolment.status()).isEqualTo(EnrolmentStatus.ENROLLED);

    enrolment.withdraw(JAN_12.plusDays(40), "  Moved abroad ");

    assertThat(enrolment.status()).isEqualTo(EnrolmentStatus.WITHDRAWN);
    assertThat(enrolment.endedOn()).contains(JAN_12.plusDays(40));
    assertThat(enrolment.endReason()).contains("Moved abroad");
  }

  @Test
  void theEnrolmentDayItselfIsAllowed() {
    enrolment.withdraw(JAN_12, "Changed their mind");

    assertThat(enrolment.endedOn()).contains(JAN_12);
  }

  @Test
  void refusesADayBeforeTheEnrolmentInTheFutureOrMissing() {
    assertThatThrownBy(() -> enrolment.withdraw(JAN_12.minusDays(1), "Moved"))
        .isInstanceOf(DomainRuleViolation.class)
        .hasFieldOrPropertyWithValue("field", "endedOn")
        .hasMessageContaining("before they were enrolled");
    assertThatThrownBy(() -> enrolment.withdraw(NotInTheFuture.latestToday().plusDays(1), "Moved"))
        .hasFieldOrPropertyWithValue("field", "endedOn");
    assertThatThrownBy(() -> enrolment.withdraw(null, "Moved"))
        .hasFieldOrPropertyWithValue("field", "endedOn");
    assertThat(enrolment.status()).isEqualTo(EnrolmentStatus.ENROLLED);
  }

  @Test
  void refusesAMissingOrLongReason() {
    assertThatThrownBy(() -> enrolment.withdraw(JAN_12, " "))
        .hasFieldOrPropertyWithValue("field", "reason");
    assertThatThrownBy(() -> enrolment.withdraw(JAN_12, "x".repeat(501)))
        .hasFieldOrPropertyWithValue("field", "reason");
    assertThat(enrolment.endedOn()).isEmpty();
  }

  @Test
  void anEnrolmentEndsOnce() {
    enrolment.withdraw(JAN_12, "Moved");

    assertThatThrownBy(() -> enrolment.withdraw(JAN_12.plusDays(1), "Again"))
        .hasFieldOrPropertyWithValue("field", "endedOn")
        .hasMessageContaining("already ended");
    assertThat(enrolment.endedOn()).contains(JAN_12);
  }

  @Test
  void anArchivedProgramAndCohortCanBeRestored() {
    Program program = Examples.program();
    Cohort cohort = Examples.cohort(program);
    program.archive();
    cohort.archive();

    assertThatThrownBy(cohort::restore)
        .hasFieldOrPropertyWithValue("field", "program")
        .hasMessageContaining("restore the program first");

    program.restore();
    cohort.restore();

    assertThat(program.status()).isEqualTo(CohortStatus.OPEN);
    assertThat(cohort.status()).isEqualTo(CohortStatus.OPEN);
    assertThat(new Enrolment(cohort, Examples.trainee("Ann"), JAN_12).cohort()).isSameAs(cohort);
  }
}
