package io.parallax.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DomainRuleViolationTest {

  @Test
  void aRuleIsAKeyWithArgumentsSaidInEnglishForLogsAndInTheAskersLanguage() {
    DomainRuleViolation violation =
        new DomainRuleViolation(
            "endsOn", "cohort.endsOn", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1));

    assertThat(violation.getMessage())
        .isEqualTo("A cohort cannot end (2026-01-01) before it starts (2026-02-01).");
    assertThat(violation.message(Locale.GERMAN))
        .isEqualTo("Eine Kohorte kann nicht enden (2026-01-01), bevor sie beginnt (2026-02-01).");
    assertThat(violation.message(Locale.FRENCH)).isEqualTo(violation.getMessage());
    assertThat(violation.key()).isEqualTo("cohort.endsOn");
    assertThat(violation.field()).isEqualTo("endsOn");
  }

  @Test
  void aPhraseArgumentIsSaidInTheSameLanguage() {
    assertThatThrownBy(
            () ->
                NotInTheFuture.require(
                    null, "heldOn", DomainRuleViolation.phrase("practiceSession.heldOn.what")))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class,
            v -> {
              assertThat(v.getMessage()).isEqualTo("A session needs a date.");
              assertThat(v.message(Locale.GERMAN)).isEqualTo("Eine Sitzung braucht ein Datum.");
            });
  }

  @Test
  void aQuoteInAPatternAndAnUnknownKeyReadAsWritten() {
    assertThat(new DomainRuleViolation("email", "person.email", "x").getMessage())
        .isEqualTo("'x' is not an e-mail address.");
    assertThat(new DomainRuleViolation("f", "Plain English, as before.").getMessage())
        .isEqualTo("Plain English, as before.");
  }
}
