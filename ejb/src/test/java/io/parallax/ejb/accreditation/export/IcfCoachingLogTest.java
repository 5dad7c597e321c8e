package io.parallax.ejb.accreditation.export;

import static io.parallax.domain.accreditation.HourStatus.APPROVED;
import static io.parallax.domain.accreditation.HourStatus.NOT_SUBMITTED;
import static io.parallax.domain.accreditation.HourStatus.SUBMITTED;
import static io.parallax.ejb.accreditation.export.Samples.day;
import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.ejb.practice.CoachingHours;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ICF log's rows against the hand-worked sessions of {@link Samples}. */
class IcfCoachingLogTest {

  private final IcfCoachingLog log = IcfCoachingLog.of(Samples.entries());

  @Test
  void oneRowPerClientCodeAndIndividualOrGroupWithItsFirstAndLastDayAndPaidAndProBonoMinutes() {
    List<IcfCoachingLog.Row> approved = log.rows(APPROVED);

    assertThat(approved)
        .containsExactly(
            new IcfCoachingLog.Row(
                APPROVED,
                "A-1",
                false,
                1,
                day("2026-03-02"),
                day("2026-06-01"),
                3,
                new CoachingHours(105, 30)),
            new IcfCoachingLog.Row(
                APPROVED,
                "A-1",
                true,
                6,
                day("2026-04-01"),
                day("2026-04-15"),
                2,
                new CoachingHours(90, 60)),
            new IcfCoachingLog.Row(
                APPROVED,
                "b-2",
                false,
                1,
                day("2026-02-01"),
                day("2026-02-01"),
                1,
                new CoachingHours(0, 50)));
    assertThat(approved.get(0).hours().paidHours()).isEqualByComparingTo("1.75");
    assertThat(approved.get(0).hours().proBonoHours()).isEqualByComparingTo("0.50");
    assertThat(approved.get(2).hours().totalHours()).isEqualByComparingTo("0.83");
  }

  @Test
  void theApprovedTotalSumsMinutesFirstAndCountsEachGroupMemberAsAClient() {
    IcfCoachingLog.Total total = log.total(APPROVED);

    assertThat(total.sessions()).isEqualTo(6);
    assertThat(total.start()).isEqualTo(day("2026-02-01"));
    assertThat(total.end()).isEqualTo(day("2026-06-01"));
    assertThat(total.hours()).isEqualTo(new CoachingHours(195, 140));
    assertThat(total.hours().paidHours()).isEqualByComparingTo("3.25");
    assertThat(total.hours().proBonoHours()).isEqualByComparingTo("2.33");
    assertThat(total.hours().totalHours()).isEqualByComparingTo("5.58");
    assertThat(total.clients()).isEqualTo(7);
  }

  @Test
  void hoursWaitingForApprovalAndNotSubmittedAreRowsOfTheirOwnNeverInTheLog() {
    assertThat(log.unapproved())
        .extracting(IcfCoachingLog.Row::status, IcfCoachingLog.Row::clientCode)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(SUBMITTED, "A-1"),
            org.assertj.core.groups.Tuple.tuple(NOT_SUBMITTED, "C-3"));
    assertThat(log.total(SUBMITTED).hours().totalHours()).isEqualByComparingTo("1.00");
    assertThat(log.total(NOT_SUBMITTED).hours().totalHours()).isEqualByComparingTo("0.33");
    assertThat(log.rows(APPROVED)).extracting(IcfCoachingLog.Row::clientCode).doesNotContain("C-3");
  }

  @Test
  void anEmptyLogHasAnEmptyTotal() {
    IcfCoachingLog.Total total = IcfCoachingLog.of(List.of()).total(APPROVED);

    assertThat(total.sessions()).isZero();
    assertThat(total.start()).isNull();
    assertThat(total.hours()).isEqualTo(CoachingHours.NONE);
    assertThat(total.clients()).isZero();
  }
}
