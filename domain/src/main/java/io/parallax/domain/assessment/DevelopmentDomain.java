package io.parallax.domain.assessment;

/**
 * An area of a coach's practice in which their developmental stage is assessed. A coach can be at
 * level 2 in one domain and still at level 1 in another; contracting comes first, because it is
 * where coaches recently out of initial training meet the most challenges.
 */
public enum DevelopmentDomain {
  /** Agreeing focus, outcome, approach and participation, and re-contracting during a session. */
  CONTRACTING,
  /** Building and holding the coaching relationship: trust, presence, the partnership. */
  RELATIONSHIP,
  /** Choosing and using questions, techniques and frameworks for the client's aim. */
  INTERVENTIONS,
  /** Professional ethics: boundaries, confidentiality, conflicts of interest, referral. */
  ETHICS,
  /** Noticing one's own reactions, patterns and part in the dynamic, e.g. over-responsibility. */
  SELF_AWARENESS
}
