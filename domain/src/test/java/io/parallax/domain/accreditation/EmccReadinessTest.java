package io.parallax.domain.accreditation;

import static io.parallax.domain.practice.PaymentBasis.PAID;
import static io.parallax.domain.practice.PaymentBasis.PRO_BONO;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The EMCC EIA requirements worked out by hand: client hours, clients, years of practice (whole
 * calendar months from the day practice began), supervision at least quarterly (the last twelve
 * months cut into quarters ending today) and CPD per year (the last twelve months).
 */
class EmccReadinessTest {

  /** EMCC EIA Practitioner as shipped (16 CPD hours a year and a supervision hour a quarter). */
  static final Figures PRACTITIONER =
      new Figures(100, null, 10, null, null, null, null, null, 3, 3, 16, null);

  private static RequirementProgress of(
      Figures figures,
      List<HourEntry> entries,
      LocalDate since,
      LocalDate today,
      Requirement requirement) {
    return Readiness.assess(figures, entries, since, today).stream()
        .filter(p -> p.requirement() == requirement)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void emccAsksClientHoursClientsYearsSupervisionAndCpdAndNothingOfIcfs() {
    List<Requirement> asked =
        Readiness.assess(PRACTITIONER, List.of(), null, LocalDate.of(2026, 6, 30)).stream()
            .map(RequirementProgress::requirement)
            .toList();

    assertThat(asked)
        .containsExactly(
            Requirement.COACHING_HOURS,
            Requirement.CLIENTS,
            Requirement.PRACTICE_YEARS,
            Requirement.SUPERVISION_REGULARITY,
            Requirement.CPD_HOURS);
  }

  @Test
  void clientHoursCountPaidAndProBonoAndGroupTimeOnce() {
    LocalDate today = LocalDate.of(2026, 6, 30);
    List<HourEntry> entries = new ArrayList<>();
    // 40 × 75 min paid (50 h) + 20 × 45 min pro bono (15 h) + a 120-minute group of 6 (2 h)
    for (int i = 0; i < 40; i++) {
      entries.add(HourEntry.clientSession(today.minusDays(300 - i), 75, PAID, "P" + (i % 4), 1));
    }
    for (int i = 0; i < 20; i++) {
      entries.add(
          HourEntry.clientSession(today.minusDays(200 - i), 45, PRO_BONO, "B" + (i % 3), 1));
    }
    entries.add(HourEntry.clientSession(today.minusDays(10), 120, PAID, "G", 6));

    RequirementProgress hours = of(PRACTITIONER, entries, null, today, Requirement.COACHING_HOURS);
    RequirementProgress clients = of(PRACTITIONER, entries, null, today, Requirement.CLIENTS);

    assertThat(hours.done()).isEqualByComparingTo("67");
    assertThat(hours.missing()).isEqualByComparingTo("33");
    // 4 + 3 individual clients + a group of 6 = 13 ≥ 10
    assertThat(clients.done()).isEqualByComparingTo("13");
    assertThat(clients.met()).isTrue();
  }

  @Test
  void yearsOfPracticeAreWholeCalendarMonthsFromTheFirstSession() {
    LocalDate first = LocalDate.of(2023, 9, 15);
    List<HourEntry> entries =
        List.of(
            HourEntry.clientSession(first, 60, PAID, "A", 1),
            HourEntry.clientSession(LocalDate.of(2025, 1, 2), 60, PAID, "B", 1));

    // 15 Sep 2023 → 14 Jun 2026: 32 whole months (the 33rd ends on 15 Jun) = 2.6 years
    RequirementProgress before =
        of(PRACTITIONER, entries, null, LocalDate.of(2026, 6, 14), Requirement.PRACTICE_YEARS);
    RequirementProgress onTheDay =
        of(PRACTITIONER, entries, null, LocalDate.of(2026, 9, 15), Requirement.PRACTICE_YEARS);

    assertThat(before.done()).isEqualByComparingTo("2.6");
    assertThat(before.missing()).isEqualByComparingTo("0.4");
    assertThat(before.met()).isFalse();
    assertThat(before.projected()).isEqualTo(LocalDate.of(2026, 9, 15));
    assertThat(onTheDay.done()).isEqualByComparingTo("3.0");
    assertThat(onTheDay.met()).isTrue();
  }

  @Test
  void practiceBegunOnALeapDayIsThreeYearsOldOnTheLastDayOfFebruary() {
    LocalDate leapDay = LocalDate.of(2024, 2, 29);
    List<HourEntry> entries = List.of(HourEntry.clientSession(leapDay, 60, PAID, "A", 1));

    // plusYears(3) is 28 Feb 2027: the day it is reached is the day it is met
    RequirementProgress years =
        of(PRACTITIONER, entries, null, LocalDate.of(2027, 2, 28), Requirement.PRACTICE_YEARS);
    RequirementProgress dayBefore =
        of(PRACTITIONER, entries, null, LocalDate.of(2027, 2, 27), Requirement.PRACTICE_YEARS);

    assertThat(years.met()).isTrue();
    assertThat(years.done()).isEqualByComparingTo("3.0");
    assertThat(dayBefore.met()).isFalse();
    assertThat(dayBefore.done()).isEqualByComparingTo("2.9"); // 35 whole months
    assertThat(dayBefore.projected()).isEqualTo(LocalDate.of(2027, 2, 28));
  }

  @Test
  void withoutAnyPracticeNoYearIsDoneAndNothingProjects() {
    RequirementProgress years =
        of(PRACTITIONER, List.of(), null, LocalDate.of(2026, 6, 30), Requirement.PRACTICE_YEARS);

    assertThat(years.done()).isEqualByComparingTo("0");
    assertThat(years.missing()).isEqualByComparingTo("3");
    assertThat(years.projected()).isNull();
  }

  @Test
  void aMentorSpanEndingOnAShortMonthsLastDayIsWhole() {
    Figures icf = new Figures(100, 75, 8, 25, 18, 10, 3, 3, null, null, null, null);
    List<HourEntry> entries =
        List.of(
            HourEntry.mentorCoaching(LocalDate.of(2026, 1, 31), 60, true),
            HourEntry.mentorCoaching(LocalDate.of(2026, 4, 30), 60, true));

    // 31 January plus three months is 30 April: three whole months, as the projection said
    RequirementProgress span =
        of(icf, entries, null, LocalDate.of(2026, 6, 30), Requirement.MENTOR_SPAN);

    assertThat(span.done()).isEqualByComparingTo("3");
    assertThat(span.met()).isTrue();
  }

  @Test
  void quarterlySupervisionQuartersEndTodayAndAreOpenAtTheirStart() {
    LocalDate today = LocalDate.of(2026, 5, 31);
    // quarters: (28 Feb, 31 May], (30 Nov, 28 Feb], (31 Aug, 30 Nov], (31 May 2025, 31 Aug]
    List<HourEntry> entries =
        List.of(
            HourEntry.supervision(LocalDate.of(2026, 3, 1), 60),
            HourEntry.supervision(LocalDate.of(2026, 2, 28), 60),
            HourEntry.supervision(LocalDate.of(2025, 11, 30), 60),
            HourEntry.supervision(LocalDate.of(2025, 5, 31), 60)); // on the open start: outside

    RequirementProgress regular =
        of(
            PRACTITIONER,
            entries,
            LocalDate.of(2020, 1, 1),
            today,
            Requirement.SUPERVISION_REGULARITY);

    assertThat(regular.required()).isEqualByComparingTo("4");
    assertThat(regular.done()).isEqualByComparingTo("3");
    assertThat(regular.missing()).isEqualByComparingTo("1");
    assertThat(regular.met()).isFalse();
  }

  @Test
  void theCurrentQuarterIsRequiredEvenInTheFirstWeekOfPractice() {
    LocalDate today = LocalDate.of(2026, 6, 30);

    RequirementProgress none =
        of(PRACTITIONER, List.of(), today.minusDays(7), today, Requirement.SUPERVISION_REGULARITY);
    RequirementProgress once =
        of(
            PRACTITIONER,
            List.of(HourEntry.supervision(today, 60)),
            today.minusDays(7),
            today,
            Requirement.SUPERVISION_REGULARITY);

    assertThat(none.required()).isEqualByComparingTo("1");
    assertThat(none.done()).isEqualByComparingTo("0");
    assertThat(once.met()).isTrue();
  }

  @Test
  void aQuarterNeedsAnHourOfSupervisionInAllNotJustASession() {
    LocalDate today = LocalDate.of(2026, 6, 30);
    // quarter (30 Mar, 30 Jun]: 30 + 30 min; (30 Dec, 30 Mar]: 45 min; earlier ones 60 min each
    List<HourEntry> entries =
        List.of(
            HourEntry.supervision(LocalDate.of(2026, 6, 1), 30),
            HourEntry.supervision(LocalDate.of(2026, 4, 15), 30),
            HourEntry.supervision(LocalDate.of(2026, 2, 10), 45),
            HourEntry.supervision(LocalDate.of(2025, 11, 10), 60),
            HourEntry.supervision(LocalDate.of(2025, 8, 10), 60));

    RequirementProgress regular =
        of(
            PRACTITIONER,
            entries,
            LocalDate.of(2020, 1, 1),
            today,
            Requirement.SUPERVISION_REGULARITY);

    assertThat(regular.required()).isEqualByComparingTo("4");
    assertThat(regular.done()).isEqualByComparingTo("3");
    assertThat(regular.met()).isFalse();
  }

  @Test
  void cpdPerYearCountsFromTheDayTwelveMonthsBackAndProjectsAtThePace() {
    LocalDate today = LocalDate.of(2026, 6, 30);
    List<HourEntry> entries =
        List.of(
            HourEntry.cpd(LocalDate.of(2025, 6, 29), 600), // a day too early
            HourEntry.cpd(LocalDate.of(2025, 6, 30), 240), // first day of the year: 4 h
            HourEntry.cpd(LocalDate.of(2026, 5, 1), 270)); // 4.5 h, inside the 90-day pace

    RequirementProgress cpd = of(PRACTITIONER, entries, null, today, Requirement.CPD_HOURS);

    assertThat(cpd.done()).isEqualByComparingTo("8.5");
    assertThat(cpd.missing()).isEqualByComparingTo("7.5");
    // 270 min per 90 days; 450 missing minutes: 450 × 90 / 270 = 150 days
    assertThat(cpd.projected()).isEqualTo(today.plusDays(150));
  }

  @Test
  void anEmccTraineeWhoMeetsEveryFigureIsReady() {
    LocalDate today = LocalDate.of(2026, 6, 30);
    List<HourEntry> entries = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      entries.add(
          HourEntry.clientSession(today.minusDays(1200 - i * 9), 60, PAID, "C" + i % 10, 1));
    }
    for (int q = 0; q < 4; q++) {
      entries.add(HourEntry.supervision(today.minusMonths(3L * q).minusDays(5), 90));
    }
    entries.add(HourEntry.cpd(today.minusMonths(2), 16 * 60));

    List<RequirementProgress> progress = Readiness.assess(PRACTITIONER, entries, null, today);

    assertThat(progress).allMatch(RequirementProgress::met);
    assertThat(Readiness.ready(progress)).isTrue();
  }
}
