package io.parallax.domain.practice;

/**
 * The coach's own judgement of the integrity of an engagement contract, in a qualitative, ethical
 * and professional sense. Where contracting shows up as a core issue in supervision, this is the
 * first thing to check on the coach's contract with their own client.
 */
public enum ContractIntegrity {
  /** Clear on every level, agreed by all parties, and kept. */
  SOUND,
  /** Good enough to work with; some level is thin or implicit. */
  ADEQUATE,
  /** Gaps or ambiguities that could cause trouble: worth taking to supervision. */
  QUESTIONABLE,
  /** Not kept, or never really agreed: the work runs without a contract. */
  BROKEN
}
