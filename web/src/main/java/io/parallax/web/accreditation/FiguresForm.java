package io.parallax.web.accreditation;

import io.parallax.domain.accreditation.Figures;
import java.io.Serializable;
import java.util.List;

/** A track's figures as the tracks page edits them: empty means the track does not ask for it. */
public class FiguresForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The figures in the order the page shows them (also their bundle keys, figure.NAME). */
  public static final List<String> NAMES =
      List.of(
          "coachingHours",
          "paidHours",
          "clients",
          "recentHours",
          "recentMonths",
          "mentorHours",
          "mentorSpanMonths",
          "mentorOneToOneHours",
          "practiceYears",
          "supervisionEveryMonths",
          "cpdHoursPerYear",
          "maxGroupHours");

  private Integer coachingHours;
  private Integer paidHours;
  private Integer clients;
  private Integer recentHours;
  private Integer recentMonths;
  private Integer mentorHours;
  private Integer mentorSpanMonths;
  private Integer mentorOneToOneHours;
  private Integer practiceYears;
  private Integer supervisionEveryMonths;
  private Integer cpdHoursPerYear;
  private Integer maxGroupHours;

  static FiguresForm of(Figures f) {
    FiguresForm form = new FiguresForm();
    form.coachingHours = f.coachingHours();
    form.paidHours = f.paidHours();
    form.clients = f.clients();
    form.recentHours = f.recentHours();
    form.recentMonths = f.recentMonths();
    form.mentorHours = f.mentorHours();
    form.mentorSpanMonths = f.mentorSpanMonths();
    form.mentorOneToOneHours = f.mentorOneToOneHours();
    form.practiceYears = f.practiceYears();
    form.supervisionEveryMonths = f.supervisionEveryMonths();
    form.cpdHoursPerYear = f.cpdHoursPerYear();
    form.maxGroupHours = f.maxGroupHours();
    return form;
  }

  /** The figure named {@code name} (one of {@link #NAMES}); null when the track does not ask it. */
  public Integer get(String name) {
    return switch (name) {
      case "coachingHours" -> coachingHours;
      case "paidHours" -> paidHours;
      case "clients" -> clients;
      case "recentHours" -> recentHours;
      case "recentMonths" -> recentMonths;
      case "mentorHours" -> mentorHours;
      case "mentorSpanMonths" -> mentorSpanMonths;
      case "mentorOneToOneHours" -> mentorOneToOneHours;
      case "practiceYears" -> practiceYears;
      case "supervisionEveryMonths" -> supervisionEveryMonths;
      case "cpdHoursPerYear" -> cpdHoursPerYear;
      case "maxGroupHours" -> maxGroupHours;
      default -> throw new IllegalArgumentException(name);
    };
  }

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

  public Integer getCoachingHours() {
    return coachingHours;
  }

  public void setCoachingHours(Integer value) {
    this.coachingHours = value;
  }

  public Integer getPaidHours() {
    return paidHours;
  }

  public void setPaidHours(Integer value) {
    this.paidHours = value;
  }

  public Integer getClients() {
    return clients;
  }

  public void setClients(Integer value) {
    this.clients = value;
  }

  public Integer getRecentHours() {
    return recentHours;
  }

  public void setRecentHours(Integer value) {
    this.recentHours = value;
  }

  public Integer getRecentMonths() {
    return recentMonths;
  }

  public void setRecentMonths(Integer value) {
    this.recentMonths = value;
  }

  public Integer getMentorHours() {
    return mentorHours;
  }

  public void setMentorHours(Integer value) {
    this.mentorHours = value;
  }

  public Integer getMentorSpanMonths() {
    return mentorSpanMonths;
  }

  public void setMentorSpanMonths(Integer value) {
    this.mentorSpanMonths = value;
  }

  public Integer getMentorOneToOneHours() {
    return mentorOneToOneHours;
  }

  public void setMentorOneToOneHours(Integer value) {
    this.mentorOneToOneHours = value;
  }

  public Integer getPracticeYears() {
    return practiceYears;
  }

  public void setPracticeYears(Integer value) {
    this.practiceYears = value;
  }

  public Integer getSupervisionEveryMonths() {
    return supervisionEveryMonths;
  }

  public void setSupervisionEveryMonths(Integer value) {
    this.supervisionEveryMonths = value;
  }

  public Integer getCpdHoursPerYear() {
    return cpdHoursPerYear;
  }

  public void setCpdHoursPerYear(Integer value) {
    this.cpdHoursPerYear = value;
  }

  public Integer getMaxGroupHours() {
    return maxGroupHours;
  }

  public void setMaxGroupHours(Integer value) {
    this.maxGroupHours = value;
  }
}
