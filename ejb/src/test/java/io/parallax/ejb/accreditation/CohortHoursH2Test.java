package io.parallax.ejb.accreditation;

import static org.assertj.core.api.Assertions.assertThat;

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
import io.parallax.domain.school.SupervisorAssignment;
import io.parallax.domain.supervision.ProctorBalance;
import io.parallax.domain.supervision.SupervisionFormat;
import io.parallax.domain.supervision.SupervisionSession;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A cohort's hour entries read in one go ({@link CohortHours}: summed per trainee and day by the
 * database) give every trainee exactly the progress their own entries read one by one give; another
 * school reads none of them.
 */
class CohortHoursH2Test {

  private static final LocalDate TODAY = LocalDate.now();
  private static final Instant NOW = Instant.now();

  private static final Figures ICF_ACC_CAPPED =
      new Figures(100, 75, 8, 25, 18, 10, 3, 3, null, null, null, 3);
  private static final Figures EMCC_PRACTITIONER =
      new Figures(100, null, 10, null, null, null, null, null, 3, 3, 16, null);

  private static H2Schools db;
  private static final List<Person> trainees = new ArrayList<>();

  @BeforeAll
  static void open() throws Exception {
    db = H2Schools.open();
    db.inSchool(
        "mine",
        em -> {
          Person sol = persist(em, Examples.supervisor("Sol Supervisor"));
          List<SupervisorAssignment> assignments = new ArrayList<>();
          for (int t = 0; t < 3; t++) {
            Person trainee = persist(em, Examples.trainee("Trainee " + t));
            trainees.add(trainee);
            assignments.add(log(em, trainee, sol, t));
          }
          // group sessions recorded for trainee 1 that trainee 0 took part in: theirs to count too
          for (int m = 1; m < 12; m += 4) {
            SupervisionSession group =
                persist(
                    em,
                    new SupervisionSession(
                        assignments.get(1),
                        TODAY.minusMonths(m),
                        90,
                        SupervisionFormat.GROUP,
                        ContractingRatings.all(ElementRating.CLEAR),
                        ProctorBalance.of(30, 40, 30)));
            group.attendedBy(List.of(new SupervisionSession.Attendance(assignments.get(0), null)));
          }
          trainees.add(persist(em, Examples.trainee("Nobody Yet")));
          return null;
        });
  }

  /** Two alike sessions a day, a group, paid and pro bono, deleted ones, and the other kinds. */
  private static SupervisorAssignment log(EntityManager em, Person trainee, Person sol, int t) {
    Client paid = persist(em, new Client(trainee, "P-" + t, PaymentBasis.PAID, false));
    Client proBono = persist(em, new Client(trainee, "B-" + t, PaymentBasis.PRO_BONO, false));
    Client group = persist(em, new Client(trainee, "G-" + t, PaymentBasis.PAID, false));
    for (int d = 0; d < 40; d++) {
      LocalDate day = TODAY.minusDays(d * 17L + t);
      session(em, trainee, paid, day, 45 + d);
      session(em, trainee, paid, day, 60);
      session(em, trainee, proBono, day, 30 + t);
      if (d % 5 == 0) {
        session(em, trainee, group, day, 90).coachGroup(3 + d % 4);
      }
      if (d % 7 == 0) {
        session(em, trainee, paid, day, 500).delete(NOW);
      }
      if (d % 3 == 0) {
        em.persist(new MentorCoaching(trainee, "Mo", day, 60, d % 2 == 0));
        em.persist(new MentorCoaching(trainee, "Mo", day, 30, d % 2 == 0));
        em.persist(new CpdEntry(trainee, day, 120, "Course " + d));
      }
    }
    SupervisorAssignment assignment =
        persist(em, new SupervisorAssignment(sol, trainee, TODAY.minusYears(3), null));
    for (int m = 0; m < 12; m += 2) {
      SupervisionSession s =
          persist(
              em,
              new SupervisionSession(
                  assignment,
                  TODAY.minusMonths(m).minusDays(t),
                  60,
                  SupervisionFormat.INDIVIDUAL,
                  ContractingRatings.all(ElementRating.CLEAR),
                  ProctorBalance.of(30, 40, 30)));
      if (m == 4) {
        s.delete(NOW);
      }
    }
    HourSubmission approved =
        new HourSubmission(
            trainee, sol, TODAY.minusDays(400), TODAY.minusDays(200), List.of(), NOW);
    approved.approve(sol, null, NOW);
    em.persist(approved);
    em.persist(
        new HourSubmission(
            trainee, sol, TODAY.minusDays(199), TODAY.minusDays(100), List.of(), NOW));
    HourSubmission returned =
        new HourSubmission(trainee, sol, TODAY.minusDays(99), TODAY.minusDays(50), List.of(), NOW);
    returned.returnWith(sol, "Which client?", NOW);
    em.persist(returned);
    return assignment;
  }

  private static PracticeSession session(
      EntityManager em, Person trainee, Client client, LocalDate day, int minutes) {
    return persist(
        em,
        new PracticeSession(
            trainee, client, day, minutes, ContractingRatings.all(ElementRating.CLEAR), 50));
  }

  private static <T> T persist(EntityManager em, T entity) {
    em.persist(entity);
    return entity;
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @Test
  void theCohortPathGivesEachTraineeTheProgressOfTheirOwnEntries() throws Exception {
    AccreditationReadiness one = new AccreditationReadiness();

    db.inSchool(
        "mine",
        em -> {
          one.em = em;
          List<UUID> ids = trainees.stream().map(Person::id).toList();
          Map<UUID, List<HourEntry>> together = new CohortHours(em).of(ids);
          for (Person trainee : trainees) {
            List<HourEntry> alone = one.entries(em.find(Person.class, trainee.id()));
            for (Figures figures : List.of(ICF_ACC_CAPPED, EMCC_PRACTITIONER)) {
              for (LocalDate since : new LocalDate[] {null, TODAY.minusYears(2)}) {
                assertThat(Readiness.assess(figures, together.get(trainee.id()), since, TODAY))
                    .as(trainee.displayName())
                    .isEqualTo(Readiness.assess(figures, alone, since, TODAY));
              }
            }
            assertThat(together.get(trainee.id()).size()).isLessThanOrEqualTo(alone.size());
          }
          assertThat(together.get(trainees.get(0).id()).size())
              .as("alike sessions of a day summed")
              .isLessThan(one.entries(em.find(Person.class, trainees.get(0).id())).size());
          assertThat(together.get(trainees.get(3).id())).isEmpty();
          return null;
        });
  }

  @Test
  void anotherSchoolReadsNoneOfTheCohortsHours() throws Exception {
    Map<UUID, List<HourEntry>> seen =
        db.inSchool(
            "yours", em -> new CohortHours(em).of(trainees.stream().map(Person::id).toList()));

    assertThat(seen).hasSize(trainees.size());
    assertThat(seen.values()).allMatch(List::isEmpty);
  }
}
