package io.parallax.ejb.accreditation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parallax.domain.Examples;
import io.parallax.domain.accreditation.ApprovalLocked;
import io.parallax.domain.accreditation.CpdEntry;
import io.parallax.domain.accreditation.HourEntry;
import io.parallax.domain.accreditation.HourKind;
import io.parallax.domain.accreditation.HourStatus;
import io.parallax.domain.accreditation.HourSubmission;
import io.parallax.domain.accreditation.MentorCoaching;
import io.parallax.domain.accreditation.SubmissionStatus;
import io.parallax.domain.contracting.ContractingRatings;
import io.parallax.domain.contracting.ElementRating;
import io.parallax.domain.persistence.H2Schools;
import io.parallax.domain.practice.Client;
import io.parallax.domain.practice.PaymentBasis;
import io.parallax.domain.practice.PracticeSession;
import io.parallax.domain.school.Person;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The approval step's queries on H2: each hour entry of a trainee carries the status of the
 * submission covering its day (March approved, April waiting, May returned), the lock refuses a day
 * of a waiting or approved period, and another school sees none of the trainee's submissions.
 */
class ApprovalH2Test {

  private static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");

  private static H2Schools db;
  private static Person ada;

  @BeforeAll
  static void open() throws Exception {
    db = H2Schools.open();
    ada = Examples.trainee("Ada Lovelace");
    Person sol = Examples.supervisor("Sol Supervisor");
    db.inSchool(
        "mine",
        em -> {
          em.persist(ada);
          em.persist(sol);
          Client client = new Client(ada, "C-1", PaymentBasis.PAID, false);
          em.persist(client);
          for (LocalDate day : List.of(day(3, 5), day(4, 5), day(5, 5))) {
            em.persist(
                new PracticeSession(
                    ada, client, day, 60, ContractingRatings.all(ElementRating.CLEAR), 50));
          }
          em.persist(new MentorCoaching(ada, "Mo Mentor", day(3, 10), 120, true));
          em.persist(new CpdEntry(ada, day(4, 10), 60, "Ethics"));
          HourSubmission march =
              new HourSubmission(ada, sol, day(3, 1), day(3, 31), List.of(), NOW);
          march.approve(sol, null, NOW);
          HourSubmission april =
              new HourSubmission(ada, sol, day(4, 1), day(4, 30), List.of(), NOW);
          HourSubmission may = new HourSubmission(ada, sol, day(5, 1), day(5, 31), List.of(), NOW);
          may.returnWith(sol, "5 May: which client?", NOW);
          em.persist(march);
          em.persist(april);
          em.persist(may);
          return null;
        });
  }

  @AfterAll
  static void close() {
    db.close();
  }

  private static LocalDate day(int month, int day) {
    return LocalDate.of(2026, month, day);
  }

  @Test
  void eachEntryCarriesTheStatusOfThePeriodCoveringIt() throws Exception {
    AccreditationReadiness readiness = new AccreditationReadiness();

    List<HourEntry> entries =
        db.inSchool(
            "mine",
            em -> {
              readiness.em = em;
              return readiness.entries(em.find(Person.class, ada.id()));
            });

    assertThat(entries)
        .filteredOn(e -> e.kind() == HourKind.CLIENT_SESSION)
        .extracting(HourEntry::on, HourEntry::status)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(day(3, 5), HourStatus.APPROVED),
            org.assertj.core.groups.Tuple.tuple(day(4, 5), HourStatus.SUBMITTED),
            org.assertj.core.groups.Tuple.tuple(day(5, 5), HourStatus.NOT_SUBMITTED));
    assertThat(entries)
        .filteredOn(e -> e.kind() == HourKind.MENTOR_COACHING)
        .extracting(HourEntry::status)
        .containsExactly(HourStatus.APPROVED);
    assertThat(entries)
        .filteredOn(e -> e.kind() == HourKind.CPD)
        .extracting(HourEntry::status)
        .containsExactly(HourStatus.SUBMITTED);
  }

  @Test
  void waitingAndApprovedPeriodsLockTheirDaysAndAReturnedOneDoesNot() throws Exception {
    ApprovalLocks locks = new ApprovalLocks();

    db.inSchool(
        "mine",
        em -> {
          locks.em = em;
          Person me = em.find(Person.class, ada.id());
          assertThatThrownBy(() -> locks.requireOpen(me, day(3, 5)))
              .isInstanceOf(ApprovalLocked.class);
          assertThatThrownBy(() -> locks.requireOpen(me, day(6, 1), day(4, 30)))
              .isInstanceOf(ApprovalLocked.class);
          locks.requireOpen(me, day(5, 5), day(2, 28), day(6, 1));
          return null;
        });
  }

  @Test
  void aSubmissionShowsWhatWasLoggedInItsPeriod() throws Exception {
    HourSubmissions submissions = new HourSubmissions();

    List<HourSubmissionView> views =
        db.inSchool(
            "mine",
            em -> {
              submissions.em = em;
              return em.createNamedQuery(HourSubmission.OF_TRAINEE, HourSubmission.class)
                  .setParameter("trainee", em.find(Person.class, ada.id()))
                  .getResultStream()
                  .map(submissions::view)
                  .toList();
            });

    assertThat(views)
        .extracting(
            HourSubmissionView::from,
            HourSubmissionView::sessions,
            HourSubmissionView::clientMinutes,
            HourSubmissionView::mentorMinutes,
            HourSubmissionView::cpdMinutes)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(day(5, 1), 1L, 60L, 0L, 0L),
            org.assertj.core.groups.Tuple.tuple(day(4, 1), 1L, 60L, 0L, 60L),
            org.assertj.core.groups.Tuple.tuple(day(3, 1), 1L, 60L, 120L, 0L));
    assertThat(views.get(2).mentorHours()).isEqualByComparingTo("2");
    assertThat(views.get(0).status()).isEqualTo(SubmissionStatus.RETURNED);
    assertThat(views.get(0).comment()).isEqualTo("5 May: which client?");
  }

  @Test
  void anotherSchoolSeesNoneOfTheSubmissions() throws Exception {
    List<HourSubmission> foreign =
        db.inSchool(
            "yours",
            em ->
                em.createNamedQuery(HourSubmission.HOLDING, HourSubmission.class)
                    .setParameter("trainee", ada)
                    .getResultList());

    assertThat(foreign).isEmpty();
  }
}
