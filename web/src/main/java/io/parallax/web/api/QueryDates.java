package io.parallax.web.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Date query parameters ({@code from}, {@code to}, {@code asOf}): ISO dates, or absent. */
public final class QueryDates {

  private QueryDates() {}

  public static LocalDate parse(String value, String parameter) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new Page.InvalidParameter(
          parameter, parameter + " is an ISO date, e.g. 2026-01-31 (this one is not).");
    }
  }
}
