package io.parallax.web.reports;

import io.parallax.web.api.Page;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Query parameters that hold a day ({@code 2026-01-31}); a bad one is a 400 naming it. */
final class Dates {

  private Dates() {}

  static LocalDate parse(String value, String parameter) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new Page.InvalidParameter(
          parameter, parameter + " is a day written as YYYY-MM-DD (not '" + value + "').");
    }
  }
}
