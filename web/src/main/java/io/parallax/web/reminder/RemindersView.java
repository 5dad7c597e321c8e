package io.parallax.web.reminder;

import io.parallax.domain.reminder.ReminderKind;
import io.parallax.ejb.reminder.ReminderChoices;
import io.parallax.ejb.reminder.ReminderChoicesView;
import io.parallax.ejb.reminder.ReminderSettings;
import io.parallax.ejb.reminder.ReminderSettingsView;
import io.parallax.ejb.security.Roles;
import io.parallax.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;

/**
 * The member's e-mail reminders page: a switch per reminder their roles receive (saved in the
 * page's language, which their reminders are then written in), and for a school admin the school's
 * settings, each refused at its field when out of range.
 */
@Named
@ViewScoped
public class RemindersView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB transient ReminderChoices choices;
  @EJB transient ReminderSettings settings;

  private final Map<ReminderKind, Boolean> switches = new EnumMap<>(ReminderKind.class);
  private long choicesVersion;
  private Integer idleDays;
  private Integer waitingDays;
  private long settingsVersion;

  @PostConstruct
  void load() {
    if (isMember()) {
      show(choices.mine());
    }
    if (isSchoolAdmin()) {
      show(settings.current());
    }
  }

  public void saveSwitches() {
    ReminderChoicesView saved =
        Messages.obtain(
            "switch-",
            () -> choices.change(choicesVersion, switches, Messages.locale().getLanguage()));
    if (saved != null) {
      show(saved);
      Messages.info("reminders.saved");
    }
  }

  public void saveSettings() {
    ReminderSettingsView saved =
        Messages.obtain("settings-", () -> settings.change(settingsVersion, idleDays, waitingDays));
    if (saved != null) {
      show(saved);
      Messages.info("reminders.settings.saved");
    }
  }

  private void show(ReminderChoicesView view) {
    switches.clear();
    view.switches().forEach(s -> switches.put(s.kind(), s.on()));
    choicesVersion = view.version();
  }

  private void show(ReminderSettingsView view) {
    idleDays = view.idleDays();
    waitingDays = view.waitingDays();
    settingsVersion = view.version();
  }

  /** Whether the caller belongs to a school (a platform admin gets no reminders). */
  public boolean isMember() {
    return role(Roles.SCHOOL_ADMIN) || role(Roles.SUPERVISOR) || role(Roles.TRAINEE);
  }

  public boolean isSchoolAdmin() {
    return role(Roles.SCHOOL_ADMIN);
  }

  private static boolean role(String role) {
    return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(role);
  }

  /** Whether the caller receives {@code kind} (a reminder of one of their roles). */
  public boolean receives(String kind) {
    return switches.containsKey(ReminderKind.valueOf(kind));
  }

  public boolean isIdleTrainee() {
    return on(ReminderKind.IDLE_TRAINEE);
  }

  public void setIdleTrainee(boolean on) {
    switchTo(ReminderKind.IDLE_TRAINEE, on);
  }

  public boolean isWaitingSubmissions() {
    return on(ReminderKind.WAITING_SUBMISSIONS);
  }

  public void setWaitingSubmissions(boolean on) {
    switchTo(ReminderKind.WAITING_SUBMISSIONS, on);
  }

  public boolean isReadinessDigest() {
    return on(ReminderKind.READINESS_DIGEST);
  }

  public void setReadinessDigest(boolean on) {
    switchTo(ReminderKind.READINESS_DIGEST, on);
  }

  private boolean on(ReminderKind kind) {
    return Boolean.TRUE.equals(switches.get(kind));
  }

  /** Only the caller's own reminders are sent back to be saved. */
  private void switchTo(ReminderKind kind, boolean on) {
    if (switches.containsKey(kind)) {
      switches.put(kind, on);
    }
  }

  public Integer getIdleDays() {
    return idleDays;
  }

  public void setIdleDays(Integer idleDays) {
    this.idleDays = idleDays;
  }

  public Integer getWaitingDays() {
    return waitingDays;
  }

  public void setWaitingDays(Integer waitingDays) {
    this.waitingDays = waitingDays;
  }
}
