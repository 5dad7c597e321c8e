package io.parallax.web.audit;

import io.parallax.domain.audit.AuditAction;
import io.parallax.ejb.audit.AuditEntry;
import io.parallax.ejb.audit.AuditLog;
import io.parallax.ejb.audit.RecordKind;
import io.parallax.ejb.listing.Listing;
import io.parallax.ejb.listing.Slice;
import io.parallax.ejb.school.MemberSummary;
import io.parallax.ejb.school.Members;
import io.parallax.web.Messages;
import io.parallax.web.ServiceTable;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The school admin's audit page: who read or changed which confidential record and when, filtered
 * by member, kind of record, record id, action and period, paged in the database, and downloadable
 * as CSV with the same filters.
 */
@Named
@ViewScoped
public class AuditView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB transient AuditLog audit;
  @EJB transient Members members;

  private String person;
  private RecordKind kind;
  private String record;
  private AuditAction action;
  private LocalDate from;
  private LocalDate to;
  private Map<String, String> applied = Map.of();
  private List<MemberSummary> people;

  private final ServiceTable<AuditEntry> table =
      new ServiceTable<>(listing -> audit.page(withFilters(listing)), AuditEntry::id);

  /** Applies the filters; a bad one is shown at its field and the list stays as it was. */
  public void filter() {
    Map<String, String> filters = filters();
    if (Messages.attempt(
        "audit-", () -> audit.page(new Listing(0, 0, null, false, filters)).total())) {
      applied = filters;
    }
  }

  public void clear() {
    person = record = null;
    kind = null;
    action = null;
    from = to = null;
    applied = Map.of();
  }

  public StreamedContent getCsv() {
    AuditWords words = AuditWords.in(Messages.locale());
    StringBuilder csv = new StringBuilder(AuditCsv.heading(words));
    int first = 0;
    Slice<AuditEntry> slice;
    do {
      slice = audit.page(new Listing(first, Listing.MAX_SIZE, null, false, applied));
      slice.items().forEach(e -> csv.append(AuditCsv.row(e, words, ZoneOffset.UTC)));
      first += slice.items().size();
    } while (!slice.items().isEmpty() && first < slice.total() && first < AuditResource.CSV_LIMIT);
    byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
    return DefaultStreamedContent.builder()
        .name("audit.csv")
        .contentType(AuditCsv.MEDIA_TYPE)
        .contentLength((long) bytes.length)
        .stream(() -> new ByteArrayInputStream(bytes))
        .build();
  }

  private Listing withFilters(Listing listing) {
    return new Listing(listing.first(), listing.size(), null, false, applied);
  }

  private Map<String, String> filters() {
    Map<String, String> filters = new LinkedHashMap<>();
    filters.put("person", person);
    filters.put("kind", kind == null ? null : kind.name());
    filters.put("record", record);
    filters.put("action", action == null ? null : action.name());
    filters.put("from", from == null ? null : from.toString());
    filters.put("to", to == null ? null : to.toString());
    filters.values().removeIf(v -> v == null || v.isBlank());
    return Map.copyOf(filters);
  }

  public ServiceTable<AuditEntry> getEntries() {
    return table;
  }

  public List<MemberSummary> getPeople() {
    if (people == null) {
      people = members.list();
    }
    return people;
  }

  public RecordKind[] getKinds() {
    return RecordKind.values();
  }

  public AuditAction[] getActions() {
    return AuditAction.values();
  }

  public String getPerson() {
    return person;
  }

  public void setPerson(String person) {
    this.person = person;
  }

  public RecordKind getKind() {
    return kind;
  }

  public void setKind(RecordKind kind) {
    this.kind = kind;
  }

  public String getRecord() {
    return record;
  }

  public void setRecord(String record) {
    this.record = record;
  }

  public AuditAction getAction() {
    return action;
  }

  public void setAction(AuditAction action) {
    this.action = action;
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
