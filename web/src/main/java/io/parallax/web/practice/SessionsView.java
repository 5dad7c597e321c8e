package io.parallax.web.practice;

import io.parallax.ejb.listing.Slice;
import io.parallax.ejb.practice.PracticeSessionView;
import io.parallax.ejb.practice.PracticeSessions;
import io.parallax.web.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

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
  private final LazyDataModel<PracticeSessionView> model = new Model();

  /** Deletes a session softly; the page offers to undo it. */
  public void delete(PracticeSessionView session) {
    Object done =
        Messages.obtain(
            "sessions:",
            () -> {
              sessions.delete(session.id(), session.version());
              return session.id();
            });
    if (done != null) {
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

  private final class Model extends LazyDataModel<PracticeSessionView> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      Slice<PracticeSessionView> none =
          Messages.obtain("sessions:", () -> sessions.mine(from, to, 0, 1));
      return none == null ? 0 : (int) none.total();
    }

    @Override
    public List<PracticeSessionView> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      Slice<PracticeSessionView> page =
          Messages.obtain("sessions:", () -> sessions.mine(from, to, first, pageSize));
      if (page == null) {
        return List.of();
      }
      setRowCount((int) page.total());
      return page.items();
    }

    @Override
    public String getRowKey(PracticeSessionView session) {
      return session.id().toString();
    }
  }
}
