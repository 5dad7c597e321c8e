package io.parallax.web.analysis;

import io.parallax.domain.contracting.ContractingElement;
import io.parallax.ejb.NoSuchRecord;
import io.parallax.ejb.analysis.CohortReports;
import io.parallax.ejb.analysis.EvidenceSession;
import io.parallax.ejb.analysis.SessionKind;
import io.parallax.ejb.analysis.TraineeReport;
import io.parallax.web.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * A trainee's drill-down: their signal, figures and stage history, and the sessions behind every
 * number. Each number links to this page filtered to the sessions it counts ({@code only}: e.g.
 * {@code CLIENT-WEAK-FOCUS}, {@code SUPERVISION}, {@code EVIDENCE}).
 */
@Named
@ViewScoped
public class TraineeDrillDownView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB transient CohortReports reports;

  private String trainee;
  private String only;
  private TraineeReport report;

  public void load() {
    try {
      report = reports.trainee(UUID.fromString(trainee), null);
    } catch (NoSuchRecord | IllegalArgumentException | NullPointerException e) {
      report = null;
      FacesContext.getCurrentInstance()
          .addMessage(
              null,
              new FacesMessage(
                  FacesMessage.SEVERITY_WARN,
                  java.util.ResourceBundle.getBundle(
                          "io.parallax.web.reports",
                          FacesContext.getCurrentInstance().getViewRoot().getLocale())
                      .getString("trainee.none"),
                  null));
    }
  }

  /** The sessions the current filter keeps. */
  public List<EvidenceSession> getSessions() {
    return report.sessions().stream().filter(filter(only)).toList();
  }

  /** How many sessions a filter keeps: every number on the page is one of these. */
  public long count(String filter) {
    return report.sessions().stream().filter(filter(filter)).count();
  }

  /** Whether a session is evidence of the trainee's signal. */
  public boolean isEvidence(EvidenceSession session) {
    return report.signal().evidence().stream().anyMatch(e -> e.id().equals(session.id()));
  }

  private Predicate<EvidenceSession> filter(String filter) {
    if (filter == null || filter.isBlank()) {
      return s -> true;
    }
    if (filter.equals("EVIDENCE")) {
      return this::isEvidence;
    }
    String[] parts = filter.split("-");
    Predicate<EvidenceSession> kind;
    try {
      kind = s -> s.kind() == SessionKind.valueOf(parts[0]);
    } catch (IllegalArgumentException e) {
      return s -> true;
    }
    if (parts.length == 3 && parts[1].equals("WEAK")) {
      ContractingElement element = ContractingElement.valueOf(parts[2]);
      return kind.and(s -> s.weakElements().contains(element));
    }
    if (parts.length == 2 && parts[1].equals("OVER")) {
      return kind.and(EvidenceSession::overResponsibility);
    }
    return kind;
  }

  /** The filter in words, e.g. "Client sessions weak in Focus". */
  public String getOnlyText() {
    if (only == null || only.isBlank()) {
      return "";
    }
    if (only.equals("EVIDENCE")) {
      return Messages.text(Messages.REPORTS, "trainee.only.EVIDENCE");
    }
    String[] parts = only.split("-");
    String kind = Messages.textOr(Messages.REPORTS, "trainee.sessions.kind." + parts[0], parts[0]);
    if (parts.length == 3 && parts[1].equals("WEAK")) {
      return Messages.text(
          Messages.REPORTS,
          "trainee.only.weak",
          kind,
          Messages.textOr(Messages.REPORTS, "element." + parts[2], parts[2]));
    }
    if (parts.length == 2 && parts[1].equals("OVER")) {
      return Messages.text(Messages.REPORTS, "trainee.only.over", kind);
    }
    return Messages.text(Messages.REPORTS, "trainee.only.kind", kind);
  }

  public List<ContractingElement> getElements() {
    return List.of(ContractingElement.values());
  }

  public TraineeReport getReport() {
    return report;
  }

  public String getTrainee() {
    return trainee;
  }

  public void setTrainee(String trainee) {
    this.trainee = trainee;
  }

  public String getOnly() {
    return only;
  }

  public void setOnly(String only) {
    this.only = only;
  }
}
