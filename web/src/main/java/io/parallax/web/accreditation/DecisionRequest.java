package io.parallax.web.accreditation;

/**
 * A supervisor's decision on a submitted period: the comment, required when returning it (what to
 * correct), optional when approving it.
 */
public class DecisionRequest {

  public String comment;
}
