package io.parallax.web.api;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Query and path parameters of type {@link LocalDate}, as ISO dates ({@code 2026-03-01}) in the
 * same plausible range as dates in bodies ({@link JsonInputPolicy}). A value that is not one is a
 * 400 naming the parameter, not Jersey's default 404 or a database overflow.
 */
@Provider
public class IsoDates implements ParamConverterProvider {

  @Override
  @SuppressWarnings("unchecked")
  public <T> ParamConverter<T> getConverter(
      Class<T> rawType, Type genericType, Annotation[] annotations) {
    if (rawType != LocalDate.class) {
      return null;
    }
    String name = nameOf(annotations);
    return (ParamConverter<T>) new IsoDate(name);
  }

  private static String nameOf(Annotation[] annotations) {
    for (Annotation annotation : annotations) {
      if (annotation instanceof QueryParam query) {
        return query.value();
      }
      if (annotation instanceof PathParam path) {
        return path.value();
      }
    }
    return "date";
  }

  /** One parameter's converter: parses or refuses, naming the parameter. */
  public record IsoDate(String parameter) implements ParamConverter<LocalDate> {

    @Override
    public LocalDate fromString(String value) {
      if (value == null || value.isBlank()) {
        return null;
      }
      LocalDate date;
      try {
        date = LocalDate.parse(value.strip());
      } catch (DateTimeParseException e) {
        throw new Page.InvalidParameter(
            parameter, parameter + " is a date like 2026-03-01 (this one: " + value + ").");
      }
      if (date.getYear() < JsonInputPolicy.FIRST_YEAR
          || date.getYear() > JsonInputPolicy.LAST_YEAR) {
        throw new Page.InvalidParameter(
            parameter,
            parameter
                + " is a date from "
                + JsonInputPolicy.FIRST_YEAR
                + "-01-01 to "
                + JsonInputPolicy.LAST_YEAR
                + "-12-31 (this one: "
                + value
                + ").");
      }
      return date;
    }

    @Override
    public String toString(LocalDate value) {
      return value == null ? null : value.toString();
    }
  }
}
