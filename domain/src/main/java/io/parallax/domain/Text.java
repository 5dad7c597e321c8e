package io.parallax.domain;

import static io.parallax.domain.DomainRuleViolation.require;

/** The rules for free text in a record: trimmed, within a length, present where required. */
public final class Text {

  /** Names of things (schools, programs, cohorts, people). */
  public static final int NAME_LENGTH = 120;

  private Text() {}

  /** A name: present, trimmed, at most {@link #NAME_LENGTH} characters. */
  public static String name(String value, String field, String whatIsMissing) {
    return required(value, NAME_LENGTH, field, whatIsMissing);
  }

  /**
   * The characters a person's name may not hold: those the identity provider (Keycloak's
   * person-name validator) refuses, so that a name is refused here at its field, with the reason,
   * instead of failing halfway through an invitation.
   */
  public static final String NOT_IN_PERSON_NAMES = "<>&\"$%!#?§;*~/\\|^=[]{}()";

  /** A person's name: as {@link #name}, without the characters of {@link #NOT_IN_PERSON_NAMES}. */
  public static String personName(String value, String field, String whatIsMissing) {
    String name = name(value, field, whatIsMissing);
    require(
        name.chars()
            .noneMatch(c -> NOT_IN_PERSON_NAMES.indexOf(c) >= 0 || Character.isISOControl(c)),
        field,
        "text.personName",
        NOT_IN_PERSON_NAMES);
    return name;
  }

  public static String required(String value, int maxLength, String field, String whatIsMissing) {
    require(value != null && !value.isBlank(), field, whatIsMissing);
    return withinLength(value.strip(), maxLength, field);
  }

  /** Trimmed text, or null when blank. */
  public static String optional(String value, int maxLength, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return withinLength(value.strip(), maxLength, field);
  }

  private static String withinLength(String trimmed, int maxLength, String field) {
    require(trimmed.length() <= maxLength, field, "text.length", maxLength, trimmed.length());
    return trimmed;
  }
}
