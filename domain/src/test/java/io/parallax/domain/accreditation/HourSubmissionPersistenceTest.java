package io.parallax.domain.accreditation;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.domain.Examples;
import io.parallax.domain.persistence.H2Schools;
import io.parallax.domain.school.Person;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Submitted periods through the production persistence unit on H2: the V37 migration matches the
 * mapping, a decision reads back with its comment, the named queries find what they name, and a
 * submission is stamped with its school and invisible to another (TenantIdTest shape).
 */
class HourSubmissionPersistenceTest {

  private static final Instant NOW = Instant.parse("2026-04-02T10:00:00Z");

  private static H2Schools db;

  @BeforeAll
  static void open() {
    db = H2Schools.open();
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @Test
  void aDecidedSubmissionReadsBackInItsSchoolOnly() throws Exception {
    Person ada = Examples.trainee("Ada Lovelace");
    Person sol = Examples.supervisor("Sol Supervisor");
    HourSubmission march =
        db.inSchool(
            "mine",
            em -> {
              em.persist(ada);
              em.persist(sol);
              HourSubmission s =
                  new HourSubmission(
                      ada,
                      sol,
                      LocalDate.of(2026, 3, 1),
                      LocalDate.of(2026, 3, 31),
                      List.of(),
                      NOW);
              em.persist(s);
              HourSubmission april =
                  new HourSubmission(
                      ada, sol, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 2), List.of(), NOW);
              em.persist(april);
              return s;
            });
    db.inSchool(
        "mine",
        em -> {
          em.find(HourSubmission.class, march.id())
              .returnWith(em.find(Person.class, sol.id()), "12 March lacks minutes.", NOW);
          return null;
        });

    HourSubmission read = db.inSchool("mine", em -> em.find(HourSubmission.class, march.id()));
    List<HourSubmission> holding =
        db.inSchool(
            "mine",
            em ->
                em.createNamedQuery(HourSubmission.HOLDING, HourSubmission.class)
                    .setParameter("trainee", em.find(Person.class, ada.id()))
                    .getResultList());
    List<HourSubmission> waiting =
        db.inSchool(
            "mine",
            em ->
                em.createNamedQuery(HourSubmission.WAITING_FOR, HourSubmission.class)
                    .setParameter("supervisor", em.find(Person.class, sol.id()))
                    .getResultList());
    List<HourSubmission> all =
        db.inSchool(
            "mine",
            em ->
                em.createNamedQuery(HourSubmission.OF_TRAINEE, HourSubmission.class)
                    .setParameter("trainee", em.find(Person.class, ada.id()))
                    .getResultList());

    assertThat(read.schoolId()).isEqualTo("mine");
    assertThat(read.status()).isEqualTo(SubmissionStatus.RETURNED);
    assertThat(read.comment()).hasValue("12 March lacks minutes.");
    assertThat(read.decidedAt()).hasValue(NOW);
    assertThat(read.version()).isEqualTo(1);
    assertThat(holding)
        .extracting(HourSubmission::fromOn)
        .containsExactly(LocalDate.of(2026, 4, 1));
    assertThat(waiting).hasSize(1);
    assertThat(all)
        .extracting(HourSubmission::fromOn)
        .containsExactly(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 3, 1));
    List<HourSubmission> foreign =
        db.inSchool(
            "yours",
            em ->
                em.createQuery("select s from HourSubmission s", HourSubmission.class)
                    .getResultList());
    assertThat(foreign).isEmpty();
    HourSubmission foreignOne =
        db.inSchool("yours", em -> em.find(HourSubmission.class, march.id()));
    assertThat(foreignOne).isNull();
  }
}
