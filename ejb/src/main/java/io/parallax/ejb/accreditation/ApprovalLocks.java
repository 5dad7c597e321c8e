package io.parallax.ejb.accreditation;

import io.parallax.domain.accreditation.HourSubmission;
import io.parallax.domain.school.Person;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;

/**
 * The lock a waiting or approved period puts on a trainee's entries on its days (client sessions,
 * mentor coaching, CPD), checked by each service that adds, changes, removes or restores one, in
 * the caller's transaction.
 */
@RequestScoped
public class ApprovalLocks {

  @PersistenceContext EntityManager em;

  /** Refuses (409, {@code signedOff}) when a waiting or approved period of theirs holds a day. */
  public void requireOpen(Person trainee, LocalDate... days) {
    HourSubmission.requireOpen(holding(trainee), days);
  }

  /** The trainee's waiting and approved submissions. */
  public List<HourSubmission> holding(Person trainee) {
    return em.createNamedQuery(HourSubmission.HOLDING, HourSubmission.class)
        .setParameter("trainee", trainee)
        .getResultList();
  }
}
