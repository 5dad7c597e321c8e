package io.parallax.ejb.accreditation;

import io.parallax.domain.accreditation.HourEntry;
import io.parallax.domain.accreditation.HourSubmission;
import io.parallax.domain.accreditation.Readiness;
import io.parallax.domain.practice.PaymentBasis;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The hour entries of many trainees at once, in five statements whatever their number: the database
 * groups each kind of record by trainee and day (and by what else {@link Readiness} tells apart:
 * basis, client and group size; one-to-one) and sums the minutes, so a trainee's two alike sessions
 * of one day come back as one entry with their minutes added — which changes no result of {@link
 * Readiness} (its arithmetic stays the only one; see its entry order). HQL throughout, so Hibernate
 * adds the tenant filter of every entity read: another school's records never come back.
 */
final class CohortHours {

  private final EntityManager em;

  CohortHours(EntityManager em) {
    this.em = em;
  }

  /** Each trainee's entries by id (an empty list for a trainee with none). */
  Map<UUID, List<HourEntry>> of(Collection<UUID> trainees) {
    Map<UUID, List<HourEntry>> entries = new HashMap<>();
    if (trainees.isEmpty()) {
      return entries;
    }
    trainees.forEach(id -> entries.put(id, new ArrayList<>()));
    Map<UUID, List<HourSubmission>> holding = holding(trainees);
    for (Object[] r :
        rows(
            "select s.trainee.id, s.heldOn, sum(s.minutes), s.paymentBasis, s.client.id,"
                + " s.groupSize from PracticeSession s where s.trainee.id in :trainees"
                + " and s.deletedAt is null"
                + " group by s.trainee.id, s.heldOn, s.paymentBasis, s.client.id, s.groupSize",
            trainees)) {
      add(
          entries,
          holding,
          r,
          HourEntry.clientSession(
              day(r), minutes(r), (PaymentBasis) r[3], r[4].toString(), (Integer) r[5]));
    }
    for (Object[] r :
        rows(
            "select m.trainee.id, m.heldOn, sum(m.minutes), m.oneToOne from MentorCoaching m"
                + " where m.trainee.id in :trainees group by m.trainee.id, m.heldOn, m.oneToOne",
            trainees)) {
      add(entries, holding, r, HourEntry.mentorCoaching(day(r), minutes(r), (Boolean) r[3]));
    }
    for (Object[] r :
        rows(
            "select c.trainee.id, c.heldOn, sum(c.minutes) from CpdEntry c"
                + " where c.trainee.id in :trainees group by c.trainee.id, c.heldOn",
            trainees)) {
      add(entries, holding, r, HourEntry.cpd(day(r), minutes(r)));
    }
    for (Object[] r :
        rows(
            "select s.supervisee.id, s.heldOn, sum(s.minutes) from SupervisionSession s"
                + " where s.supervisee.id in :trainees and s.deletedAt is null"
                + " group by s.supervisee.id, s.heldOn",
            trainees)) {
      // recorded by the supervisor: approved when recorded
      entries.get((UUID) r[0]).add(HourEntry.supervision(day(r), minutes(r)));
    }
    for (Object[] r :
        rows(
            "select p.person.id, s.heldOn, sum(s.minutes) from SupervisionParticipant p"
                + " join p.session s where p.person.id in :trainees and s.deletedAt is null"
                + " and s.supervisee.id <> p.person.id group by p.person.id, s.heldOn",
            trainees)) {
      // a group session the trainee took part in, beside the supervisee it was recorded for
      entries.get((UUID) r[0]).add(HourEntry.supervision(day(r), minutes(r)));
    }
    return entries;
  }

  /** The trainees' waiting and approved submissions: what the status of a day is read from. */
  private Map<UUID, List<HourSubmission>> holding(Collection<UUID> trainees) {
    Map<UUID, List<HourSubmission>> holding = new HashMap<>();
    for (Object[] r :
        rows(
            "select s.trainee.id, s from HourSubmission s where s.trainee.id in :trainees"
                + " and s.status in (io.parallax.domain.accreditation.SubmissionStatus.PENDING,"
                + " io.parallax.domain.accreditation.SubmissionStatus.APPROVED)",
            trainees)) {
      holding.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add((HourSubmission) r[1]);
    }
    return holding;
  }

  private List<Object[]> rows(String hql, Collection<UUID> trainees) {
    return em.createQuery(hql, Object[].class).setParameter("trainees", trainees).getResultList();
  }

  private static void add(
      Map<UUID, List<HourEntry>> entries,
      Map<UUID, List<HourSubmission>> holding,
      Object[] row,
      HourEntry entry) {
    UUID trainee = (UUID) row[0];
    entries
        .get(trainee)
        .add(
            entry.withStatus(
                HourSubmission.statusOn(holding.getOrDefault(trainee, List.of()), day(row))));
  }

  private static LocalDate day(Object[] row) {
    return (LocalDate) row[1];
  }

  private static int minutes(Object[] row) {
    return Math.toIntExact(((Number) row[2]).longValue());
  }
}
