package io.parallax.ejb.reminder;

import io.parallax.domain.reminder.ReminderKind;
import java.io.Serializable;
import java.util.List;

/**
 * A member's reminder switches: one per reminder their roles receive, in a fixed order; the
 * language their reminders are written in; the version to send back with a change.
 */
public record ReminderChoicesView(List<Switch> switches, String language, long version)
    implements Serializable {

  /** One reminder and whether it is on. */
  public record Switch(ReminderKind kind, boolean on) implements Serializable {}

  public boolean isOn(ReminderKind kind) {
    return switches.stream().anyMatch(s -> s.kind() == kind && s.on());
  }
}
