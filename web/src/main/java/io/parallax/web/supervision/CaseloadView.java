package io.parallax.web.supervision;

import io.parallax.ejb.supervision.Caseload;
import io.parallax.ejb.supervision.CaseloadEntry;
import io.parallax.web.Messages;
import io.parallax.web.SchoolDay;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.ResourceBundle;

/**
 * The supervisor's caseload on a date (today unless picked), each supervisee with their
 * parallel-process signal as a badge that opens their trainee report.
 */
@Named
@ViewScoped
public class CaseloadView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB Caseload caseload;
  @Inject SchoolDay schoolDay;

  private LocalDate on;
  private List<CaseloadEntry> entries = List.of();

  @PostConstruct
  void start() {
    on = schoolDay.today();
    load();
  }

  void load() {
    List<CaseloadEntry> found = Messages.obtain("caseload:", () -> caseload.on(on));
    entries = found == null ? List.of() : found;
  }

  public void refresh() {
    load();
  }

  public String cohorts(CaseloadEntry entry) {
    return String.join(", ", entry.cohorts());
  }

  public String signalKey(CaseloadEntry entry) {
    return SignalBadge.key(entry.parallelProcessSignal());
  }

  public String signalSeverity(CaseloadEntry entry) {
    return SignalBadge.severity(entry.parallelProcessSignal());
  }

  public String signalIcon(CaseloadEntry entry) {
    return SignalBadge.icon(entry.parallelProcessSignal());
  }

  /** The signal in words, with its reasons: the badge's accessible text and tooltip. */
  public String signalText(CaseloadEntry entry) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle texts =
        ResourceBundle.getBundle(
            "io.parallax.web." + Messages.SUPERVISOR, faces.getViewRoot().getLocale());
    return SignalBadge.describe(entry.parallelProcessSignal(), texts);
  }

  /**
   * Whether the trainee report opens for this supervisee: it shows the supervisor's current
   * supervisees only, so not those of a caseload on a date whose assignment is over or not begun.
   */
  public boolean reportable(CaseloadEntry entry) {
    LocalDate today = schoolDay.today();
    return !entry.assignedFrom().isAfter(today)
        && (entry.assignedUntil() == null || !entry.assignedUntil().isBefore(today));
  }

  public LocalDate getOn() {
    return on;
  }

  public void setOn(LocalDate on) {
    this.on = on;
  }

  public List<CaseloadEntry> getEntries() {
    return entries;
  }
}
