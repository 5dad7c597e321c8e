package io.parallax.ejb.supervision;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One of a supervisee's cases a supervisor can discuss or cite: a client ({@code heldOn} null,
 * {@code minutes}, {@code score} null) or a client session (its date, length and contracting
 * score). Never the trainee's confidential reflection.
 */
public record SuperviseeCase(
    UUID id, Kind kind, String clientCode, LocalDate heldOn, Integer minutes, Double score)
    implements Serializable {

  /** A client, or one session with a client. */
  public enum Kind {
    CLIENT,
    SESSION
  }
}
