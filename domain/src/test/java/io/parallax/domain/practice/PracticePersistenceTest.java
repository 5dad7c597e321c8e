package io.parallax.domain.practice;

import static io.parallax.domain.Examples.JAN_12;
import static io.parallax.domain.contracting.ElementRating.ABSENT;
import static io.parallax.domain.contracting.ElementRating.CLEAR;
import static io.parallax.domain.contracting.ElementRating.PARTIAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parallax.domain.Examples;
import io.parallax.domain.contracting.ContractingElement;
import io.parallax.domain.contracting.ContractingRatings;
import io.parallax.domain.contracting.DriftMarker;
import io.parallax.domain.persistence.H2Schools;
import io.parallax.domain.school.Person;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The practice records through the production persistence unit on a fresh H2 database: the
 * migration matches the mapping, every field survives a round trip, and another school sees none of
 * a school's clients, contracts or sessions.
 */
class PracticePersistenceTest {

  private static final Instant DELETED_AT = Instant.parse("2026-01-20T08:30:00Z");

  private static H2Schools db;

  @BeforeAll
  static void migrateAndValidate() {
    db = H2Schools.open();
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @Test
  void readsBackEveryField() throws Exception {
    Person trainee = Examples.trainee("Ada");
    Client client = new Client(trainee, "AB-07", PaymentBasis.PRO_BONO, true);
    EngagementContract contract =
        new EngagementContract(client, JAN_12, true, "Acme Ltd", ContractIntegrity.QUESTIONABLE);
    contract.describe("Six sessions, fortnightly", "Lead the new team", "Wants to be told");
    PracticeSession session = fullSession(trainee, client);
    inSchool("mine", em -> persistAll(em, trainee, client, contract, session));

    inSchool(
        "mine",
        em -> {
          Client c = em.find(Client.class, client.id());
          assertThat(c.schoolId()).isEqualTo("mine");
          assertThat(c.trainee().id()).isEqualTo(trainee.id());
          assertThat(c.code()).isEqualTo("AB-07");
          assertThat(c.paymentBasis()).isEqualTo(PaymentBasis.PRO_BONO);
          assertThat(c.isSponsored()).isTrue();

          EngagementContract k = em.find(EngagementContract.class, contract.id());
          assertThat(k.schoolId()).isEqualTo("mine");
          assertThat(k.client().id()).isEqualTo(client.id());
          assertThat(k.agreedOn()).isEqualTo(JAN_12);
          assertThat(k.isThreeCornered()).isTrue();
          assertThat(k.sponsor()).contains("Acme Ltd");
          assertThat(k.integrity()).isEqualTo(ContractIntegrity.QUESTIONABLE);
          assertThat(k.administrative()).contains("Six sessions, fortnightly");
          assertThat(k.professional()).contains("Lead the new team");
          assertThat(k.psychological()).contains("Wants to be told");
          return null;
        });
    inSchool(
        "mine",
        em -> {
          PracticeSession s = em.find(PracticeSession.class, session.id());
          assertThat(s.schoolId()).isEqualTo("mine");
          assertThat(s.trainee().id()).isEqualTo(trainee.id());
          assertThat(s.client().id()).isEqualTo(client.id());
          assertThat(s.heldOn()).isEqualTo(JAN_12.plusDays(7));
          assertThat(s.minutes()).isEqualTo(75);
          assertThat(s.paymentBasis()).isEqualTo(PaymentBasis.PAID);
          assertThat(s.ratings().rating(ContractingElement.FOCUS)).isEqualTo(CLEAR);
          assertThat(s.ratings().rating(ContractingElement.OUTCOME)).isEqualTo(PARTIAL);
          assertThat(s.ratings().rating(ContractingElement.APPROACH)).isEqualTo(ABSENT);
          assertThat(s.ratings().rating(ContractingElement.PARTICIPATION)).isEqualTo(CLEAR);
          assertThat(s.ratings().evidence(ContractingElement.FOCUS)).isEqualTo("Named the agenda");
          assertThat(s.ratings().evidence(ContractingElement.OUTCOME)).isNull();
          assertThat(s.score()).isEqualTo(62.5);
          assertThat(s.driftMarkers())
              .containsExactlyInAnyOrder(DriftMarker.STORYTELLING, DriftMarker.TOPIC_HOPPING);
          assertThat(s.recontractingCount()).isEqualTo(2);
          assertThat(s.recontractingNote()).contains("min 25: outcome narrowed");
          assertThat(s.responsibilityShare()).isEqualTo(70);
          assertThat(s.isRescuing()).isTrue();
          assertThat(s.dramaRole()).contains(DramaRole.RESCUER);
          assertThat(s.reflection()).contains("I solved it for her again.");
          assertThat(s.deletedAt()).isEmpty();
          return null;
        });
  }

  @Test
  void aSessionWithoutDriftReadsBackEmpty() throws Exception {
    Person trainee = Examples.trainee("Ben");
    Client client = PracticeExamples.client(trainee);
    PracticeSession session = PracticeExamples.session(trainee, client);
    inSchool("mine", em -> persistAll(em, trainee, client, session));

    Set<DriftMarker> read =
        inSchool("mine", em -> em.find(PracticeSession.class, session.id()).driftMarkers());

    assertThat(read).isEmpty();
  }

  @Test
  void anotherSchoolFindsNothing() throws Exception {
    Person trainee = Examples.trainee("Cleo");
    Client client = PracticeExamples.client(trainee);
    EngagementContract contract = PracticeExamples.contract(client);
    PracticeSession session = PracticeExamples.session(trainee, client);
    inSchool("mine", em -> persistAll(em, trainee, client, contract, session));

    inSchool(
        "yours",
        em -> {
          assertThat(em.find(Client.class, client.id())).isNull();
          assertThat(em.find(EngagementContract.class, contract.id())).isNull();
          assertThat(em.find(PracticeSession.class, session.id())).isNull();
          assertThat(
                  em.createNamedQuery(Client.OF_TRAINEE, Client.class)
                      .setParameter("trainee", trainee)
                      .getResultList())
              .isEmpty();
          assertThat(
                  em.createNamedQuery(EngagementContract.OF_CLIENT, EngagementContract.class)
                      .setParameter("client", client)
                      .getResultList())
              .isEmpty();
          assertThat(sessionsOf(em, trainee)).isEmpty();
          assertThat(
                  em.createQuery("select s from PracticeSession s", PracticeSession.class)
                      .getResultList())
              .isEmpty();
          return null;
        });
    List<PracticeSession> seenByMine = inSchool("mine", em -> sessionsOf(em, trainee));
    assertThat(seenByMine).extracting(PracticeSession::id).containsExactly(session.id());
  }

  @Test
  void aDeletedSessionLeavesTheTraineesSessionsUntilRestored() throws Exception {
    Person trainee = Examples.trainee("Dora");
    Client client = PracticeExamples.client(trainee);
    PracticeSession kept = PracticeExamples.session(trainee, client, JAN_12);
    PracticeSession deleted = PracticeExamples.session(trainee, client, JAN_12.plusDays(1));
    inSchool("mine", em -> persistAll(em, trainee, client, kept, deleted));

    inSchool("mine", em -> apply(em, deleted, s -> s.delete(DELETED_AT)));

    List<PracticeSession> afterDeletion = inSchool("mine", em -> sessionsOf(em, trainee));
    Optional<Instant> deletedAt =
        inSchool("mine", em -> em.find(PracticeSession.class, deleted.id()).deletedAt());
    assertThat(afterDeletion).extracting(PracticeSession::id).containsExactly(kept.id());
    assertThat(deletedAt).contains(DELETED_AT);

    inSchool("mine", em -> apply(em, deleted, PracticeSession::restore));

    List<PracticeSession> afterRestore = inSchool("mine", em -> sessionsOf(em, trainee));
    assertThat(afterRestore)
        .extracting(PracticeSession::id)
        .containsExactly(deleted.id(), kept.id());
  }

  @Test
  void aTraineeGivesEachClientADifferentCode() throws Exception {
    Person eve = Examples.trainee("Eve");
    Person finn = Examples.trainee("Finn");
    inSchool(
        "mine",
        em ->
            persistAll(
                em,
                eve,
                finn,
                PracticeExamples.client(eve, "C-1"),
                PracticeExamples.client(finn, "C-1")));

    assertThatThrownBy(
            () -> inSchool("mine", em -> persistAll(em, PracticeExamples.client(eve, "C-1"))))
        .rootCause()
        .message()
        .containsIgnoringCase("client_code_unique");
  }

  private static PracticeSession fullSession(Person trainee, Client client) {
    PracticeSession session =
        new PracticeSession(
            trainee,
            client,
            JAN_12.plusDays(7),
            75,
            ContractingRatings.of(CLEAR, PARTIAL, ABSENT, CLEAR)
                .withEvidence(ContractingElement.FOCUS, "Named the agenda"),
            70);
    session.chargeAs(PaymentBasis.PAID);
    session.markDrift(Set.of(DriftMarker.STORYTELLING, DriftMarker.TOPIC_HOPPING));
    session.recontracted(2, "min 25: outcome narrowed");
    session.noticeRole(DramaRole.RESCUER);
    session.reflect("I solved it for her again.");
    return session;
  }

  private static List<PracticeSession> sessionsOf(EntityManager em, Person trainee) {
    return em.createNamedQuery(PracticeSession.OF_TRAINEE_BETWEEN, PracticeSession.class)
        .setParameter("trainee", trainee)
        .setParameter("from", JAN_12.minusDays(1))
        .setParameter("to", LocalDate.of(2026, 12, 31))
        .getResultList();
  }

  private static Void apply(
      EntityManager em, PracticeSession session, Consumer<PracticeSession> edit) {
    edit.accept(em.find(PracticeSession.class, session.id()));
    return null;
  }

  private static Void persistAll(EntityManager em, Object... entities) {
    for (Object entity : entities) {
      em.persist(entity);
    }
    return null;
  }

  private static <T> T inSchool(String school, Function<EntityManager, T> work) throws Exception {
    return db.inSchool(school, work);
  }

  private static <T> T inTransaction(Function<EntityManager, T> work) {
    return db.inTransaction(work);
  }
}
