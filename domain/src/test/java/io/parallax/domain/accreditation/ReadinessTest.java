package io.parallax.domain.accreditation;

import static io.parallax.domain.practice.PaymentBasis.PAID;
import static io.parallax.domain.practice.PaymentBasis.PRO_BONO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parallax.domain.DomainRuleViolation;
import io.parallax.domain.practice.PaymentBasis;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The requirement arithmetic against cases worked out by hand (today is 30 June 2026). */
class ReadinessTest {

  static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

  /** ICF ACC as shipped: 100 h, 75 paid, 8 clients, 25 h in 18 months, mentor 10 h/3 mo/3 h. */
  static final Figures ICF_ACC = new Figures(100, 75, 8, 25, 18, 10, 3, 3, null, null, null, null);

  /** EMCC EIA Practitioner as shipped (16 CPD hours a year since V40). */
  static final Figures EMCC_PRACTITIONER =
      new Figures(100, null, 10, null, null, null, null, null, 3, 3, 16, null);

  private static HourEntry hour(LocalDate on, PaymentBasis basis, String client) {
    return HourEntry.clientSession(on, 60, basis, client, 1);
  }

  private static List<HourEntry> hours(int n, LocalDate on, PaymentBasis basis, String client) {
    List<HourEntry> entries = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      entries.add(hour(on, basis, client));
    }
    return entries;
  }

  private static RequirementProgress of(
      List<RequirementProgress> progress, Requirement requirement) {
    return progress.stream().filter(p -> p.requirement() == requirement).findFirst().orElseThrow();
  }

  private static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }

  @Test
  void paidShareCountsPaidHoursApartFromAllHours() {
    List<HourEntry> entries = new ArrayList<>(hours(74, TODAY.minusDays(200), PAID, "A"));
    entries.addAll(hours(26, TODAY.minusDays(200), PRO_BONO, "B"));

    List<RequirementProgress> p = Readiness.assess(ICF_ACC, entries, null, TODAY);

    assertThat(of(p, Requirement.COACHING_HOURS).done()).isEqualByComparingTo("100");
    assertThat(of(p, Requirement.COACHING_HOURS).met()).isTrue();
    RequirementProgress paid = of(p, Requirement.PAID_HOURS);
    assertThat(paid.done()).isEqualByComparingTo("74");
    assertThat(paid.required()).isEqualByComparingTo("75");
    assertThat(paid.missing()).isEqualByComparingTo("1");
    assertThat(paid.met()).isFalse();
  }

  @Test
  void hoursAreMinutesOverSixtySummedBeforeRounding() {
    List<HourEntry> entries =
        List.of(
            HourEntry.clientSession(TODAY, 50, PAID, "A", 1),
            HourEntry.clientSession(TODAY, 50, PAID, "A", 1),
            HourEntry.clientSession(TODAY, 50, PAID, "A", 1));

    RequirementProgress coaching =
        of(Readiness.assess(ICF_ACC, entries, null, TODAY), Requirement.COACHING_HOURS);

    // 150 minutes = 2.50 h (not 3 × 0.83 = 2.49)
    assertThat(coaching.done()).isEqualTo(dec("2.50"));
    assertThat(coaching.missing()).isEqualTo(dec("97.50"));
  }

  @Test
  void theEighteenMonthWindowStartsOnTheSameDayEighteenMonthsBack() {
    List<HourEntry> entries =
        List.of(
            hour(LocalDate.of(2024, 12, 30), PAID, "A"),
            hour(LocalDate.of(2024, 12, 29), PAID, "A"),
            hour(LocalDate.of(2026, 1, 1), PAID, "A"));

    RequirementProgress recent =
        of(Readiness.assess(ICF_ACC, entries, null, TODAY), Requirement.RECENT_HOURS);

    assertThat(recent.done()).isEqualByComparingTo("2");
    assertThat(recent.required()).isEqualByComparingTo("25");
    assertThat(recent.missing()).isEqualByComparingTo("23");
  }

  @Test
  void distinctClientsCountOnceAndAGroupAsItsLargestSize() {
    List<HourEntry> entries = new ArrayList<>(hours(3, TODAY.minusDays(300), PAID, "A"));
    entries.addAll(hours(2, TODAY.minusDays(300), PRO_BONO, "B"));
    entries.add(HourEntry.clientSession(TODAY.minusDays(300), 90, PAID, "G", 3));
    entries.add(HourEntry.clientSession(TODAY.minusDays(200), 90, PAID, "G", 4));

    RequirementProgress clients =
        of(Readiness.assess(ICF_ACC, entries, null, TODAY), Requirement.CLIENTS);

    assertThat(clients.done()).isEqualByComparingTo("6");
    assertThat(clients.missing()).isEqualByComparingTo("2");
    assertThat(clients.projected()).isNull(); // no new client in the last 90 days
  }

  @Test
  void groupHoursCountOnceAndBeyondATracksCapNotAtAll() {
    Figures capped =
        new Figures(100, null, null, null, null, null, null, null, null, null, null, 10);
    List<HourEntry> entries = new ArrayList<>(hours(10, TODAY.minusDays(400), PAID, "A"));
    entries.add(HourEntry.clientSession(TODAY.minusDays(300), 300, PAID, "G", 6));
    entries.add(HourEntry.clientSession(TODAY.minusDays(200), 300, PAID, "G", 6));
    entries.add(HourEntry.clientSession(TODAY.minusDays(100), 300, PAID, "G", 6));

    RequirementProgress uncapped =
        of(Readiness.assess(ICF_ACC, entries, null, TODAY), Requirement.COACHING_HOURS);
    RequirementProgress cappedHours =
        of(Readiness.assess(capped, entries, null, TODAY), Requirement.COACHING_HOURS);

    assertThat(uncapped.done()).isEqualByComparingTo("25"); // 10 + 3 × 5, not × group size
    assertThat(cappedHours.done()).isEqualByComparingTo("20"); // 10 + 5 + 5, the third not
  }

  @Test
  void aGroupSizeBelowOneIsRefused() {
    assertThatThrownBy(() -> HourEntry.clientSession(TODAY, 60, PAID, "A", 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void mentorCoachingSpanIsWholeMonthsFromFirstToLast() {
    List<HourEntry> short3 =
        List.of(
            HourEntry.mentorCoaching(LocalDate.of(2026, 1, 15), 60, true),
            HourEntry.mentorCoaching(LocalDate.of(2026, 4, 14), 60, true));
    List<HourEntry> full3 =
        List.of(
            HourEntry.mentorCoaching(LocalDate.of(2026, 1, 15), 60, true),
            HourEntry.mentorCoaching(LocalDate.of(2026, 4, 15), 60, true));

    RequirementProgress notYet =
        of(Readiness.assess(ICF_ACC, short3, null, TODAY), Requirement.MENTOR_SPAN);
    RequirementProgress met =
        of(Readiness.assess(ICF_ACC, full3, null, TODAY), Requirement.MENTOR_SPAN);
    RequirementProgress recentStart =
        of(
            Readiness.assess(
                ICF_ACC,
                List.of(HourEntry.mentorCoaching(TODAY.minusDays(10), 60, true)),
                null,
                TODAY),
            Requirement.MENTOR_SPAN);

    assertThat(notYet.done()).isEqualByComparingTo("2");
    assertThat(notYet.met()).isFalse();
    assertThat(notYet.projected()).isEqualTo(TODAY); // one more session any day now
    assertThat(met.done()).isEqualByComparingTo("3");
    assertThat(met.met()).isTrue();
    assertThat(recentStart.projected()).isEqualTo(TODAY.minusDays(10).plusMonths(3));
  }

  @Test
  void mentorCoachingNeedsItsOneToOneShare() {
    List<HourEntry> eightInGroup = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      eightInGroup.add(HourEntry.mentorCoaching(TODAY.minusDays(200 - i * 20), 60, false));
    }
    eightInGroup.add(HourEntry.mentorCoaching(TODAY.minusDays(20), 60, true));
    eightInGroup.add(HourEntry.mentorCoaching(TODAY.minusDays(10), 60, true));

    List<RequirementProgress> p = Readiness.assess(ICF_ACC, eightInGroup, null, TODAY);

    assertThat(of(p, Requirement.MENTOR_HOURS).met()).isTrue();
    RequirementProgress oneToOne = of(p, Requirement.MENTOR_ONE_TO_ONE);
    assertThat(oneToOne.done()).isEqualByComparingTo("2");
    assertThat(oneToOne.missing()).isEqualByComparingTo("1");
    // pace: 2 h one-to-one in 90 days -> 1 h takes 45 days
    assertThat(oneToOne.projected()).isEqualTo(TODAY.plusDays(45));
  }

  @Test
  void theProjectionGoesAtTheLastNinetyDaysPace() {
    List<HourEntry> entries = new ArrayList<>(hours(40, TODAY.minusDays(200), PAID, "A"));
    entries.addAll(hours(10, TODAY.minusDays(89), PAID, "B"));
    entries.addAll(hours(5, TODAY.minusDays(90), PAID, "C")); // day 90 back: outside the window

    RequirementProgress coaching =
        of(Readiness.assess(ICF_ACC, entries, null, TODAY), Requirement.COACHING_HOURS);

    // 55 done, 45 missing; 10 h per 90 days -> 45 h in 405 days
    assertThat(coaching.missing()).isEqualByComparingTo("45");
    assertThat(coaching.projected()).isEqualTo(TODAY.plusDays(405));
  }

  @Test
  void withoutRecentWorkThereIsNoProjection() {
    List<RequirementProgress> p =
        Readiness.assess(ICF_ACC, hours(10, TODAY.minusDays(365), PAID, "A"), null, TODAY);

    assertThat(of(p, Requirement.COACHING_HOURS).projected()).isNull();
    assertThat(Readiness.ready(p)).isFalse();
    assertThat(Readiness.projected(p)).isEmpty();
  }

  @Test
  void yearsOfPracticeRunFromTheEndOfInitialTrainingElseTheFirstSession() {
    List<HourEntry> entries = List.of(hour(LocalDate.of(2025, 6, 30), PAID, "A"));

    RequirementProgress sinceTraining =
        of(
            Readiness.assess(EMCC_PRACTITIONER, entries, LocalDate.of(2023, 7, 1), TODAY),
            Requirement.PRACTICE_YEARS);
    RequirementProgress sinceFirstSession =
        of(Readiness.assess(EMCC_PRACTITIONER, entries, null, TODAY), Requirement.PRACTICE_YEARS);
    RequirementProgress threeYears =
        of(
            Readiness.assess(EMCC_PRACTITIONER, entries, LocalDate.of(2023, 6, 30), TODAY),
            Requirement.PRACTICE_YEARS);

    assertThat(sinceTraining.done()).isEqualTo(dec("2.9")); // 35 whole months
    assertThat(sinceTraining.missing()).isEqualTo(dec("0.1"));
    assertThat(sinceTraining.projected()).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(sinceFirstSession.done()).isEqualTo(dec("1.0"));
    assertThat(sinceFirstSession.projected()).isEqualTo(LocalDate.of(2028, 6, 30));
    assertThat(threeYears.met()).isTrue();
  }

  @Test
  void quarterlySupervisionNeedsASessionInEachOfTheLastFourQuarters() {
    List<HourEntry> entries =
        List.of(
            HourEntry.supervision(LocalDate.of(2026, 5, 1), 60),
            HourEntry.supervision(LocalDate.of(2026, 2, 1), 60),
            HourEntry.supervision(LocalDate.of(2026, 1, 20), 60),
            HourEntry.supervision(LocalDate.of(2025, 11, 1), 60));

    RequirementProgress regular =
        of(
            Readiness.assess(EMCC_PRACTITIONER, entries, LocalDate.of(2020, 1, 1), TODAY),
            Requirement.SUPERVISION_REGULARITY);

    // quarters ending 30 Jun, 30 Mar, 30 Dec, 30 Sep: the last has none
    assertThat(regular.done()).isEqualByComparingTo("3");
    assertThat(regular.required()).isEqualByComparingTo("4");
    assertThat(regular.met()).isFalse();
    assertThat(regular.projected()).isNull();
  }

  @Test
  void aNewPractitionerNeedsSupervisionOnlyInTheQuartersTheyPractised() {
    List<HourEntry> entries =
        List.of(
            HourEntry.supervision(LocalDate.of(2026, 5, 1), 60),
            HourEntry.supervision(LocalDate.of(2026, 3, 30), 60));

    RequirementProgress regular =
        of(
            Readiness.assess(EMCC_PRACTITIONER, entries, LocalDate.of(2026, 1, 10), TODAY),
            Requirement.SUPERVISION_REGULARITY);

    assertThat(regular.required()).isEqualByComparingTo("2");
    assertThat(regular.done()).isEqualByComparingTo("2"); // 30 March closes the earlier quarter
    assertThat(regular.met()).isTrue();
  }

  @Test
  void cpdCountsTheLastTwelveMonths() {
    List<HourEntry> entries =
        List.of(
            HourEntry.cpd(LocalDate.of(2025, 6, 30), 480),
            HourEntry.cpd(LocalDate.of(2025, 6, 29), 480),
            HourEntry.cpd(LocalDate.of(2026, 3, 1), 300));

    RequirementProgress cpd =
        of(Readiness.assess(EMCC_PRACTITIONER, entries, null, TODAY), Requirement.CPD_HOURS);

    assertThat(cpd.done()).isEqualByComparingTo("13");
    assertThat(cpd.missing()).isEqualByComparingTo("3");
    assertThat(cpd.projected()).isNull(); // none in the last 90 days
  }

  @Test
  void entriesAfterTodayDoNotCount() {
    RequirementProgress coaching =
        of(
            Readiness.assess(ICF_ACC, List.of(hour(TODAY.plusDays(1), PAID, "A")), null, TODAY),
            Requirement.COACHING_HOURS);

    assertThat(coaching.done()).isEqualByComparingTo("0");
  }

  @Test
  void onlyTheRequirementsATrackSetsAreAssessed() {
    List<RequirementProgress> icf = Readiness.assess(ICF_ACC, List.of(), null, TODAY);
    List<RequirementProgress> emcc = Readiness.assess(EMCC_PRACTITIONER, List.of(), null, TODAY);

    assertThat(icf)
        .extracting(RequirementProgress::requirement)
        .containsExactly(
            Requirement.COACHING_HOURS,
            Requirement.PAID_HOURS,
            Requirement.CLIENTS,
            Requirement.RECENT_HOURS,
            Requirement.MENTOR_HOURS,
            Requirement.MENTOR_SPAN,
            Requirement.MENTOR_ONE_TO_ONE);
    assertThat(emcc)
        .extracting(RequirementProgress::requirement)
        .containsExactly(
            Requirement.COACHING_HOURS,
            Requirement.CLIENTS,
            Requirement.PRACTICE_YEARS,
            Requirement.SUPERVISION_REGULARITY,
            Requirement.CPD_HOURS);
  }

  @Test
  void aTraineeWhoMeetsEverythingIsReady() {
    List<HourEntry> entries = new ArrayList<>();
    for (int c = 0; c < 8; c++) {
      entries.addAll(hours(10, TODAY.minusDays(100 + c), PAID, "C" + c));
    }
    entries.addAll(hours(20, TODAY.minusDays(30), PRO_BONO, "C0"));
    entries.add(HourEntry.mentorCoaching(TODAY.minusMonths(5), 420, false));
    entries.add(HourEntry.mentorCoaching(TODAY.minusMonths(1), 180, true));

    List<RequirementProgress> p = Readiness.assess(ICF_ACC, entries, null, TODAY);

    assertThat(p).allMatch(RequirementProgress::met);
    assertThat(Readiness.ready(p)).isTrue();
    assertThat(Readiness.projected(p)).isEmpty();
  }

  @Test
  void theOverallProjectionIsTheLatestOfTheRequirements() {
    List<HourEntry> entries = new ArrayList<>(hours(10, TODAY.minusDays(10), PAID, "A"));
    for (int c = 0; c < 8; c++) {
      entries.add(hour(TODAY.minusDays(5), PAID, "N" + c));
    }
    entries.add(HourEntry.mentorCoaching(TODAY.minusDays(5), 60, true));

    List<RequirementProgress> p = Readiness.assess(ICF_ACC, entries, null, TODAY);

    // 18 h in 90 days: coaching 82 h missing -> ceil(82 × 90 / 18) = 410 days; paid the same;
    // mentor 9 h at 1 h/90 days -> 810 days: the latest
    assertThat(of(p, Requirement.COACHING_HOURS).projected()).isEqualTo(TODAY.plusDays(410));
    assertThat(Readiness.projected(p)).hasValue(TODAY.plusDays(810));
  }

  @Test
  void figuresAreCheckedFieldByField() {
    assertThatThrownBy(
            () -> new Figures(100, 101, null, null, null, null, null, null, null, null, null, null))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class, v -> assertThat(v.field()).isEqualTo("paidHours"));
    assertThatThrownBy(
            () -> new Figures(100, null, null, 25, null, null, null, null, null, null, null, null))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class, v -> assertThat(v.field()).isEqualTo("recentMonths"));
    assertThatThrownBy(
            () -> new Figures(0, null, null, null, null, null, null, null, null, null, null, null))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class, v -> assertThat(v.field()).isEqualTo("coachingHours"));
    assertThatThrownBy(
            () -> new Figures(100, null, null, null, null, 10, 3, 11, null, null, null, null))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class, v -> assertThat(v.field()).isEqualTo("mentorOneToOneHours"));
  }

  @Test
  void onlyApprovedHoursCountAndTheOthersStandBesideThem() {
    LocalDate on = TODAY.minusDays(30);
    List<HourEntry> entries = new ArrayList<>(hours(10, on, PAID, "A"));
    hours(4, on, PAID, "B").forEach(e -> entries.add(e.withStatus(HourStatus.SUBMITTED)));
    hours(3, on, PRO_BONO, "C").forEach(e -> entries.add(e.withStatus(HourStatus.NOT_SUBMITTED)));
    entries.add(HourEntry.mentorCoaching(on, 120, true).withStatus(HourStatus.SUBMITTED));

    List<RequirementProgress> p = Readiness.assess(ICF_ACC, entries, null, TODAY);

    RequirementProgress coaching = of(p, Requirement.COACHING_HOURS);
    assertThat(coaching.done()).isEqualByComparingTo("10");
    assertThat(coaching.missing()).isEqualByComparingTo("90");
    assertThat(coaching.pending()).isEqualByComparingTo("4");
    assertThat(coaching.unsubmitted()).isEqualByComparingTo("3");
    assertThat(coaching.hasUnapproved()).isTrue();
    assertThat(of(p, Requirement.PAID_HOURS).pending()).isEqualByComparingTo("4");
    assertThat(of(p, Requirement.PAID_HOURS).unsubmitted()).isEqualByComparingTo("0");
    assertThat(of(p, Requirement.CLIENTS).done()).isEqualByComparingTo("1");
    assertThat(of(p, Requirement.CLIENTS).pending()).isNull();
    assertThat(of(p, Requirement.MENTOR_HOURS).done()).isEqualByComparingTo("0");
    assertThat(of(p, Requirement.MENTOR_HOURS).pending()).isEqualByComparingTo("2");
    assertThat(of(p, Requirement.MENTOR_SPAN).done()).isEqualByComparingTo("0");
  }

  @Test
  void withNothingApprovedNothingCounts() {
    List<HourEntry> entries = new ArrayList<>();
    hours(100, TODAY.minusDays(10), PAID, "A")
        .forEach(e -> entries.add(e.withStatus(HourStatus.SUBMITTED)));

    List<RequirementProgress> p = Readiness.assess(ICF_ACC, entries, null, TODAY);

    assertThat(of(p, Requirement.COACHING_HOURS).done()).isEqualByComparingTo("0");
    assertThat(of(p, Requirement.COACHING_HOURS).pending()).isEqualByComparingTo("100");
    assertThat(of(p, Requirement.COACHING_HOURS).projected()).isNull();
    assertThat(Readiness.ready(p)).isFalse();
  }
}
