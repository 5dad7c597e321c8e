package io.parallax.ejb.reminder;

import jakarta.ejb.ApplicationException;

/**
 * A reminder the SMTP server did not take: its send is rolled back (nothing recorded as sent), so
 * the next run tries it again. The message names no person and no content.
 */
@ApplicationException(rollback = true)
public class ReminderNotSent extends RuntimeException {

  public ReminderNotSent(String reason) {
    super(reason);
  }
}
