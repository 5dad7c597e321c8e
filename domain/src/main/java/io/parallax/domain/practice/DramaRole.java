package io.parallax.domain.practice;

/**
 * A role of Karpman's drama triangle the coach noticed in a session. The typical one in contracting
 * trouble: the coach takes more than half of the responsibility and becomes the rescuer of a victim
 * client.
 */
public enum DramaRole {
  RESCUER,
  VICTIM,
  PERSECUTOR
}
