package io.parallax.ejb;

import jakarta.ejb.ApplicationException;

/**
 * The record does not exist for this caller: it is in another school, belongs to someone whose
 * records the caller may not see, or was never there. The three are deliberately alike, so that a
 * refusal tells nothing about other people's records.
 */
@ApplicationException(rollback = true)
public class NoSuchRecord extends RuntimeException {

  private final String what;

  public NoSuchRecord(String what) {
    super("There is no such " + what + " for you.");
    this.what = what;
  }

  /** What is missing or was changed, in English (e.g. {@code client session}). */
  public String what() {
    return what;
  }
}
