package io.parallax.web.accreditation;

import io.parallax.domain.accreditation.Figures;

/**
 * A track's name and figures as the API takes them; a figure left out (null) is one the track does
 * not ask for. The domain checks each figure and names the one at fault.
 *
 * <p>A class with fields rather than a record: Payara's OpenAPI reader fails on constraints placed
 * on record components.
 */
public class TrackRequest {

  public String name;
  public Integer coachingHours;
  public Integer paidHours;
  public Integer clients;
  public Integer recentHours;
  public Integer recentMonths;
  public Integer mentorHours;
  public Integer mentorSpanMonths;
  public Integer mentorOneToOneHours;
  public Integer practiceYears;
  public Integer supervisionEveryMonths;
  public Integer cpdHoursPerYear;
  public Integer maxGroupHours;

  Figures figures() {
    return new Figures(
        coachingHours == null ? 0 : coachingHours,
        paidHours,
        clients,
        recentHours,
        recentMonths,
        mentorHours,
        mentorSpanMonths,
        mentorOneToOneHours,
        practiceYears,
        supervisionEveryMonths,
        cpdHoursPerYear,
        maxGroupHours);
  }
}
