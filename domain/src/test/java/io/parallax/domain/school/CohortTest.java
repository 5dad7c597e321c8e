package io.parallax.domain.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parallax.domain.DomainRuleViolation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CohortTest {

  private static final LocalDate JAN = LocalDate.of(2026, 1, 12);

  @Test
  void opensWithTrimmedNameAndDates() {
    Cohort cohort = new Cohort("  ICF Level 2 – Spring  ", JAN, JAN.plusMonths(6));

    assertThat(cohort.name()).isEqualTo("ICF Level 2 – Spring");
    assertThat(cohort.startsOn()).isEqualTo(JAN);
    assertThat(cohort.endsOn()).contains(JAN.plusMonths(6));
    assertThat(cohort.status()).isEqualTo(CohortStatus.OPEN);
    assertThat(cohort.id()).isNotNull();
  }

  @Test
  void mayRunWithoutAnEndDateAndEndOnItsFirstDay() {
    assertThat(new Cohort("Open-ended", JAN, null).endsOn()).isEmpty();
    assertThat(new Cohort("One day", JAN, JAN).endsOn()).contains(JAN);
  }

  @Test
  void refusesToEndBeforeItStarts() {
    assertThatThrownBy(() -> new Cohort("Backwards", JAN, JAN.minusDays(1)))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class, v -> assertThat(v.field()).isEqualTo("endsOn"))
        .hasMessageContaining("cannot end (2026-01-11) before it starts (2026-01-12)");
  }

  @Test
  void needsAStartDate() {
    assertThatThrownBy(() -> new Cohort("No start", null, null))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class, v -> assertThat(v.field()).isEqualTo("startsOn"));
  }

  @Test
  void needsAName() {
    for (String blank : new String[] {null, "", "   "}) {
      assertThatThrownBy(() -> new Cohort(blank, JAN, null))
          .isInstanceOfSatisfying(
              DomainRuleViolation.class, v -> assertThat(v.field()).isEqualTo("name"))
          .hasMessage("A cohort needs a name.");
    }
  }

  @Test
  void keepsNamesTo120Characters() {
    assertThat(new Cohort("x".repeat(120), JAN, null).name()).hasSize(120);
    assertThatThrownBy(() -> new Cohort("x".repeat(121), JAN, null))
        .hasMessage("Keep it to 120 characters (this one has 121).");
  }

  @Test
  void archives() {
    Cohort cohort = new Cohort("Done", JAN, null);

    cohort.archive();

    assertThat(cohort.status()).isEqualTo(CohortStatus.ARCHIVED);
  }
}
