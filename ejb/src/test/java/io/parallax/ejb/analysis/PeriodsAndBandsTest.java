package io.parallax.ejb.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodsAndBandsTest {

  @Test
  void careerBandsAreMonthsSinceInitialTrainingInWholeDays() {
    // 3 months = 91 days, 6 = 183, 12 = 365, 24 = 731 (30.4375 days a month, rounded)
    assertThat(CareerBand.ofDays(0L)).isEqualTo(CareerBand.MONTHS_0_3);
    assertThat(CareerBand.ofDays(90L)).isEqualTo(CareerBand.MONTHS_0_3);
    assertThat(CareerBand.ofDays(91L)).isEqualTo(CareerBand.MONTHS_3_6);
    assertThat(CareerBand.ofDays(182L)).isEqualTo(CareerBand.MONTHS_3_6);
    assertThat(CareerBand.ofDays(183L)).isEqualTo(CareerBand.MONTHS_6_12);
    assertThat(CareerBand.ofDays(365L)).isEqualTo(CareerBand.MONTHS_12_24);
    assertThat(CareerBand.ofDays(731L)).isEqualTo(CareerBand.MONTHS_24_PLUS);
    assertThat(CareerBand.ofDays(null)).isEqualTo(CareerBand.UNKNOWN);
    assertThat(CareerBand.ofDays(-1L)).isEqualTo(CareerBand.UNKNOWN);
    assertThat(CareerBand.MONTHS_24_PLUS.label()).isEqualTo("24+");
  }

  @Test
  void monthsAreNumberedByYearAndMonth() {
    long number = ReportPeriod.MONTH.numberOf(LocalDate.of(2026, 2, 17));

    assertThat(number).isEqualTo(2026 * 12 + 1);
    assertThat(ReportPeriod.MONTH.startOf(number)).isEqualTo(LocalDate.of(2026, 2, 1));
  }

  @Test
  void weeksRunMondayToSunday() {
    // 2026-01-05 is a Monday; 2026-01-11 the Sunday of the same week
    long monday = ReportPeriod.WEEK.numberOf(LocalDate.of(2026, 1, 5));

    assertThat(ReportPeriod.WEEK.numberOf(LocalDate.of(2026, 1, 11))).isEqualTo(monday);
    assertThat(ReportPeriod.WEEK.numberOf(LocalDate.of(2026, 1, 12))).isEqualTo(monday + 1);
    assertThat(ReportPeriod.WEEK.startOf(monday)).isEqualTo(LocalDate.of(2026, 1, 5));
    assertThat(ReportPeriod.WEEK.startOfPeriodOf(LocalDate.of(2026, 1, 8)))
        .isEqualTo(LocalDate.of(2026, 1, 5));
  }
}
