package io.parallax.web.supervision;

import io.parallax.ejb.supervision.SupervisionHours;
import io.parallax.ejb.supervision.SupervisionSessionView;
import io.parallax.ejb.supervision.SupervisionSessions;
import io.parallax.web.Messages;
import io.parallax.web.ServiceTable;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/**
 * A trainee's own supervision sessions, alone or in a group, in a period (the whole history until
 * they pick days), with their supervision hours in all and per month. Never the supervisor's
 * confidential notes: the service does not hand them to a trainee.
 */
@Named
@ViewScoped
public class MySupervisionView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB SupervisionSessions sessions;

  private LocalDate from;
  private LocalDate to;
  private LocalDate shownFrom;
  private LocalDate shownTo;
  private SupervisionHours hours = new SupervisionHours(List.of());
  private final LazyDataModel<SupervisionSessionView> model =
      ServiceTable.withRefusalsAt(
          "supervision:",
          listing ->
              sessions.mine(shownFrom, shownTo, listing.first(), Math.max(1, listing.size())),
          SupervisionSessionView::id);

  @PostConstruct
  void load() {
    filter();
  }

  /** Lists the period picked; a first day after the last is refused at its field. */
  public void filter() {
    SupervisionHours found = Messages.obtain("supervision:", () -> sessions.myHours(from, to));
    if (found != null) {
      hours = found;
      shownFrom = from;
      shownTo = to;
    }
  }

  public SupervisionHours getHours() {
    return hours;
  }

  /** A month as the reader says it, e.g. "March 2026". */
  public String month(YearMonth month) {
    return month.format(DateTimeFormatter.ofPattern("LLLL yyyy", Messages.locale()));
  }

  public LazyDataModel<SupervisionSessionView> getModel() {
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
