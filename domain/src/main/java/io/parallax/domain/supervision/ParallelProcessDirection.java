package io.parallax.domain.supervision;

/** Which way a dynamic travelled between the coach–client pair and the supervision pair. */
public enum ParallelProcessDirection {
  /**
   * A client dynamic enacted in supervision: the coach does to the supervisor what the client did.
   */
  UPWARD,
  /**
   * A supervision dynamic carried to the client: the coach does to the client what happened here.
   */
  DOWNWARD
}
