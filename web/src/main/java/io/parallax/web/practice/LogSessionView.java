package io.parallax.web.practice;

import io.parallax.domain.contracting.ContractingElement;
import io.parallax.domain.contracting.DriftMarker;
import io.parallax.domain.contracting.ElementRating;
import io.parallax.domain.practice.DramaRole;
import io.parallax.domain.practice.PaymentBasis;
import io.parallax.ejb.practice.ClientView;
import io.parallax.ejb.practice.PracticeSessionView;
import io.parallax.ejb.practice.PracticeSessions;
import io.parallax.ejb.practice.SessionEntry;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Logging (or editing) one client session in under a minute: the client (picked, or added inline
 * under a pseudonymous code), date and length, paid or pro bono, the four contracting elements
 * rated with a line of evidence each, drift markers, re-contracting moments, the coach's share of
 * responsibility, the drama-triangle role noticed and the confidential reflection. {@code ?id=}
 * opens one of the trainee's sessions for editing at the version read.
 */
@Named
@ViewScoped
public class LogSessionView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "log";

  @EJB PracticeSessions sessions;
  @Inject SchoolDay schoolDay;

  private UUID sessionId;
  private long version;
  private List<ClientView> clients = List.of();
  private String clientId;
  private String newClientCode;
  private PaymentBasis newClientBasis = PaymentBasis.PAID;
  private LocalDate heldOn = LocalDate.now();
  private Integer minutes = 60;
  private PaymentBasis paymentBasis;
  private List<ElementInput> elements = emptyElements();
  private DriftMarker[] driftMarkers = {};
  private Integer recontractingCount = 0;
  private Integer recontractingMinute;
  private String recontractingNote;
  private Integer responsibilityShare = 50;
  private DramaRole dramaRole;
  private String reflection;
  private Integer groupSize = 1;

  @PostConstruct
  void load() {
    heldOn = schoolDay.today();
    clients = sessions.clients();
    if (clients.size() == 1) {
      clientId = clients.get(0).id().toString();
    }
    String id =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
    if (id != null && !id.isBlank()) {
      open(id);
    }
  }

  /** Opens the session {@code ?id=} names, one of the caller's, for editing. */
  private void open(String id) {
    UUID wanted;
    try {
      wanted = UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      Messages.error(Messages.text(Messages.TRAINEE, "log.missing"));
      return;
    }
    PracticeSessionView session = Messages.obtain(FORM + ":", () -> sessions.read(wanted));
    if (session != null) {
      fill(session);
    }
  }

  private void fill(PracticeSessionView s) {
    sessionId = s.id();
    version = s.version();
    clientId = s.clientId().toString();
    heldOn = s.heldOn();
    minutes = s.minutes();
    paymentBasis = s.paymentBasis();
    elements = new ArrayList<>();
    for (ContractingElement element : ContractingElement.values()) {
      elements.add(new ElementInput(element, s.ratings().get(element), s.evidence().get(element)));
    }
    driftMarkers = s.driftMarkers().toArray(DriftMarker[]::new);
    recontractingCount = s.recontractingCount();
    recontractingMinute = s.recontractingMinute();
    recontractingNote = s.recontractingNote();
    responsibilityShare = s.responsibilityShare();
    dramaRole = s.dramaRole();
    reflection = s.reflection();
    groupSize = s.groupSize();
  }

  /** Adds a client under the code typed and picks it. */
  public void addClient() {
    UUID added =
        Messages.obtain(FORM + ":", () -> sessions.addClient(newClientCode, newClientBasis, false));
    if (added != null) {
      clients = sessions.clients();
      clientId = added.toString();
      Messages.done(Messages.TRAINEE, "log.client.added", newClientCode.strip());
      newClientCode = null;
    }
  }

  public String save() {
    PracticeSessionView saved = store();
    return saved == null ? null : "/trainee/sessions.xhtml?faces-redirect=true";
  }

  /** Saves, then starts an empty form for the next session with the same client and date. */
  public void saveAndNew() {
    if (store() != null) {
      Messages.done(Messages.TRAINEE, "log.saved");
      sessionId = null;
      elements = emptyElements();
      driftMarkers = new DriftMarker[0];
      recontractingCount = 0;
      recontractingMinute = null;
      recontractingNote = null;
      dramaRole = null;
      reflection = null;
    }
  }

  private PracticeSessionView store() {
    SessionEntry entry = entry();
    PracticeSessionView saved =
        Messages.obtain(
            FORM + ":",
            () ->
                sessionId == null
                    ? sessions.log(entry)
                    : sessions.revise(sessionId, version, entry));
    if (saved != null) {
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      Messages.done(Messages.TRAINEE, "log.saved");
      version = saved.version();
    }
    return saved;
  }

  private static List<ElementInput> emptyElements() {
    List<ElementInput> inputs = new ArrayList<>();
    for (ContractingElement element : ContractingElement.values()) {
      inputs.add(new ElementInput(element, null, null));
    }
    return inputs;
  }

  private SessionEntry entry() {
    Map<ContractingElement, ElementRating> ratings = new EnumMap<>(ContractingElement.class);
    Map<ContractingElement, String> evidence = new EnumMap<>(ContractingElement.class);
    for (ElementInput input : elements) {
      ratings.put(input.getElement(), input.getRating());
      evidence.put(input.getElement(), input.getEvidence());
    }
    Set<DriftMarker> drift = EnumSet.noneOf(DriftMarker.class);
    drift.addAll(Arrays.asList(driftMarkers));
    return new SessionEntry(
        uuid(clientId),
        heldOn,
        minutes == null ? 0 : minutes,
        paymentBasis,
        ratings,
        evidence,
        drift,
        recontractingCount == null ? 0 : recontractingCount,
        recontractingMinute,
        recontractingNote,
        responsibilityShare == null ? -1 : responsibilityShare,
        dramaRole,
        reflection,
        groupSize == null ? 0 : groupSize);
  }

  private static UUID uuid(String value) {
    try {
      return value == null || value.isBlank() ? null : UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The latest date a session can have been held on: today in the school's time zone. */
  public LocalDate getToday() {
    return schoolDay.today();
  }

  public boolean isEditing() {
    return sessionId != null;
  }

  public boolean isRescuing() {
    return responsibilityShare != null && responsibilityShare > 50;
  }

  public List<ElementInput> getElements() {
    return elements;
  }

  public ElementRating[] getRatingValues() {
    return ElementRating.values();
  }

  public DriftMarker[] getDriftValues() {
    return DriftMarker.values();
  }

  public DramaRole[] getDramaRoles() {
    return DramaRole.values();
  }

  public PaymentBasis[] getPaymentBases() {
    return PaymentBasis.values();
  }

  public List<ClientView> getClients() {
    return clients;
  }

  public String getClientId() {
    return clientId;
  }

  public void setClientId(String clientId) {
    this.clientId = clientId;
  }

  public String getNewClientCode() {
    return newClientCode;
  }

  public void setNewClientCode(String newClientCode) {
    this.newClientCode = newClientCode;
  }

  public PaymentBasis getNewClientBasis() {
    return newClientBasis;
  }

  public void setNewClientBasis(PaymentBasis newClientBasis) {
    this.newClientBasis = newClientBasis;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public void setHeldOn(LocalDate heldOn) {
    this.heldOn = heldOn;
  }

  public Integer getMinutes() {
    return minutes;
  }

  public void setMinutes(Integer minutes) {
    this.minutes = minutes;
  }

  public PaymentBasis getPaymentBasis() {
    return paymentBasis;
  }

  public void setPaymentBasis(PaymentBasis paymentBasis) {
    this.paymentBasis = paymentBasis;
  }

  public DriftMarker[] getDriftMarkers() {
    return driftMarkers.clone();
  }

  public void setDriftMarkers(DriftMarker[] driftMarkers) {
    this.driftMarkers = driftMarkers == null ? new DriftMarker[0] : driftMarkers.clone();
  }

  public Integer getRecontractingCount() {
    return recontractingCount;
  }

  public void setRecontractingCount(Integer recontractingCount) {
    this.recontractingCount = recontractingCount;
  }

  public Integer getRecontractingMinute() {
    return recontractingMinute;
  }

  public void setRecontractingMinute(Integer recontractingMinute) {
    this.recontractingMinute = recontractingMinute;
  }

  public String getRecontractingNote() {
    return recontractingNote;
  }

  public void setRecontractingNote(String recontractingNote) {
    this.recontractingNote = recontractingNote;
  }

  public Integer getResponsibilityShare() {
    return responsibilityShare;
  }

  public void setResponsibilityShare(Integer responsibilityShare) {
    this.responsibilityShare = responsibilityShare;
  }

  public DramaRole getDramaRole() {
    return dramaRole;
  }

  public void setDramaRole(DramaRole dramaRole) {
    this.dramaRole = dramaRole;
  }

  public String getReflection() {
    return reflection;
  }

  public void setReflection(String reflection) {
    this.reflection = reflection;
  }

  public Integer getGroupSize() {
    return groupSize;
  }

  public void setGroupSize(Integer groupSize) {
    this.groupSize = groupSize;
  }
}
