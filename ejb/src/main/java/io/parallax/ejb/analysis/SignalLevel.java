package io.parallax.ejb.analysis;

/** How strongly a trainee's history suggests a parallel process of weak contracting. */
public enum SignalLevel {
  NONE,
  POSSIBLE,
  LIKELY
}
