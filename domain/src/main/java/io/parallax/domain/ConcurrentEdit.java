package io.parallax.domain;

import jakarta.ejb.ApplicationException;

/**
 * Someone else changed the record since the caller read it. Nothing of the caller's change is
 * stored (the transaction rolls back); the other person's change stays. The boundary turns this
 * into a conflict the person can act on: reload, then apply the change again.
 */
@ApplicationException(rollback = true)
public class ConcurrentEdit extends RuntimeException {

  private final String what;

  public ConcurrentEdit(String what) {
    super(
        "Someone else changed this "
            + what
            + " while you were editing it. Reload it to see their change, then apply yours again.");
    this.what = what;
  }

  /** What is missing or was changed, in English (e.g. {@code client session}). */
  public String what() {
    return what;
  }
}
