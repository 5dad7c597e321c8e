package io.parallax.web.accreditation;

import io.parallax.ejb.accreditation.AccreditationReadiness;
import io.parallax.ejb.accreditation.CpdEntryView;
import io.parallax.ejb.accreditation.HourLog;
import io.parallax.ejb.accreditation.HourSubmissionView;
import io.parallax.ejb.accreditation.HourSubmissions;
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
 * mentor coaching and CPD; the periods they submitted for approval (submit one, see where each
 * stands and the supervisor's comment, reopen one to correct it, submit a returned one again). Only
 * approved hours count; those waiting or not submitted stand beside them.
 */
@Named
@ViewScoped
public class MyAccreditationView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB transient AccreditationReadiness readiness;
  @EJB transient HourLog log;
  @EJB transient HourSubmissions submissions;
  @Inject SchoolDay schoolDay;

  private TraineeReadiness mine;
  private List<MentorCoachingView> mentoring = List.of();
  private List<CpdEntryView> cpd = List.of();
  private List<HourSubmissionView> submitted = List.of();

  private LocalDate periodFrom;
  private LocalDate periodTo;

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
    periodTo = schoolDay.today();
    periodFrom = periodTo.withDayOfMonth(1);
    refresh();
  }

  private void refresh() {
    mine = readiness.mine();
    mentoring = log.mentorCoaching();
    cpd = log.cpd();
    submitted = submissions.mine();
  }

  public void submit() {
    HourSubmissionView s =
        Messages.obtain("period-", () -> submissions.submit(periodFrom, periodTo));
    if (s != null) {
      Messages.done(Messages.TRAINEE, "approval.submitted", s.supervisorName());
      refresh();
    }
  }

  /** Fills the form with a returned period, to submit it again once corrected. */
  public void again(HourSubmissionView returned) {
    periodFrom = returned.from();
    periodTo = returned.to();
    submit();
  }

  public void reopen(UUID id) {
    if (Messages.obtain("period-", () -> submissions.reopen(id)) != null) {
      Messages.done(Messages.TRAINEE, "approval.reopened");
      refresh();
    }
  }

  /** A returned period no later submission (waiting or approved) has taken up yet. */
  public boolean mayResubmit(HourSubmissionView returned) {
    return returned.resubmittable()
        && submitted.stream()
            .noneMatch(
                o ->
                    o.reopenable()
                        && !o.from().isAfter(returned.to())
                        && !o.to().isBefore(returned.from()));
  }

  public List<HourSubmissionView> getSubmitted() {
    return submitted;
  }

  public LocalDate getPeriodFrom() {
    return periodFrom;
  }

  public void setPeriodFrom(LocalDate periodFrom) {
    this.periodFrom = periodFrom;
  }

  public LocalDate getPeriodTo() {
    return periodTo;
  }

  public void setPeriodTo(LocalDate periodTo) {
    this.periodTo = periodTo;
  }

  public void addMentorCoaching() {
    if (noMinutes(mentorMinutes, "mentor-minutes")) {
      return;
    }
    MentorCoachingView added =
        Messages.obtain(
            "mentor-", () -> log.addMentorCoaching(mentorName, mentorOn, mentorMinutes, oneToOne));
    if (added != null) {
      Messages.done(Messages.TRAINEE, "accreditation.mentor.added");
      refresh();
    }
  }

  /** An empty minutes field is refused at the field as such, not read as 0 minutes. */
  private static boolean noMinutes(Integer minutes, String field) {
    if (minutes != null) {
      return false;
    }
    Messages.atField(field, Messages.text(Messages.TRAINEE, "accreditation.minutes.missing"));
    return true;
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
    if (noMinutes(cpdMinutes, "cpd-minutes")) {
      return;
    }
    CpdEntryView added = Messages.obtain("cpd-", () -> log.addCpd(cpdOn, cpdMinutes, cpdTitle));
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
