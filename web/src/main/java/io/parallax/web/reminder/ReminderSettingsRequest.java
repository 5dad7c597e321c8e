package io.parallax.web.reminder;

import jakarta.validation.constraints.NotNull;

/** A school's reminder settings as the API takes them: both, in whole days (1 to 365). */
public class ReminderSettingsRequest {

  @NotNull(message = "{parallax.reminders.1}")
  public Integer idleDays;

  @NotNull(message = "{parallax.reminders.2}")
  public Integer waitingDays;
}
