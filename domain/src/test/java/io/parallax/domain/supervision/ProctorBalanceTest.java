package io.parallax.domain.supervision;

import static io.parallax.domain.supervision.SupervisionSessionTest.fieldIs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProctorBalanceTest {

  @ParameterizedTest
  @CsvSource({"100, 0, 0", "0, 0, 100", "34, 33, 33", "30, 50, 20"})
  void sharesTheWholeSession(int normative, int formative, int restorative) {
    ProctorBalance balance = ProctorBalance.of(normative, formative, restorative);

    assertThat(balance.normative() + balance.formative() + balance.restorative()).isEqualTo(100);
    assertThat(balance.formative()).isEqualTo(formative);
  }

  @ParameterizedTest
  @CsvSource({"30, 30, 30", "50, 50, 1", "0, 0, 0"})
  void refusesSharesThatDoNotAddUpToAHundred(int normative, int formative, int restorative) {
    assertThatThrownBy(() -> ProctorBalance.of(normative, formative, restorative))
        .satisfies(fieldIs("proctorBalance"))
        .hasMessageContaining("add up to 100 %");
  }

  @ParameterizedTest
  @CsvSource({"-10, 60, 50", "110, -5, -5", "101, 0, -1"})
  void refusesAShareOutsideZeroToAHundred(int normative, int formative, int restorative) {
    assertThatThrownBy(() -> ProctorBalance.of(normative, formative, restorative))
        .satisfies(fieldIs("proctorBalance"))
        .hasMessage("Give each Proctor function 0 to 100 % of the session.");
  }
}
