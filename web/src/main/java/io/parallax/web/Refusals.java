package io.parallax.web;

import io.parallax.ejb.NoSuchRecord;
import io.parallax.ejb.security.NotAMember;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;

/**
 * Turns a refusal met while rendering a page into a page that says why: not a member of a school
 * (or a suspended one) and a role the service refused go to {@code /forbidden.xhtml} with the
 * reason, a suspended school to {@code /suspended.xhtml}; a record that is not the caller's goes to
 * {@code /not-found.xhtml}; an expired page to {@code /expired.xhtml}; anything else met in an Ajax
 * request to the error page with a reference id (the container's error page serves the others).
 * Never a stack trace.
 */
public class Refusals extends ExceptionHandlerWrapper {

  public Refusals(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      Throwable cause = events.next().getContext().getException();
      String page = null;
      String reason = null;
      for (Throwable t = cause; t != null && page == null; t = t.getCause()) {
        if (t instanceof NotAMember refusal && refusal.isSchoolSuspended()) {
          page = "/suspended.xhtml";
        } else if (t instanceof NotAMember refusal) {
          page = "/forbidden.xhtml";
          reason = refusal.message(FacesContext.getCurrentInstance().getViewRoot().getLocale());
        } else if (t instanceof EJBAccessException) {
          page = "/forbidden.xhtml";
        } else if (t instanceof NoSuchRecord) {
          page = "/not-found.xhtml";
        } else if (t instanceof ViewExpiredException) {
          page = "/expired.xhtml";
        }
      }
      if (page == null
          && FacesContext.getCurrentInstance().getPartialViewContext().isAjaxRequest()) {
        // an Ajax request would fail silently: the error page, with the reference the log carries
        page = "/error.xhtml?reference=" + ErrorReference.log(cause, viewId());
      }
      if (page != null) {
        events.remove();
        redirect(page, reason);
      }
    }
    getWrapped().handle();
  }

  private static String viewId() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces.getViewRoot() == null ? "?" : faces.getViewRoot().getViewId();
  }

  private static void redirect(String page, String reason) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    if (reason != null) {
      external.getFlash().put("refusal", reason);
    }
    try {
      external.redirect(external.getRequestContextPath() + page);
      faces.responseComplete();
    } catch (IOException e) {
      throw new FacesException(e);
    }
  }

  /** Registered in faces-config.xml. */
  public static class Factory extends ExceptionHandlerFactory {
    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new Refusals(getWrapped().getExceptionHandler());
    }
  }
}
