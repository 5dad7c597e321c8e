package io.parallax.web.api;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request body the JSON binding could not read (not JSON, a wrong type, an unknown enum value):
 * the caller's to fix, so 400, never 500. For an unknown enum value the detail lists the values
 * there are; otherwise it stays generic (the binding's own message names internals).
 */
@Provider
public class UnreadableBodies implements ExceptionMapper<ProcessingException> {

  private static final Pattern NO_ENUM_CONSTANT =
      Pattern.compile("No enum constant ([\\w.$]+)\\.([^.\\s]+)");

  @Override
  public Response toResponse(ProcessingException unreadable) {
    return Problem.response(Response.Status.BAD_REQUEST, detail(unreadable), null);
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
            + ": see the API description for the values there are.";
      }
    }
    return "The request body is not JSON of the expected shape: check the types of its fields.";
  }

  private static String simpleName(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }
}
