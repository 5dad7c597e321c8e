package io.parallax.web.supervisor;

import io.parallax.domain.DomainRuleViolation;
import io.parallax.ejb.supervision.Caseload;
import io.parallax.ejb.supervision.CaseloadEntry;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The supervisor's caseload on a date (today unless picked). */
@Named
@ViewScoped
public class CaseloadView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB Caseload caseload;

  private LocalDate on = LocalDate.now();
  private List<CaseloadEntry> entries = List.of();

  @PostConstruct
  void load() {
    try {
      entries = caseload.on(on);
    } catch (DomainRuleViolation refused) {
      FormMessages.refused("caseload", refused);
    }
  }

  public void refresh() {
    load();
  }

  public String cohorts(CaseloadEntry entry) {
    return String.join(", ", entry.cohorts());
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
