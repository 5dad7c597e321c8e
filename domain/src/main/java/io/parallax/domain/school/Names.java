package io.parallax.domain.school;

import static io.parallax.domain.DomainRuleViolation.require;

/** The rule every display name in a school follows: present, trimmed, at most 120 characters. */
final class Names {

  static final int MAX_LENGTH = 120;

  private Names() {}

  static String required(String value, String field, String whatIsMissing) {
    require(value != null && !value.isBlank(), field, whatIsMissing + ".");
    String trimmed = value.strip();
    require(
        trimmed.length() <= MAX_LENGTH,
        field,
        "Keep it to " + MAX_LENGTH + " characters (this one has " + trimmed.length() + ").");
    return trimmed;
  }
}
