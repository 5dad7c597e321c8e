package io.parallax.ejb.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoachingLogTest {

  private static final LocalDate JAN_5 = LocalDate.of(2026, 1, 5);
  private static final LocalDate FEB_20 = LocalDate.of(2026, 2, 20);
  private static final LocalDate MAR_3 = LocalDate.of(2026, 3, 3);

  @Test
  void countsMinutesAsHoursWithTwoDecimals() {
    CoachingHours hours = new CoachingHours(45, 50);

    assertThat(hours.paidHours()).isEqualByComparingTo("0.75");
    assertThat(hours.proBonoHours()).isEqualByComparingTo("0.83");
    assertThat(hours.totalHours()).isEqualByComparingTo("1.58");
    assertThat(hours.totalMinutes()).isEqualTo(95);
  }

  @Test
  void totalsAreSummedInMinutesNotFromRoundedParts() {
    CoachingLog log =
        new CoachingLog(
            List.of(
                line("A-1", 50, 0), // 0.83 h
                line("B-2", 50, 0), // 0.83 h
                line("C-3", 50, 0))); // 0.83 h: parts add up to 2.49

    assertThat(log.total().paidHours()).isEqualByComparingTo("2.50");
  }

  @Test
  void totalsPaidAndProBonoApartAndTogether() {
    CoachingLog log =
        new CoachingLog(
            List.of(
                new CoachingLog.Line("A-1", JAN_5, FEB_20, 3, new CoachingHours(180, 0)),
                new CoachingLog.Line("B-2", FEB_20, MAR_3, 2, new CoachingHours(60, 90))));

    assertThat(log.total()).isEqualTo(new CoachingHours(240, 90));
    assertThat(log.total().paidHours()).isEqualByComparingTo(new BigDecimal("4.00"));
    assertThat(log.total().proBonoHours()).isEqualByComparingTo("1.50");
    assertThat(log.total().totalHours()).isEqualByComparingTo("5.50");
    assertThat(log.sessions()).isEqualTo(5);
    assertThat(log.firstSession()).isEqualTo(JAN_5);
    assertThat(log.lastSession()).isEqualTo(MAR_3);
  }

  @Test
  void anEmptyLogHasNoDatesAndNoHours() {
    CoachingLog log = new CoachingLog(List.of());

    assertThat(log.isEmpty()).isTrue();
    assertThat(log.total()).isEqualTo(CoachingHours.NONE);
    assertThat(log.firstSession()).isNull();
    assertThat(log.lastSession()).isNull();
  }

  @Test
  void coachingTimeIsNeverNegative() {
    assertThatThrownBy(() -> new CoachingHours(-1, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  private static CoachingLog.Line line(String code, long paid, long proBono) {
    return new CoachingLog.Line(code, JAN_5, JAN_5, 1, new CoachingHours(paid, proBono));
  }
}
