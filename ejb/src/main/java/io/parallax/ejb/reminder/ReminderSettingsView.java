package io.parallax.ejb.reminder;

import java.io.Serializable;

/**
 * A school's reminder settings: days without a client session before a trainee is reminded, days a
 * submission waits before its supervisor is, and the version to send back with a change.
 */
public record ReminderSettingsView(int idleDays, int waitingDays, long version)
    implements Serializable {}
