package io.parallax.web.audit;

import io.parallax.domain.audit.PlatformAction;
import io.parallax.ejb.audit.PlatformAudit;
import io.parallax.ejb.audit.PlatformAuditEntry;
import io.parallax.web.ServiceTable;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** The platform admin's trail of actions across schools, filtered by school and action. */
@Named
@ViewScoped
public class PlatformAuditView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB transient PlatformAudit audit;

  private final ServiceTable<PlatformAuditEntry> table =
      new ServiceTable<>(listing -> audit.page(listing), PlatformAuditEntry::id);

  public ServiceTable<PlatformAuditEntry> getEntries() {
    return table;
  }

  public PlatformAction[] getActions() {
    return PlatformAction.values();
  }
}
