package io.parallax.web.audit;

import io.parallax.ejb.audit.AuditEntry;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of the audit trail in one language, for the API and the CSV (the pages use {@code
 * words}): actions, record kinds, the column headings, and how someone who is not a member of the
 * school is named.
 */
public record AuditWords(ResourceBundle bundle) {

  public static AuditWords in(Locale language) {
    return new AuditWords(ResourceBundle.getBundle("io.parallax.web.messages", language));
  }

  public String text(String key) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException unknown) {
      return key;
    }
  }

  public String action(Enum<?> action) {
    return text("auditAction." + action.name());
  }

  /** The entry's kind of record in words; a kind this version does not know, as stored. */
  public String kind(AuditEntry entry) {
    return entry.kind() == null ? entry.recordType() : text("recordKind." + entry.kind().name());
  }

  /** The acting member's name, or the words for someone outside the school. */
  public String actor(AuditEntry entry) {
    return entry.actorName() == null ? text("audit.notAMember") : entry.actorName();
  }
}
