package io.parallax.domain.school;

/** A deactivated member's records stay readable, but nothing new is recorded for them. */
public enum PersonStatus {
  ACTIVE,
  DEACTIVATED
}
