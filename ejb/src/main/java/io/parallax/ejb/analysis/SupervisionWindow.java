package io.parallax.ejb.analysis;

import java.util.UUID;

/**
 * The trainee's client sessions in the days before and the days after one supervision session, and
 * whether the supervisor modelled contracting in it.
 */
public record SupervisionWindow(
    UUID supervision,
    UUID trainee,
    boolean modelled,
    ContractingTally before,
    ContractingTally after) {

  /** The change in mean client-session score across the supervision; null without both sides. */
  public Double change() {
    Double was = before.meanScore();
    Double is = after.meanScore();
    return was == null || is == null ? null : is - was;
  }
}
