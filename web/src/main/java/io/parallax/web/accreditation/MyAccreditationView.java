package io.parallax.web.accreditation;

import io.parallax.ejb.accreditation.AccreditationReadiness;
import io.parallax.ejb.accreditation.CpdEntryView;
import io.parallax.ejb.accreditation.HourLog;
import io.parallax.ejb.accreditation.MentorCoachingView;
import io.parallax.ejb.accreditation.TraineeReadiness;
import io.parallax.web.Messages;
import io.parallax.web.SchoolDay;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A trainee's accreditation page: their readiness for their track, requirement by requirement
 * (done, required, missing, the projected day at the pace of the last 90 days), and their log of
 * mentor coaching and CPD.
 */
@Named
@ViewScoped
public class MyAccreditationView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB transient AccreditationReadiness readiness;
  @EJB transient HourLog log;
  @Inject SchoolDay schoolDay;

  private TraineeReadiness mine;
  private List<MentorCoachingView> mentoring = List.of();
  private List<CpdEntryView> cpd = List.of();

  private String mentorName;
  private LocalDate mentorOn;
  private Integer mentorMinutes = 60;
  private boolean oneToOne = true;

  private LocalDate cpdOn;
  private Integer cpdMinutes = 60;
  private String cpdTitle;

  @PostConstruct
  void load() {
    mentorOn = schoolDay.today();
    cpdOn = schoolDay.today();
    refresh();
  }

  private void refresh() {
    mine = readiness.mine();
    mentoring = log.mentorCoaching();
    cpd = log.cpd();
  }

  public void addMentorCoaching() {
    MentorCoachingView added =
        Messages.obtain(
            "mentor-",
            () ->
                log.addMentorCoaching(
                    mentorName, mentorOn, mentorMinutes == null ? 0 : mentorMinutes, oneToOne));
    if (added != null) {
      Messages.done(Messages.TRAINEE, "accreditation.mentor.added");
      refresh();
    }
  }

  public void removeMentorCoaching(UUID id, long version) {
    if (Messages.obtain(
            "mentor-",
            () -> {
              log.removeMentorCoaching(id, version);
              return Boolean.TRUE;
            })
        != null) {
      Messages.done(Messages.TRAINEE, "accreditation.removed");
      refresh();
    }
  }

  public void addCpd() {
    CpdEntryView added =
        Messages.obtain(
            "cpd-", () -> log.addCpd(cpdOn, cpdMinutes == null ? 0 : cpdMinutes, cpdTitle));
    if (added != null) {
      Messages.done(Messages.TRAINEE, "accreditation.cpd.added");
      cpdTitle = null;
      refresh();
    }
  }

  public void removeCpd(UUID id, long version) {
    if (Messages.obtain(
            "cpd-",
            () -> {
              log.removeCpd(id, version);
              return Boolean.TRUE;
            })
        != null) {
      Messages.done(Messages.TRAINEE, "accreditation.removed");
      refresh();
    }
  }

  public TraineeReadiness getMine() {
    return mine;
  }

  public List<MentorCoachingView> getMentoring() {
    return mentoring;
  }

  public List<CpdEntryView> getCpd() {
    return cpd;
  }

  public String getMentorName() {
    return mentorName;
  }

  public void setMentorName(String mentorName) {
    this.mentorName = mentorName;
  }

  public LocalDate getMentorOn() {
    return mentorOn;
  }

  public void setMentorOn(LocalDate mentorOn) {
    this.mentorOn = mentorOn;
  }

  public Integer getMentorMinutes() {
    return mentorMinutes;
  }

  public void setMentorMinutes(Integer mentorMinutes) {
    this.mentorMinutes = mentorMinutes;
  }

  public boolean isOneToOne() {
    return oneToOne;
  }

  public void setOneToOne(boolean oneToOne) {
    this.oneToOne = oneToOne;
  }

  public LocalDate getCpdOn() {
    return cpdOn;
  }

  public void setCpdOn(LocalDate cpdOn) {
    this.cpdOn = cpdOn;
  }

  public Integer getCpdMinutes() {
    return cpdMinutes;
  }

  public void setCpdMinutes(Integer cpdMinutes) {
    this.cpdMinutes = cpdMinutes;
  }

  public String getCpdTitle() {
    return cpdTitle;
  }

  public void setCpdTitle(String cpdTitle) {
    this.cpdTitle = cpdTitle;
  }
}
