package io.parallax.web.api;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A request body the JSON binding could not read (not JSON, a wrong type, an unknown enum value):
 * the caller's to fix, so 400, never 500, naming the field when the binding says which. For an
 * unknown enum value the detail lists the values there are; otherwise it stays generic (the
 * binding's own message names internals).
 */
@Provider
public class UnreadableBodies implements ExceptionMapper<ProcessingException> {

  private static final Pattern NO_ENUM_CONSTANT =
      Pattern.compile("No enum constant ([\\w.$]+)\\.([^.\\s]+)");

  private static final Pattern PROPERTY = Pattern.compile("deserialize property '([^']+)'");

  @Override
  public Response toResponse(ProcessingException unreadable) {
    return Problem.response(Response.Status.BAD_REQUEST, detail(unreadable), field(unreadable));
  }

  /** The property the binding names in its message ("Unable to deserialize property 'x'"). */
  static String field(Throwable unreadable) {
    for (Throwable cause = unreadable; cause != null; cause = cause.getCause()) {
      Matcher property = cause.getMessage() == null ? null : PROPERTY.matcher(cause.getMessage());
      if (property != null && property.find()) {
        return property.group(1);
      }
    }
    return null;
  }

  static String detail(Throwable unreadable) {
    for (Throwable cause = unreadable; cause != null; cause = cause.getCause()) {
      Matcher enumValue =
          cause.getMessage() == null ? null : NO_ENUM_CONSTANT.matcher(cause.getMessage());
      if (enumValue != null && enumValue.find()) {
        return "'"
            + enumValue.group(2)
            + "' is not a value of "
            + simpleName(enumValue.group(1))
            + ": "
            + valuesOf(enumValue.group(1))
            + ".";
      }
    }
    String field = field(unreadable);
    if (field != null) {
      return "'"
          + field
          + "' has a value of the wrong type or form (ids are UUIDs, dates like 2026-03-01,"
          + " numbers without quotes): see the API description.";
    }
    return "The request body is not JSON of the expected shape: check the types of its fields.";
  }

  /** The values an enum has, or a pointer to the API description when the type is unknown. */
  static String valuesOf(String enumClass) {
    try {
      Class<?> type = Class.forName(enumClass, false, UnreadableBodies.class.getClassLoader());
      Object[] values = type.getEnumConstants();
      if (values != null) {
        return "use one of "
            + Arrays.stream(values).map(Object::toString).collect(Collectors.joining(", "));
      }
    } catch (ClassNotFoundException | LinkageError unknown) {
      // fall through to the generic pointer
    }
    return "see the API description for the values there are";
  }

  private static String simpleName(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }
}
