package io.parallax.domain.contracting;

/** How a session without a contract behaves. */
public enum DriftMarker {
  /** A deep dive into the story: the "he-saids and she-saids", ad infinitum. */
  STORYTELLING,
  /** The conversation takes a casual, social mode. */
  CASUAL_CONVERSATION,
  /** The conversation jumps haphazardly between unrelated topics. */
  TOPIC_HOPPING,
  /** The conversation goes round in circles. */
  CIRCLING
}
