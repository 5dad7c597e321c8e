package io.parallax.domain.practice;

import io.parallax.domain.Examples;
import io.parallax.domain.contracting.ContractingRatings;
import io.parallax.domain.contracting.ElementRating;
import io.parallax.domain.school.Person;
import java.time.LocalDate;

/** Small builders of valid practice records for tests: each call makes a fresh one. */
public final class PracticeExamples {

  private PracticeExamples() {}

  /** A paying, unsponsored client of {@code trainee}, coded {@code AB-07}. */
  public static Client client(Person trainee) {
    return client(trainee, "AB-07");
  }

  public static Client client(Person trainee, String code) {
    return new Client(trainee, code, PaymentBasis.PAID, false);
  }

  /** A two-party contract agreed on {@link Examples#JAN_12}, rated sound. */
  public static EngagementContract contract(Client client) {
    return new EngagementContract(client, Examples.JAN_12, false, null, ContractIntegrity.SOUND);
  }

  /** A clearly contracted 60-minute session with an even share of responsibility. */
  public static PracticeSession session(Person trainee, Client client, LocalDate heldOn) {
    return new PracticeSession(
        trainee, client, heldOn, 60, ContractingRatings.all(ElementRating.CLEAR), 50);
  }

  /** A session on {@link Examples#JAN_12}. */
  public static PracticeSession session(Person trainee, Client client) {
    return session(trainee, client, Examples.JAN_12);
  }
}
