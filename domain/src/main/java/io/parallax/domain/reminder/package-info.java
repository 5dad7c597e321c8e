/**
 * Reminders by e-mail (DESIGN §6): a trainee who has not logged a client session for a while, a
 * supervisor with hour submissions waiting for a decision, a school admin's weekly digest of cohort
 * readiness. Here: the school's settings ({@link io.parallax.domain.reminder.ReminderPolicy}), each
 * member's switches and language ({@link io.parallax.domain.reminder.ReminderChoice}), what was
 * sent ({@link io.parallax.domain.reminder.SentReminder}) and who is due when ({@link
 * io.parallax.domain.reminder.ReminderDue}, pure date arithmetic).
 */
package io.parallax.domain.reminder;
