package io.parallax.domain.supervision;

/**
 * The seven modes of Hawkins &amp; Shohet's seven-eyed model of supervision: where the attention of
 * a supervision conversation goes. Modes 1 to 3 look at the client session as the coach reports it,
 * modes 4 to 6 at what the coach and the supervisor bring of themselves, mode 7 at the context
 * around both.
 */
public enum SevenEyedMode {
  /** Mode 1: the client, what they bring and how they present it. */
  CLIENT,
  /** Mode 2: the coach's interventions and strategies, and the alternatives. */
  INTERVENTIONS,
  /** Mode 3: the relationship between coach and client, including the contract between them. */
  RELATIONSHIP,
  /** Mode 4: the coach themselves: their reactions, feelings and development. */
  SUPERVISEE,
  /**
   * Mode 5: the supervisory relationship, where the coach–client dynamic can recur between coach
   * and supervisor (parallel process).
   */
  PARALLEL_PROCESS,
  /** Mode 6: the supervisor's own process: what they notice in themselves as they listen. */
  SUPERVISOR_SELF,
  /** Mode 7: the wider context: sponsor organisation, school, profession, culture. */
  WIDER_CONTEXT;

  /** The mode's number in the model, 1 to 7. */
  public int number() {
    return ordinal() + 1;
  }
}
