package io.parallax.domain.accreditation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The columns that store a track's {@link Figures}. */
@Embeddable
public class TrackFigures {

  @Column(name = "coaching_hours", nullable = false)
  private int coachingHours;

  @Column(name = "paid_hours")
  private Integer paidHours;

  @Column(name = "clients")
  private Integer clients;

  @Column(name = "recent_hours")
  private Integer recentHours;

  @Column(name = "recent_months")
  private Integer recentMonths;

  @Column(name = "mentor_hours")
  private Integer mentorHours;

  @Column(name = "mentor_span_months")
  private Integer mentorSpanMonths;

  @Column(name = "mentor_one_to_one_hours")
  private Integer mentorOneToOneHours;

  @Column(name = "practice_years")
  private Integer practiceYears;

  @Column(name = "supervision_every_months")
  private Integer supervisionEveryMonths;

  @Column(name = "cpd_hours_per_year")
  private Integer cpdHoursPerYear;

  @Column(name = "max_group_hours")
  private Integer maxGroupHours;

  protected TrackFigures() {}

  TrackFigures(Figures f) {
    coachingHours = f.coachingHours();
    paidHours = f.paidHours();
    clients = f.clients();
    recentHours = f.recentHours();
    recentMonths = f.recentMonths();
    mentorHours = f.mentorHours();
    mentorSpanMonths = f.mentorSpanMonths();
    mentorOneToOneHours = f.mentorOneToOneHours();
    practiceYears = f.practiceYears();
    supervisionEveryMonths = f.supervisionEveryMonths();
    cpdHoursPerYear = f.cpdHoursPerYear();
    maxGroupHours = f.maxGroupHours();
  }

  Figures figures() {
    return new Figures(
        coachingHours,
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
