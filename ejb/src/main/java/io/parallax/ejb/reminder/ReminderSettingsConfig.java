package io.parallax.ejb.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * When reminders go out (MicroProfile Config): the weekday of the school admins' readiness digest,
 * {@code parallax.reminders.digest-day} (MONDAY).
 */
@ApplicationScoped
public class ReminderSettingsConfig {

  @Inject
  @ConfigProperty(name = "parallax.reminders.digest-day", defaultValue = "MONDAY")
  String digestDay;

  public DayOfWeek digestDay() {
    return DayOfWeek.valueOf(digestDay.trim().toUpperCase(Locale.ROOT));
  }
}
