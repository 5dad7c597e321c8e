package io.parallax.demo.synthetic;

import io.parallax.domain.contracting.ContractingRatings;
import io.parallax.domain.contracting.DriftMarker;
import io.parallax.domain.contracting.ElementRating;
import io.parallax.domain.practice.Client;
import io.parallax.domain.practice.PaymentBasis;
import io.parallax.domain.practice.PracticeSession;
import io.parallax.domain.school.Person;
import io.parallax.domain.school.SupervisorAssignment;
import io.parallax.domain.supervision.ParallelProcessDirection;
import io.parallax.domain.supervision.ParallelProcessObservation;
import io.parallax.domain.supervision.ProctorBalance;
import io.parallax.domain.supervision.SevenEyedMode;
import io.parallax.domain.supervision.SupervisionFormat;
import io.parallax.domain.supervision.SupervisionSession;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Writes a trainee's generated history through the domain (every record passes its own rules):
 * clients, client sessions and supervision sessions carrying the trainee's {@link PlantedTrainee}
 * pattern. Shared by the demo school and the synthetic schools; deterministic for a given random.
 */
public final class SessionPlanter {

  private final EntityManager em;
  private final Random random;
  private final double earlyCareerPenalty;

  public SessionPlanter(EntityManager em, Random random, double earlyCareerPenalty) {
    this.em = em;
    this.random = random;
    this.earlyCareerPenalty = earlyCareerPenalty;
  }

  /** Three clients: one paying, one pro bono, one sponsored. */
  public List<Client> clients(Person trainee) {
    return List.of(
        persist(new Client(trainee, "C-01", PaymentBasis.PAID, false)),
        persist(new Client(trainee, "C-02", PaymentBasis.PRO_BONO, false)),
        persist(new Client(trainee, "S-03", PaymentBasis.PAID, true)));
  }

  /**
   * Client sessions from {@code days} ago to yesterday, one every {@code gap} to {@code gap + 2}
   * days; answers how many.
   */
  public int clientSessions(
      PlantedTrainee profile,
      Person trainee,
      List<Client> clients,
      LocalDate today,
      int days,
      int gap) {
    return clientSessions(profile, trainee, clients, today, days, gap, session -> {});
  }

  /** As above, with {@code annotate} adding detail (evidence, roles) to each session. */
  public int clientSessions(
      PlantedTrainee profile,
      Person trainee,
      List<Client> clients,
      LocalDate today,
      int days,
      int gap,
      Consumer<PracticeSession> annotate) {
    int count = 0;
    for (int daysAgo = days - 2; daysAgo > 0; daysAgo -= gap + random.nextInt(3)) {
      double clear = profile.clientClearOn(daysAgo, earlyCareerPenalty);
      PracticeSession session =
          new PracticeSession(
              trainee,
              clients.get(random.nextInt(clients.size())),
              today.minusDays(daysAgo),
              45 + 15 * random.nextInt(3),
              ratings(clear),
              clear < 0.4 ? 55 + random.nextInt(25) : 30 + random.nextInt(20));
      session.markDrift(drift(clear));
      session.recontracted(clear > 0.6 ? 1 + random.nextInt(2) : 0, null);
      annotate.accept(session);
      em.persist(session);
      count++;
    }
    return count;
  }

  /** Supervision sessions every 14 days from {@code days - 5} days ago; answers how many. */
  public int supervisionSessions(
      PlantedTrainee profile, SupervisorAssignment assignment, LocalDate today, int days) {
    int count = 0;
    for (int daysAgo = days - 5; daysAgo > 0; daysAgo -= 14) {
      double clear = profile.supervisionClearOn(daysAgo);
      SupervisionSession session =
          new SupervisionSession(
              assignment,
              today.minusDays(daysAgo),
              60,
              SupervisionFormat.INDIVIDUAL,
              ratings(clear),
              ProctorBalance.of(20, 50, 30));
      session.markDrift(drift(clear));
      session.modelContracting(profile.modelledOn(daysAgo));
      session.visit(
          profile.mirrored()
              ? Set.of(SevenEyedMode.CLIENT, SevenEyedMode.PARALLEL_PROCESS)
              : Set.of(SevenEyedMode.CLIENT, SevenEyedMode.INTERVENTIONS));
      if (profile.mirrored()) {
        session.nameCoreIssues(List.of("CONTRACTING", "OVER_RESPONSIBILITY"));
        session.observe(
            ParallelProcessObservation.of(
                "Went into the story of the case instead of agreeing a focus, as with the client",
                ParallelProcessDirection.UPWARD,
                random.nextBoolean()));
      }
      em.persist(session);
      count++;
    }
    return count;
  }

  private <T> T persist(T record) {
    em.persist(record);
    return record;
  }

  private ContractingRatings ratings(double clear) {
    return ContractingRatings.of(rating(clear), rating(clear), rating(clear), rating(clear));
  }

  private ElementRating rating(double clear) {
    if (random.nextDouble() < clear) {
      return ElementRating.CLEAR;
    }
    return random.nextBoolean() ? ElementRating.PARTIAL : ElementRating.ABSENT;
  }

  private Set<DriftMarker> drift(double clear) {
    if (random.nextDouble() < clear) {
      return Set.of();
    }
    return Set.of(random.nextBoolean() ? DriftMarker.STORYTELLING : DriftMarker.CIRCLING);
  }
}
