package io.parallax.domain.accreditation;

import static io.parallax.domain.DomainRuleViolation.require;

import java.io.Serializable;

/**
 * The requirements of an accreditation track, each a figure; {@code null} where the track does not
 * ask for it (ICF asks no years of practice, EMCC no mentor coaching).
 *
 * @param coachingHours client coaching hours in all
 * @param paidHours of which at least this many paid
 * @param clients distinct clients (a group counts as its largest size)
 * @param recentHours coaching hours within the last {@code recentMonths} months
 * @param recentMonths the window of {@code recentHours}
 * @param mentorHours mentor-coaching hours
 * @param mentorSpanMonths from the first to the last mentor-coaching session, at least
 * @param mentorOneToOneHours of the mentor-coaching hours, at least this many one-to-one
 * @param practiceYears years of practice as a coach
 * @param supervisionEveryMonths a supervision session in every period of this many months
 * @param cpdHoursPerYear continuing professional development in the last 12 months
 * @param maxGroupHours of the coaching hours, at most this many from group sessions
 */
public record Figures(
    int coachingHours,
    Integer paidHours,
    Integer clients,
    Integer recentHours,
    Integer recentMonths,
    Integer mentorHours,
    Integer mentorSpanMonths,
    Integer mentorOneToOneHours,
    Integer practiceYears,
    Integer supervisionEveryMonths,
    Integer cpdHoursPerYear,
    Integer maxGroupHours)
    implements Serializable {

  /** The largest figure of hours a track may ask for. */
  public static final int MAX_HOURS = 10_000;

  public Figures {
    require(
        coachingHours >= 1 && coachingHours <= MAX_HOURS,
        "coachingHours",
        "figures.range",
        1,
        MAX_HOURS,
        coachingHours);
    within(paidHours, 0, coachingHours, "paidHours");
    within(clients, 1, MAX_HOURS, "clients");
    within(recentHours, 1, coachingHours, "recentHours");
    within(recentMonths, 1, 120, "recentMonths");
    require(
        (recentHours == null) == (recentMonths == null), "recentMonths", "figures.recentWindow");
    within(mentorHours, 1, MAX_HOURS, "mentorHours");
    within(mentorSpanMonths, 1, 120, "mentorSpanMonths");
    within(mentorOneToOneHours, 0, mentorHours == null ? 0 : mentorHours, "mentorOneToOneHours");
    require(
        mentorHours != null || mentorSpanMonths == null, "mentorSpanMonths", "figures.mentorSpan");
    within(practiceYears, 1, 50, "practiceYears");
    within(supervisionEveryMonths, 1, 12, "supervisionEveryMonths");
    within(cpdHoursPerYear, 1, 1000, "cpdHoursPerYear");
    within(maxGroupHours, 0, coachingHours, "maxGroupHours");
  }

  private static void within(Integer figure, int min, int max, String field) {
    require(
        figure == null || (figure >= min && figure <= max),
        field,
        "figures.range",
        min,
        max,
        figure);
  }
}
