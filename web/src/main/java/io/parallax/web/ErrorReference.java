package io.parallax.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The reference id the error page shows for something unexpected: the log carries the same id with
 * the details (exception and path), the person sees only the id to quote to support.
 */
@Named
@RequestScoped
public class ErrorReference {

  private static final Logger LOG = Logger.getLogger(ErrorReference.class.getName());

  @Inject HttpServletRequest request;

  private String id;

  public String getId() {
    if (id == null) {
      String logged = request.getParameter("reference");
      if (logged != null && logged.matches("[0-9a-f]{8}")) {
        id = logged;
      } else {
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        id = log(failure instanceof Throwable t ? t : null, String.valueOf(path));
      }
    }
    return id;
  }

  /** Logs a failure with a new reference id, and answers the id. */
  public static String log(Throwable failure, String where) {
    String id = UUID.randomUUID().toString().substring(0, 8);
    LOG.log(Level.SEVERE, "Error page shown, reference " + id + " for " + where, failure);
    return id;
  }
}
