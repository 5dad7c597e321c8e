/**
 * Reminders by e-mail on the web: the page every member reaches from the menu ({@code
 * /account/reminders.xhtml}: their own switches, and for school admins the school's settings) and
 * the API ({@code /api/v1/me/reminders}, {@code /api/v1/reminder-settings}).
 */
package io.parallax.web.reminder;
