/**
 * Reminders by e-mail (issue 17, item 4): the school's settings ({@link
 * io.parallax.ejb.reminder.ReminderSettings}), each member's switches ({@link
 * io.parallax.ejb.reminder.ReminderChoices}), and the daily run ({@link
 * io.parallax.ejb.reminder.ReminderSchedule}, {@link io.parallax.ejb.reminder.ReminderRun}) that
 * one instance of a cluster claims through the analysis run records, sending each school's due
 * reminders ({@link io.parallax.ejb.reminder.SchoolReminders}) over SMTP ({@link
 * io.parallax.ejb.reminder.ReminderMail}). A mail says what is due in plain words with a link; it
 * never carries a client code or a note.
 */
package io.parallax.ejb.reminder;
