package io.parallax.ejb.accreditation;

import io.parallax.domain.Examples;
import io.parallax.domain.accreditation.CpdEntry;
import io.parallax.domain.accreditation.Figures;
import io.parallax.domain.accreditation.HourEntry;
import io.parallax.domain.accreditation.HourSubmission;
import io.parallax.domain.accreditation.MentorCoaching;
import io.parallax.domain.accreditation.Readiness;
import io.parallax.domain.contracting.ContractingRatings;
import io.parallax.domain.contracting.ElementRating;
import io.parallax.domain.persistence.H2Schools;
import io.parallax.domain.practice.Client;
import io.parallax.domain.practice.PaymentBasis;
import io.parallax.domain.practice.PracticeSession;
import io.parallax.domain.school.Person;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Not a test: a timed comparison of a cohort's readiness read per trainee (five statements each)
 * and read for the cohort at once ({@link CohortHours}), on the production persistence unit over
 * in-memory H2, 30 trainees × 200 client sessions (plus mentor coaching, CPD, submissions). Its
 * name keeps it out of the build's test runs; run it on purpose:
 *
 * <pre>./mvnw -B -o -q -pl ejb -am test -Dtest=CohortReadinessBenchmark \
 *     -Dsurefire.failIfNoSpecifiedTests=false -DskipITs</pre>
 *
 * It prints statements and milliseconds per cohort read; it asserts nothing about time.
 */
class CohortReadinessBenchmark {

  private static final int TRAINEES = 30;
  private static final int SESSIONS = 200;
  private static final int ROUNDS = 20;
  private static final LocalDate TODAY = LocalDate.now();
  private static final Figures ICF_ACC =
      new Figures(100, 75, 8, 25, 18, 10, 3, 3, null, null, null, null);

  @Test
  void perTraineeAgainstCohortAtOnce() throws Exception {
    try (H2Schools db = H2Schools.open()) {
      List<UUID> ids = db.inSchool("mine", CohortReadinessBenchmark::cohort);
      for (int warm = 0; warm < 5; warm++) {
        time(db, ids, false);
        time(db, ids, true);
      }
      long[] before = time(db, ids, false);
      long[] after = time(db, ids, true);
      System.out.printf(
          "cohort readiness, %d trainees x %d sessions, mean of %d rounds:%n"
              + "  per trainee  : %d statements, %.1f ms%n"
              + "  cohort at once: %d statements, %.1f ms%n",
          TRAINEES,
          SESSIONS,
          ROUNDS,
          before[0],
          before[1] / 1e6 / ROUNDS,
          after[0],
          after[1] / 1e6 / ROUNDS);
    }
  }

  /** Statements of one round and nanoseconds of all rounds. */
  private static long[] time(H2Schools db, List<UUID> ids, boolean atOnce) throws Exception {
    return db.inSchool(
        "mine",
        em -> {
          Statistics stats =
              em.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
          stats.setStatisticsEnabled(true);
          long statements = 0;
          long start = System.nanoTime();
          for (int round = 0; round < ROUNDS; round++) {
            em.clear();
            stats.clear();
            List<Person> trainees =
                em.createQuery("select p from Person p where p.id in :ids", Person.class)
                    .setParameter("ids", ids)
                    .getResultList();
            Map<UUID, List<HourEntry>> together = atOnce ? new CohortHours(em).of(ids) : null;
            AccreditationReadiness one = new AccreditationReadiness();
            one.em = em;
            for (Person p : trainees) {
              List<HourEntry> entries = atOnce ? together.get(p.id()) : one.entries(p);
              Readiness.assess(ICF_ACC, entries, null, TODAY);
            }
            statements = stats.getPrepareStatementCount();
          }
          return new long[] {statements, System.nanoTime() - start};
        });
  }

  private static List<UUID> cohort(EntityManager em) {
    Instant now = Instant.now();
    Person sol = persist(em, Examples.supervisor("Sol Supervisor"));
    List<UUID> ids = new ArrayList<>();
    for (int t = 0; t < TRAINEES; t++) {
      Person trainee = persist(em, Examples.trainee("Trainee " + t));
      ids.add(trainee.id());
      List<Client> clients = new ArrayList<>();
      for (int c = 0; c < 10; c++) {
        clients.add(
            persist(
                em,
                new Client(
                    trainee,
                    "C" + t + "-" + c,
                    c % 4 == 0 ? PaymentBasis.PRO_BONO : PaymentBasis.PAID,
                    false)));
      }
      for (int s = 0; s < SESSIONS; s++) {
        persist(
            em,
            new PracticeSession(
                trainee,
                clients.get(s % clients.size()),
                TODAY.minusDays(s * 3L + t % 3),
                60,
                ContractingRatings.all(ElementRating.CLEAR),
                50));
      }
      for (int m = 0; m < 10; m++) {
        em.persist(new MentorCoaching(trainee, "Mo", TODAY.minusDays(m * 20L), 60, m % 3 == 0));
        em.persist(new CpdEntry(trainee, TODAY.minusDays(m * 30L), 90, "Course"));
      }
      HourSubmission approved =
          new HourSubmission(
              trainee, sol, TODAY.minusDays(700), TODAY.minusDays(60), List.of(), now);
      approved.approve(sol, null, now);
      em.persist(approved);
    }
    return ids;
  }

  private static <T> T persist(EntityManager em, T entity) {
    em.persist(entity);
    return entity;
  }
}
