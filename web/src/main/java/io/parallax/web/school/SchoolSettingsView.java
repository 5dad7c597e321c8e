package io.parallax.web.school;

import io.parallax.ejb.school.SchoolSettings;
import io.parallax.ejb.school.SchoolSummary;
import io.parallax.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The school admin's settings of their own school, on the programs and cohorts page: the time zone
 * the school works in, whose day is its "today" for every date of something that happened.
 */
@Named
@ViewScoped
public class SchoolSettingsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB transient SchoolSettings settings;

  private SchoolSummary school;
  private String timeZone;

  @PostConstruct
  void load() {
    school = settings.read();
    timeZone = school.timeZone();
  }

  public void save() {
    SchoolSummary saved =
        Messages.obtain("school-", () -> settings.workIn(timeZone, school.version()));
    if (saved != null) {
      school = saved;
      timeZone = saved.timeZone();
      Messages.info("school.timeZone.saved", saved.timeZone());
    }
  }

  public SchoolSummary getSchool() {
    return school;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }
}
