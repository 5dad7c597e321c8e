package io.parallax.domain.supervision;

/** Whether a supervisee was supervised alone or among peers. */
public enum SupervisionFormat {
  /** One supervisor, one supervisee. */
  INDIVIDUAL,
  /** A supervisor with several supervisees, each bringing cases; recorded per supervisee. */
  GROUP
}
