package io.parallax.domain.contracting;

/** How clearly one contracting element was addressed in a session. */
public enum ElementRating {
  ABSENT(0.0),
  PARTIAL(0.5),
  CLEAR(1.0);

  private final double value;

  ElementRating(double value) {
    this.value = value;
  }

  /** The rating's value in the session contracting score (0, 0.5 or 1). */
  public double value() {
    return value;
  }

  /** ABSENT and PARTIAL are weak: they count toward a parallel-process signal. */
  public boolean isWeak() {
    return this != CLEAR;
  }
}
