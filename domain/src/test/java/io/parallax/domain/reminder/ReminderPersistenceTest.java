package io.parallax.domain.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parallax.domain.Examples;
import io.parallax.domain.persistence.H2Schools;
import io.parallax.domain.school.Person;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reminder records through the production persistence unit on H2: V38 matches the mapping, a second
 * reminder of the same period is refused by the database, and each record is stamped with its
 * school and invisible to another (TenantIdTest shape).
 */
class ReminderPersistenceTest {

  private static final Instant NOW = Instant.parse("2026-11-30T07:00:00Z");

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
  void remindersReadBackInTheirSchoolOnlyAndGoOutOncePerPeriod() throws Exception {
    Person ada = Examples.trainee("Ada Lovelace");
    ReminderChoice choice =
        db.inSchool(
            "mine",
            em -> {
              em.persist(ada);
              ReminderChoice c = new ReminderChoice(ada);
              c.switchTo(ReminderKind.IDLE_TRAINEE, false);
              c.writeIn("de");
              em.persist(c);
              em.persist(new ReminderPolicy());
              em.persist(new SentReminder(ada, ReminderKind.IDLE_TRAINEE, "idle/x/1", NOW));
              return c;
            });

    ReminderChoice read = db.inSchool("mine", em -> em.find(ReminderChoice.class, choice.id()));
    assertThat(read.schoolId()).isEqualTo("mine");
    assertThat(read.isOn(ReminderKind.IDLE_TRAINEE)).isFalse();
    assertThat(read.isOn(ReminderKind.WAITING_SUBMISSIONS)).isTrue();
    assertThat(read.language()).isEqualTo("de");
    assertThatThrownBy(
            () ->
                db.inSchool(
                    "mine",
                    em -> {
                      em.persist(
                          new SentReminder(
                              em.find(Person.class, ada.id()),
                              ReminderKind.IDLE_TRAINEE,
                              "idle/x/1",
                              NOW));
                      em.flush();
                      return null;
                    }))
        .isInstanceOf(RuntimeException.class);

    ReminderChoice foreign = db.inSchool("yours", em -> em.find(ReminderChoice.class, choice.id()));
    List<ReminderPolicy> foreignPolicies =
        db.inSchool(
            "yours",
            em ->
                em.createNamedQuery(ReminderPolicy.OF_SCHOOL, ReminderPolicy.class)
                    .getResultList());
    List<Object[]> foreignSent = db.inSchool("yours", ReminderPersistenceTest::sent);
    List<Object[]> mineSent = db.inSchool("mine", ReminderPersistenceTest::sent);
    assertThat(foreign).isNull();
    assertThat(foreignPolicies).isEmpty();
    assertThat(foreignSent).isEmpty();
    assertThat(mineSent).hasSize(1);
  }

  private static List<Object[]> sent(EntityManager em) {
    return em.createNamedQuery(SentReminder.KEYS, Object[].class)
        .setParameter("since", Instant.EPOCH)
        .getResultList();
  }
}
