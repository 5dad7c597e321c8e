package io.parallax.web.audit;

import io.parallax.ejb.audit.AuditEntry;
import io.parallax.ejb.audit.AuditLog;
import io.parallax.ejb.privacy.DataExport;
import io.parallax.web.ServiceTable;
import io.parallax.web.privacy.MyDataResource;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * A member's own page of data rights: who read or changed their records (newest first, paged in the
 * database) and the download of everything Parallax holds about them.
 */
@Named
@ViewScoped
public class MyRecordsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB transient AuditLog audit;
  @EJB transient DataExport export;

  private final ServiceTable<AuditEntry> table =
      new ServiceTable<>(listing -> audit.mine(listing), AuditEntry::id);

  public ServiceTable<AuditEntry> getEntries() {
    return table;
  }

  public StreamedContent getMyData() {
    byte[] zip = export.mine();
    return DefaultStreamedContent.builder()
        .name(MyDataResource.FILE_NAME)
        .contentType(MyDataResource.MEDIA_TYPE)
        .contentLength((long) zip.length)
        .stream(() -> new ByteArrayInputStream(zip))
        .build();
  }
}
