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
      id = UUID.randomUUID().toString().substring(0, 8);
      Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
      Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
      LOG.log(
          Level.SEVERE,
          "Error page shown, reference " + id + " for " + path,
          failure instanceof Throwable t ? t : null);
    }
    return id;
  }
}
