package io.parallax.domain.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parallax.domain.DomainRuleViolation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CohortTest {

  private static final LocalDate JAN = LocalDate.of(2026, 1, 12);
  private static final Program PROGRAM = new Program("ICF Level 2", null);

  @Test
  void opensWithTrimmedNameAndDates() {
    Cohort cohort = new Cohort(PROGRAM, "  ICF Level 2 – Spring  ", JAN, JAN.plusMonths(6));

    assertThat(cohort.name()).isEqualTo("ICF Level 2 – Spring");
    assertThat(cohort.program()).isSameAs(PROGRAM);
    assertThat(cohort.startsOn()).isEqualTo(JAN);
    assertThat(cohort.endsOn()).contains(JAN.plusMonths(6));
    assertThat(cohort.status()).isEqualTo(CohortStatus.OPEN);
    assertThat(cohort.id()).isNotNull();
  }

  @Test
  void mayRunWithoutAnEndDateAndEndOnItsFirstDay() {
    assertThat(new Cohort(PROGRAM, "Open-ended", JAN, null).endsOn()).isEmpty();
    assertThat(new Cohort(PROGRAM, "One day", JAN, JAN).endsOn()).contains(JAN);
  }

  @Test
  void refusesToEndBeforeItStarts() {
    assertThatThrownBy(() -> new Cohort(PROGRAM, "Backwards", JAN, JAN.minusDays(1)))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class, v -> assertThat(v.field()).isEqualTo("endsOn"))
        .hasMessageContaining("cannot end (2026-01-11) before it starts (2026-01-12)");
  }

  @Test
  void needsAStartDate() {
    assertThatThrownBy(() -> new Cohort(PROGRAM, "No start", null, null))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class, v -> assertThat(v.field()).isEqualTo("startsOn"));
  }

  @Test
  void needsAName() {
    for (String blank : new String[] {null, "", "   "}) {
      assertThatThrownBy(() -> new Cohort(PROGRAM, blank, JAN, null))
          .isInstanceOfSatisfying(
              DomainRuleViolation.class, v -> assertThat(v.field()).isEqualTo("name"))
          .hasMessage("A cohort needs a name.");
    }
  }

  @Test
  void keepsNamesTo120Characters() {
    assertThat(new Cohort(PROGRAM, "x".repeat(120), JAN, null).name()).hasSize(120);
    assertThatThrownBy(() -> new Cohort(PROGRAM, "x".repeat(121), JAN, null))
        .hasMessage("Keep it to 120 characters (this one has 121).");
  }

  @Test
  void archives() {
    Cohort cohort = new Cohort(PROGRAM, "Done", JAN, null);

    cohort.archive();

    assertThat(cohort.status()).isEqualTo(CohortStatus.ARCHIVED);
  }

  @Test
  void belongsToAnOpenProgram() {
    Program archived = new Program("Retired track", null);
    archived.archive();

    assertThatThrownBy(() -> new Cohort(null, "No program", JAN, null))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class, v -> assertThat(v.field()).isEqualTo("program"));
    assertThatThrownBy(() -> new Cohort(archived, "Too late", JAN, null))
        .hasMessage("Program 'Retired track' is archived: it opens no new cohorts.");
  }
}
