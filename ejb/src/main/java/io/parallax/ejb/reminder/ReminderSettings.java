package io.parallax.ejb.reminder;

import io.parallax.domain.reminder.ReminderPolicy;
import io.parallax.ejb.security.Roles;
import io.parallax.ejb.tenancy.SchoolBound;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * A school's reminder settings, read and changed by its school admins. A school that never changed
 * them has the defaults (version 0) and no row; the first change writes it.
 */
@Stateless
@SchoolBound
public class ReminderSettings {

  @PersistenceContext EntityManager em;

  @RolesAllowed(Roles.SCHOOL_ADMIN)
  public ReminderSettingsView current() {
    return view(policy());
  }

  /** Changes both settings at the version read; a value out of range is refused at its field. */
  @RolesAllowed(Roles.SCHOOL_ADMIN)
  public ReminderSettingsView change(long versionRead, Integer idleDays, Integer waitingDays) {
    ReminderPolicy policy = policy();
    policy.requireVersion(versionRead);
    policy.change(idleDays, waitingDays);
    if (!em.contains(policy)) {
      em.persist(policy);
    }
    em.flush();
    return view(policy);
  }

  /** The bound school's policy: its row, or the defaults (not yet stored). */
  private ReminderPolicy policy() {
    return em.createNamedQuery(ReminderPolicy.OF_SCHOOL, ReminderPolicy.class)
        .getResultStream()
        .findFirst()
        .orElseGet(ReminderPolicy::new);
  }

  private static ReminderSettingsView view(ReminderPolicy p) {
    return new ReminderSettingsView(p.idleDays(), p.waitingDays(), p.version());
  }
}
