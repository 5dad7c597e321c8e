package io.parallax.web.practice;

import io.parallax.ejb.practice.PracticeSessionView;
import io.parallax.ejb.practice.PracticeSessions;
import io.parallax.web.Messages;
import io.parallax.web.ServiceTable;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;
import org.primefaces.model.LazyDataModel;

/**
 * The trainee's own client sessions in a period, latest first, a page at a time from the database.
 * A deletion can be undone until the page is left.
 */
@Named
@ViewScoped
public class SessionsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB PracticeSessions sessions;

  private LocalDate from;
  private LocalDate to;
  private UUID lastDeleted;
  private final LazyDataModel<PracticeSessionView> model =
      ServiceTable.withRefusalsAt(
          "sessions:",
          listing -> sessions.mine(from, to, listing.first(), Math.max(1, listing.size())),
          PracticeSessionView::id);

  /** Deletes a session softly; the page offers to undo it. */
  public void delete(PracticeSessionView session) {
    if (Messages.attempt("sessions:", () -> sessions.delete(session.id(), session.version()))) {
      lastDeleted = session.id();
      Messages.done(Messages.TRAINEE, "sessions.deleted");
    }
  }

  public void undo() {
    if (lastDeleted != null
        && Messages.obtain("sessions:", () -> sessions.restore(lastDeleted)) != null) {
      lastDeleted = null;
      Messages.done(Messages.TRAINEE, "sessions.restored");
    }
  }

  public boolean isUndoable() {
    return lastDeleted != null;
  }

  public LazyDataModel<PracticeSessionView> getModel() {
    return model;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
