package io.parallax.web.practice;

import io.parallax.domain.practice.ContractIntegrity;
import io.parallax.domain.practice.PaymentBasis;
import io.parallax.ejb.practice.ClientView;
import io.parallax.ejb.practice.EngagementContractView;
import io.parallax.ejb.practice.EngagementContracts;
import io.parallax.ejb.practice.PracticeSessions;
import io.parallax.web.Messages;
import io.parallax.web.SchoolDay;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The trainee's clients (pseudonymous codes) and, for the client picked, the engagement contracts
 * agreed with them: add and edit both, remove what was recorded by mistake.
 */
@Named
@ViewScoped
public class ClientsView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "clients";

  @EJB PracticeSessions sessions;
  @EJB EngagementContracts contracts;
  @Inject SchoolDay schoolDay;

  private List<ClientView> clients = List.of();
  private ClientView editing;
  private String code;
  private PaymentBasis paymentBasis = PaymentBasis.PAID;
  private boolean sponsored;

  private ClientView picked;
  private List<EngagementContractView> pickedContracts = List.of();
  private final ContractForm contract = new ContractForm();

  @PostConstruct
  void load() {
    clients = sessions.clients();
    contract.clear(schoolDay.today());
  }

  public void edit(ClientView client) {
    editing = client;
    code = client.code();
    paymentBasis = client.paymentBasis();
    sponsored = client.sponsored();
  }

  public void saveClient() {
    Object saved =
        Messages.obtain(
            FORM + ":",
            () ->
                editing == null
                    ? sessions.addClient(code, paymentBasis, sponsored)
                    : sessions.reviseClient(
                        editing.id(), editing.version(), code, paymentBasis, sponsored));
    if (saved != null) {
      Messages.done(Messages.TRAINEE, "clients.saved");
      clearClientForm();
      load();
    }
  }

  public void removeClient(ClientView client) {
    if (Messages.attempt(FORM + ":", () -> sessions.removeClient(client.id(), client.version()))) {
      Messages.done(Messages.TRAINEE, "clients.removed");
      if (picked != null && picked.id().equals(client.id())) {
        picked = null;
      }
      load();
    }
  }

  public void clearClientForm() {
    editing = null;
    code = null;
    paymentBasis = PaymentBasis.PAID;
    sponsored = false;
  }

  /** Shows the contracts of {@code client} and a form for a new one. */
  public void pick(ClientView client) {
    picked = client;
    contract.clear(schoolDay.today());
    loadContracts();
  }

  private void loadContracts() {
    pickedContracts = picked == null ? List.of() : contracts.ofClient(picked.id());
  }

  public void editContract(EngagementContractView c) {
    contract.fill(c);
  }

  public void saveContract() {
    ContractForm f = contract;
    Object saved =
        Messages.obtain(
            FORM + ":",
            () ->
                f.editing == null
                    ? contracts.agree(
                        picked.id(),
                        f.agreedOn,
                        f.administrative,
                        f.professional,
                        f.psychological,
                        f.threeCornered,
                        f.sponsor,
                        f.integrity)
                    : contracts.revise(
                        f.editing.id(),
                        f.editing.version(),
                        f.agreedOn,
                        f.administrative,
                        f.professional,
                        f.psychological,
                        f.threeCornered,
                        f.sponsor,
                        f.integrity));
    if (saved != null) {
      Messages.done(Messages.TRAINEE, "contracts.saved");
      contract.clear(schoolDay.today());
      loadContracts();
    }
  }

  public void removeContract(EngagementContractView c) {
    if (Messages.attempt(FORM + ":", () -> contracts.remove(c.id(), c.version()))) {
      Messages.done(Messages.TRAINEE, "contracts.removed");
      contract.clear(schoolDay.today());
      loadContracts();
    }
  }

  public PaymentBasis[] getPaymentBases() {
    return PaymentBasis.values();
  }

  public ContractIntegrity[] getIntegrities() {
    return ContractIntegrity.values();
  }

  public List<ClientView> getClients() {
    return clients;
  }

  public boolean isEditingClient() {
    return editing != null;
  }

  public String getContractsTitle() {
    return picked == null ? "" : Messages.text(Messages.TRAINEE, "contracts.title", picked.code());
  }

  public ClientView getPicked() {
    return picked;
  }

  public List<EngagementContractView> getPickedContracts() {
    return pickedContracts;
  }

  public ContractForm getContract() {
    return contract;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public PaymentBasis getPaymentBasis() {
    return paymentBasis;
  }

  public void setPaymentBasis(PaymentBasis paymentBasis) {
    this.paymentBasis = paymentBasis;
  }

  public boolean isSponsored() {
    return sponsored;
  }

  public void setSponsored(boolean sponsored) {
    this.sponsored = sponsored;
  }

  /** The contract being recorded or edited for the client picked. */
  public static class ContractForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private EngagementContractView editing;
    private LocalDate agreedOn;
    private String administrative;
    private String professional;
    private String psychological;
    private boolean threeCornered;
    private String sponsor;
    private ContractIntegrity integrity;

    void fill(EngagementContractView c) {
      editing = c;
      agreedOn = c.agreedOn();
      administrative = c.administrative();
      professional = c.professional();
      psychological = c.psychological();
      threeCornered = c.threeCornered();
      sponsor = c.sponsor();
      integrity = c.integrity();
    }

    /** An empty form whose agreement date is {@code today} (the school's). */
    void clear(LocalDate today) {
      fill(
          new EngagementContractView(
              null, null, null, today, null, null, null, false, null, null, 0));
      editing = null;
    }

    public boolean isEditing() {
      return editing != null;
    }

    public LocalDate getAgreedOn() {
      return agreedOn;
    }

    public void setAgreedOn(LocalDate agreedOn) {
      this.agreedOn = agreedOn;
    }

    public String getAdministrative() {
      return administrative;
    }

    public void setAdministrative(String administrative) {
      this.administrative = administrative;
    }

    public String getProfessional() {
      return professional;
    }

    public void setProfessional(String professional) {
      this.professional = professional;
    }

    public String getPsychological() {
      return psychological;
    }

    public void setPsychological(String psychological) {
      this.psychological = psychological;
    }

    public boolean isThreeCornered() {
      return threeCornered;
    }

    public void setThreeCornered(boolean threeCornered) {
      this.threeCornered = threeCornered;
    }

    public String getSponsor() {
      return sponsor;
    }

    public void setSponsor(String sponsor) {
      this.sponsor = sponsor;
    }

    public ContractIntegrity getIntegrity() {
      return integrity;
    }

    public void setIntegrity(ContractIntegrity integrity) {
      this.integrity = integrity;
    }
  }
}
