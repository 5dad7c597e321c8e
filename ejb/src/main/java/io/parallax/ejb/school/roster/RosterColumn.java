package io.parallax.ejb.school.roster;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A column of a member import file. A header names its column in English or German, in any case and
 * with or without spaces, hyphens or underscores ({@link #named(String)}); the template file uses
 * the first English or German name.
 */
public enum RosterColumn {
  EMAIL(true, List.of("email", "e-mail address", "mail"), List.of("E-Mail", "E-Mail-Adresse")),
  FIRST_NAME(true, List.of("first name", "given name", "firstname"), List.of("Vorname")),
  LAST_NAME(
      true, List.of("last name", "surname", "family name"), List.of("Nachname", "Familienname")),
  ROLES(true, List.of("roles", "role"), List.of("Rollen", "Rolle")),
  COHORT(false, List.of("cohort"), List.of("Kohorte", "Jahrgang")),
  SUPERVISOR(
      false,
      List.of("supervisor", "supervisor email", "supervisor e-mail"),
      List.of("Supervisor", "Supervisorin", "Supervisor E-Mail", "Supervisor:in")),
  INITIAL_TRAINING_ENDED_ON(
      false,
      List.of(
          "initial training ended on",
          "initial training end",
          "initial training end date",
          "initial training ended"),
      List.of("Ende der Grundausbildung", "Grundausbildung beendet am", "Ausbildungsende"));

  private final boolean required;
  private final List<String> english;
  private final List<String> german;

  RosterColumn(boolean required, List<String> english, List<String> german) {
    this.required = required;
    this.english = english;
    this.german = german;
  }

  /** Whether every file needs this column (and every row a value in it). */
  public boolean required() {
    return required;
  }

  /** The header the template writes in {@code language} ("de" or anything else: English). */
  public String header(String language) {
    return "de".equals(language) ? german.get(0) : english.get(0);
  }

  /** The column a header names, if it names one. */
  public static Optional<RosterColumn> named(String header) {
    String wanted = key(header);
    return Arrays.stream(values())
        .filter(
            c ->
                c.english.stream().anyMatch(h -> key(h).equals(wanted))
                    || c.german.stream().anyMatch(h -> key(h).equals(wanted)))
        .findFirst();
  }

  /** A header reduced to its letters and digits, lower case, umlauts and accents kept as base. */
  static String key(String header) {
    if (header == null) {
      return "";
    }
    return Normalizer.normalize(header, Normalizer.Form.NFKD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]", "");
  }
}
