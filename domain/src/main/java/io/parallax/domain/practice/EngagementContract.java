package io.parallax.domain.practice;

import static io.parallax.domain.DomainRuleViolation.require;

import io.parallax.domain.DomainRuleViolation;
import io.parallax.domain.NotInTheFuture;
import io.parallax.domain.SchoolOwned;
import io.parallax.domain.Text;
import io.parallax.domain.school.MemberRole;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The overall contract between a trainee coach and a client, on three levels: administrative
 * (logistics, sessions, fees), professional (scope, goals) and psychological (expectations). It is
 * three-cornered when a sponsoring organisation pays, and then names that sponsor. The coach rates
 * its integrity: where contracting is a core issue in supervision, a supervisor checks this
 * contract before the session contracts built on it.
 */
@Entity
@Table(name = "engagement_contract")
@NamedQuery(
    name = EngagementContract.OF_CLIENT,
    query = "select c from EngagementContract c where c.client = :client order by c.agreedOn desc")
@NamedQuery(
    name = EngagementContract.OF_TRAINEE,
    query =
        "select c from EngagementContract c join fetch c.client k where k.trainee = :trainee"
            + " order by k.code, c.agreedOn desc")
public class EngagementContract extends SchoolOwned {

  /** The contracts of all of {@code trainee}'s clients, by client code, latest first. */
  public static final String OF_TRAINEE = "EngagementContract.ofTrainee";

  /** The contracts agreed with {@code client}, latest first. */
  public static final String OF_CLIENT = "EngagementContract.ofClient";

  public static final int MAX_LEVEL = 1000;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "client_id", nullable = false, updatable = false)
  private Client client;

  @Column(length = MAX_LEVEL)
  private String administrative;

  @Column(length = MAX_LEVEL)
  private String professional;

  @Column(length = MAX_LEVEL)
  private String psychological;

  @Column(name = "three_cornered", nullable = false)
  private boolean threeCornered;

  @Column(length = Text.NAME_LENGTH)
  private String sponsor;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ContractIntegrity integrity;

  @Column(name = "agreed_on", nullable = false)
  private LocalDate agreedOn;

  protected EngagementContract() {}

  /** A contract; {@code sponsor} is named for a three-cornered contract, and only then. */
  public EngagementContract(
      Client client,
      LocalDate agreedOn,
      boolean threeCornered,
      String sponsor,
      ContractIntegrity integrity) {
    require(client != null, "client", "engagementContract.client");
    client.trainee().requireActive(MemberRole.TRAINEE, "client");
    this.client = client;
    correctAgreedOn(agreedOn);
    changeParties(threeCornered, sponsor);
    rateIntegrity(integrity);
  }

  /** Writes down the three levels of the contract; each is optional, none longer than 1000. */
  public void describe(String administrative, String professional, String psychological) {
    this.administrative = Text.optional(administrative, MAX_LEVEL, "administrative");
    this.professional = Text.optional(professional, MAX_LEVEL, "professional");
    this.psychological = Text.optional(psychological, MAX_LEVEL, "psychological");
  }

  /**
   * Makes the contract two-party ({@code threeCornered} false, no sponsor) or three-cornered (with
   * the sponsoring organisation that pays).
   */
  public void changeParties(boolean threeCornered, String sponsor) {
    String name = Text.optional(sponsor, Text.NAME_LENGTH, "sponsor");
    require(!threeCornered || name != null, "sponsor", "engagementContract.sponsor");
    require(threeCornered || name == null, "sponsor", "engagementContract.sponsor.2");
    this.threeCornered = threeCornered;
    this.sponsor = name;
  }

  /** The coach's judgement of the contract's integrity, revisited as the work goes on. */
  public void rateIntegrity(ContractIntegrity integrity) {
    require(integrity != null, "integrity", "engagementContract.integrity");
    this.integrity = integrity;
  }

  /** Corrects the date the contract was agreed on; not in the future. */
  public void correctAgreedOn(LocalDate date) {
    NotInTheFuture.require(
        date, "agreedOn", DomainRuleViolation.phrase("engagementContract.agreedOn.what"));
    this.agreedOn = date;
  }

  public Client client() {
    return client;
  }

  public Optional<String> administrative() {
    return Optional.ofNullable(administrative);
  }

  public Optional<String> professional() {
    return Optional.ofNullable(professional);
  }

  public Optional<String> psychological() {
    return Optional.ofNullable(psychological);
  }

  public boolean isThreeCornered() {
    return threeCornered;
  }

  public Optional<String> sponsor() {
    return Optional.ofNullable(sponsor);
  }

  public ContractIntegrity integrity() {
    return integrity;
  }

  public LocalDate agreedOn() {
    return agreedOn;
  }
}
