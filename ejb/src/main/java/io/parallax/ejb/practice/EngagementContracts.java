package io.parallax.ejb.practice;

import io.parallax.domain.DomainRuleViolation;
import io.parallax.domain.practice.Client;
import io.parallax.domain.practice.ContractIntegrity;
import io.parallax.domain.practice.EngagementContract;
import io.parallax.ejb.NoSuchRecord;
import io.parallax.ejb.listing.Listing;
import io.parallax.ejb.listing.Slice;
import io.parallax.ejb.school.SchoolCalendar;
import io.parallax.ejb.security.Caller;
import io.parallax.ejb.security.Roles;
import io.parallax.ejb.tenancy.SchoolBound;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The engagement contracts of a trainee's own clients: the administrative, professional and
 * psychological levels, the sponsor of a three-cornered contract, and the coach's judgement of the
 * contract's integrity. Only the trainee reads and writes them.
 */
@Stateless
@SchoolBound
@DeclareRoles(Roles.TRAINEE)
public class EngagementContracts {

  @PersistenceContext EntityManager em;
  @Inject SchoolCalendar calendar;
  @Inject Caller caller;

  @RolesAllowed(Roles.TRAINEE)
  public EngagementContractView agree(
      UUID clientId,
      LocalDate agreedOn,
      String administrative,
      String professional,
      String psychological,
      boolean threeCornered,
      String sponsor,
      ContractIntegrity integrity) {
    calendar.requireNotAfterToday(
        agreedOn, "agreedOn", DomainRuleViolation.phrase("engagementContract.agreedOn.what"));
    EngagementContract contract =
        new EngagementContract(ownClient(clientId), agreedOn, threeCornered, sponsor, integrity);
    contract.describe(administrative, professional, psychological);
    em.persist(contract);
    return EngagementContractView.of(contract);
  }

  @RolesAllowed(Roles.TRAINEE)
  public List<EngagementContractView> ofClient(UUID clientId) {
    return ofClientQuery(clientId).getResultStream().map(EngagementContractView::of).toList();
  }

  /** One listing of a client's contracts, paged in the database. */
  @RolesAllowed(Roles.TRAINEE)
  public Slice<EngagementContractView> ofClient(UUID clientId, Listing listing) {
    return Slice.of(ofClientQuery(clientId), listing, EngagementContractView::of);
  }

  /** The contracts of all of the caller's clients, by client code, latest first, paged. */
  @RolesAllowed(Roles.TRAINEE)
  public Slice<EngagementContractView> mine(Listing listing) {
    return Slice.of(mineQuery(), listing, EngagementContractView::of);
  }

  private TypedQuery<EngagementContract> ofClientQuery(UUID clientId) {
    return em.createNamedQuery(EngagementContract.OF_CLIENT, EngagementContract.class)
        .setParameter("client", ownClient(clientId));
  }

  private TypedQuery<EngagementContract> mineQuery() {
    return em.createNamedQuery(EngagementContract.OF_TRAINEE, EngagementContract.class)
        .setParameter("trainee", caller.requireMember());
  }

  @RolesAllowed(Roles.TRAINEE)
  public EngagementContractView read(UUID contractId) {
    return EngagementContractView.of(ownContract(contractId));
  }

  /** Rewrites the contract as it stands now, provided it is still at the version read. */
  @RolesAllowed(Roles.TRAINEE)
  public EngagementContractView revise(
      UUID contractId,
      long versionRead,
      LocalDate agreedOn,
      String administrative,
      String professional,
      String psychological,
      boolean threeCornered,
      String sponsor,
      ContractIntegrity integrity) {
    EngagementContract contract = ownContract(contractId);
    contract.requireVersion(versionRead);
    calendar.requireNotAfterToday(
        agreedOn, "agreedOn", DomainRuleViolation.phrase("engagementContract.agreedOn.what"));
    contract.correctAgreedOn(agreedOn);
    contract.describe(administrative, professional, psychological);
    contract.changeParties(threeCornered, sponsor);
    contract.rateIntegrity(integrity);
    em.flush();
    return EngagementContractView.of(contract);
  }

  /** Removes a contract recorded by mistake. */
  @RolesAllowed(Roles.TRAINEE)
  public void remove(UUID contractId, long versionRead) {
    EngagementContract contract = ownContract(contractId);
    contract.requireVersion(versionRead);
    em.remove(contract);
  }

  private EngagementContract ownContract(UUID contractId) {
    EngagementContract contract =
        contractId == null ? null : em.find(EngagementContract.class, contractId);
    if (contract == null || !contract.client().trainee().subject().equals(caller.subject())) {
      throw new NoSuchRecord("engagement contract");
    }
    return contract;
  }

  private Client ownClient(UUID clientId) {
    Client client = clientId == null ? null : em.find(Client.class, clientId);
    if (client == null || !client.trainee().subject().equals(caller.subject())) {
      throw new NoSuchRecord("client");
    }
    return client;
  }
}
