package io.parallax.domain.school;

/** Whether a school's members may use Parallax. */
public enum SchoolStatus {
  ACTIVE,
  SUSPENDED
}
