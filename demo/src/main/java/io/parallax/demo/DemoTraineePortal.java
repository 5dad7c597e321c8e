package io.parallax.demo;

import io.parallax.domain.contracting.ContractingElement;
import io.parallax.domain.contracting.ElementRating;
import io.parallax.domain.practice.Client;
import io.parallax.domain.practice.ContractIntegrity;
import io.parallax.domain.practice.DramaRole;
import io.parallax.domain.practice.EngagementContract;
import io.parallax.domain.practice.PracticeSession;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What the demo school adds so that every part of a trainee's portal shows something real: evidence
 * lines, re-contracting minutes and the rescuer role in client sessions, an engagement contract per
 * client (the sponsored one three-cornered). Grades and the stage history come from {@link
 * DemoAssessmentHistory}.
 */
final class DemoTraineePortal {

  private static final Map<ContractingElement, String> EVIDENCE =
      Map.of(
          ContractingElement.FOCUS, "Client named the one conversation to prepare for today",
          ContractingElement.OUTCOME, "Agreed: leave with two opening sentences to try",
          ContractingElement.APPROACH, "Client asked to role-play rather than analyse",
          ContractingElement.PARTICIPATION, "Checked how the pace felt and adjusted together");

  private DemoTraineePortal() {}

  /** Evidence for the CLEAR elements, the minute of re-contracting, the rescuer above 50 %. */
  static void annotate(PracticeSession session, Random random) {
    var ratings = session.ratings();
    for (ContractingElement element : ContractingElement.values()) {
      if (ratings.rating(element) == ElementRating.CLEAR) {
        ratings = ratings.withEvidence(element, EVIDENCE.get(element));
      }
    }
    session.rate(ratings);
    if (session.recontractingCount() > 0) {
      session.recontracted(
          session.recontractingCount(),
          10 + random.nextInt(Math.max(1, session.minutes() - 15)),
          "Checked the outcome still fitted once the real issue surfaced");
    }
    if (session.isRescuing()) {
      session.noticeRole(DramaRole.RESCUER);
    }
  }

  /** One contract per client; the sponsored client's is three-cornered. */
  static void contracts(EntityManager em, double clear, List<Client> clients, LocalDate today) {
    ContractIntegrity integrity =
        clear < 0.4
            ? ContractIntegrity.QUESTIONABLE
            : clear < 0.7 ? ContractIntegrity.ADEQUATE : ContractIntegrity.SOUND;
    for (Client client : clients) {
      boolean sponsored = client.isSponsored();
      EngagementContract contract =
          new EngagementContract(
              client,
              today.minusDays(119),
              sponsored,
              sponsored ? "Northwind Logistics Ltd" : null,
              integrity);
      contract.describe(
          "Six sessions of 60 minutes, fortnightly, online; fee and cancellation agreed",
          sponsored
              ? "Develop delegation as a new team lead; goals agreed with the sponsor's HR"
              : "Find a next career step that fits the client's values",
          "Client hopes for direction; coach named that answers come from the client");
      em.persist(contract);
    }
  }
}
