package io.parallax.ejb.security;

import io.parallax.domain.DomainRuleViolation;
import jakarta.ejb.ApplicationException;
import java.util.Locale;

/**
 * An authenticated caller who is not (or no longer) a member of the school they call for. The
 * reason is a key of the rule bundle ({@link DomainRuleViolation#BUNDLE}); the message is its
 * English text.
 */
@ApplicationException(rollback = true)
public class NotAMember extends RuntimeException {
  private final boolean schoolSuspended;
  private final String key;

  public NotAMember(String message) {
    this(message, false);
  }

  private NotAMember(String message, boolean schoolSuspended) {
    super(DomainRuleViolation.text(message, new Object[0], Locale.ENGLISH));
    this.key = message;
    this.schoolSuspended = schoolSuspended;
  }

  /** The caller's school is suspended: the pages say so and whom to contact. */
  public static NotAMember schoolSuspended(String message) {
    return new NotAMember(message, true);
  }

  /** The reason in {@code locale}'s language. */
  public String message(Locale locale) {
    return DomainRuleViolation.text(key, new Object[0], locale);
  }

  public boolean isSchoolSuspended() {
    return schoolSuspended;
  }
}
