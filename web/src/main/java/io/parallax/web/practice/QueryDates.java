package io.parallax.web.practice;

import io.parallax.web.api.Page;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Date query parameters ({@code from}, {@code to}): ISO dates, or absent for an open end. */
final class QueryDates {

  private QueryDates() {}

  static LocalDate parse(String value, String parameter) {
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
