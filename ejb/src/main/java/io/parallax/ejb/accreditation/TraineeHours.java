package io.parallax.ejb.accreditation;

import io.parallax.domain.accreditation.CpdEntry;
import io.parallax.domain.accreditation.HourEntry;
import io.parallax.domain.accreditation.HourSubmission;
import io.parallax.domain.accreditation.MentorCoaching;
import io.parallax.domain.practice.PaymentBasis;
import io.parallax.domain.school.Person;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One trainee's hours as hour entries: their client sessions (the client by its code, unique among
 * the trainee's clients), the supervision sessions they took part in (alone or in a group; recorded
 * by the supervisor, so approved), and their mentor coaching and CPD, each with the state of the
 * period it falls in. Read in the caller's school (the entity manager's tenant); shared by the
 * readiness service and the exports, so both count alike.
 */
public final class TraineeHours {

  private TraineeHours() {}

  /** The submitted periods that hold {@code trainee}'s entries (waiting, returned or approved). */
  public static List<HourSubmission> periods(EntityManager em, Person trainee) {
    return em.createNamedQuery(HourSubmission.HOLDING, HourSubmission.class)
        .setParameter("trainee", trainee)
        .getResultList();
  }

  /** {@code trainee}'s client sessions, the client by code, each in its period's state. */
  public static List<HourEntry> clientSessions(
      EntityManager em, Person trainee, List<HourSubmission> periods) {
    List<HourEntry> entries = new ArrayList<>();
    for (Object[] s :
        em.createQuery(
                "select s.heldOn, s.minutes, s.paymentBasis, c.code, s.groupSize"
                    + " from PracticeSession s join s.client c"
                    + " where s.trainee = :trainee and s.deletedAt is null",
                Object[].class)
            .setParameter("trainee", trainee)
            .getResultList()) {
      LocalDate on = (LocalDate) s[0];
      entries.add(
          HourEntry.clientSession(
                  on, (Integer) s[1], (PaymentBasis) s[2], (String) s[3], (Integer) s[4])
              .withStatus(HourSubmission.statusOn(periods, on)));
    }
    return entries;
  }

  /** Supervision, mentor coaching and CPD of {@code trainee}, each in its period's state. */
  public static List<HourEntry> besideClientSessions(
      EntityManager em, Person trainee, List<HourSubmission> periods) {
    List<HourEntry> entries = new ArrayList<>();
    for (Object[] s :
        em.createQuery(
                "select s.heldOn, s.minutes from SupervisionSession s where s.deletedAt is null"
                    + " and (s.supervisee = :trainee or exists (select p from"
                    + " SupervisionParticipant p where p.session = s and p.person = :trainee))",
                Object[].class)
            .setParameter("trainee", trainee)
            .getResultList()) {
      entries.add(HourEntry.supervision((LocalDate) s[0], (Integer) s[1]));
    }
    em.createNamedQuery(MentorCoaching.OF_TRAINEE, MentorCoaching.class)
        .setParameter("trainee", trainee)
        .getResultStream()
        .forEach(
            m ->
                entries.add(
                    HourEntry.mentorCoaching(m.heldOn(), m.minutes(), m.oneToOne())
                        .withStatus(HourSubmission.statusOn(periods, m.heldOn()))));
    em.createNamedQuery(CpdEntry.OF_TRAINEE, CpdEntry.class)
        .setParameter("trainee", trainee)
        .getResultStream()
        .forEach(
            c ->
                entries.add(
                    HourEntry.cpd(c.heldOn(), c.minutes())
                        .withStatus(HourSubmission.statusOn(periods, c.heldOn()))));
    return entries;
  }
}
