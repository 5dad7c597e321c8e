package io.parallax.web.reminder;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * Test-only: moves an hour submission's hand-in back in time (no service does that) and counts the
 * reminders recorded as sent in a school, by SQL across the tenant filter.
 */
@Stateless
@PermitAll
public class ReminderProbe {

  @PersistenceContext EntityManager em;

  public void handedIn(UUID submission, Instant at) {
    em.createNativeQuery("update hour_submission set submitted_at = ?1 where id = ?2")
        .setParameter(1, Timestamp.from(at))
        .setParameter(2, submission)
        .executeUpdate();
  }

  public long sent(String school) {
    return ((Number)
            em.createNativeQuery("select count(*) from reminder_sent where tenant_id = ?1")
                .setParameter(1, school)
                .getSingleResult())
        .longValue();
  }
}
