package io.parallax.ejb.analysis;

import java.util.UUID;

/**
 * What the database counted of one trainee's sessions in the signal window: the client and the
 * supervision sessions' tallies, the client sessions where the coach was rescuing (more than 50 %
 * of the responsibility, or RESCUER noticed), the supervision sessions that named
 * OVER_RESPONSIBILITY, and those where the supervisor recorded a parallel process.
 */
public record TraineeEvidence(
    UUID trainee,
    ContractingTally client,
    ContractingTally supervision,
    long rescuingClientSessions,
    long overResponsibilityNamed,
    long observations) {

  /** A trainee with no session in the window. */
  public static TraineeEvidence none(UUID trainee) {
    return new TraineeEvidence(trainee, ContractingTally.EMPTY, ContractingTally.EMPTY, 0, 0, 0);
  }
}
