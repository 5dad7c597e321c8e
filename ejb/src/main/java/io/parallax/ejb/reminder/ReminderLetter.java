package io.parallax.ejb.reminder;

import io.parallax.domain.reminder.ReminderKind;
import java.io.Serializable;
import java.util.UUID;

/** A reminder that is due: to whom, of which kind, for which period, and its words. */
public record ReminderLetter(
    UUID personId, ReminderKind kind, String period, String to, String subject, String body)
    implements Serializable {}
