package io.parallax.domain.practice;

import static io.parallax.domain.DomainRuleViolation.require;

import io.parallax.domain.SchoolOwned;
import io.parallax.domain.school.MemberRole;
import io.parallax.domain.school.Person;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * A trainee coach's client, known only by a pseudonymous code that is unique among the trainee's
 * clients: no name, no contact data. Whether the client pays (or is coached pro bono) and whether
 * an organisation sponsors the coaching frame the engagement contract and the hours a trainee can
 * count toward accreditation.
 */
@Entity
@Table(
    name = "client",
    uniqueConstraints = @UniqueConstraint(columnNames = {"tenant_id", "trainee_id", "code"}))
@NamedQuery(
    name = Client.OF_TRAINEE,
    query = "select c from Client c where c.trainee = :trainee order by c.code")
@NamedQuery(
    name = Client.OF_TRAINEE_LIKE,
    query =
        "select c from Client c where c.trainee = :trainee and upper(c.code) like :code escape '!'"
            + " order by c.code")
@NamedQuery(
    name = Client.OF_TRAINEE_WITH_CODE,
    query = "select c from Client c where c.trainee = :trainee and upper(c.code) = upper(:code)")
public class Client extends SchoolOwned {

  /** The clients of {@code trainee}, by code. */
  public static final String OF_TRAINEE = "Client.ofTrainee";

  /** The clients of {@code trainee} whose code is like {@code code} (upper case, escape !). */
  public static final String OF_TRAINEE_LIKE = "Client.ofTraineeLike";

  /** The client of {@code trainee} with {@code code}, whatever its case (at most one). */
  public static final String OF_TRAINEE_WITH_CODE = "Client.ofTraineeWithCode";

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "trainee_id", nullable = false, updatable = false)
  private Person trainee;

  @Column(nullable = false, length = ClientCode.MAX_LENGTH)
  private String code;

  @Enumerated(EnumType.STRING)
  @Column(name = "payment_basis", nullable = false, length = 16)
  private PaymentBasis paymentBasis;

  @Column(nullable = false)
  private boolean sponsored;

  protected Client() {}

  public Client(Person trainee, String code, PaymentBasis paymentBasis, boolean sponsored) {
    require(trainee != null, "trainee", "client.trainee");
    trainee.requireActive(MemberRole.TRAINEE, "trainee");
    this.trainee = trainee;
    this.code = ClientCode.of(code, "code");
    changePaymentBasis(paymentBasis);
    this.sponsored = sponsored;
  }

  /** Gives the client another pseudonymous code; the same rule applies as for a new client. */
  public void rename(String newCode) {
    this.code = ClientCode.of(newCode, "code");
  }

  /** The client starts (or stops) paying; sessions logged from now on default to this basis. */
  public void changePaymentBasis(PaymentBasis basis) {
    require(basis != null, "paymentBasis", "client.paymentBasis");
    this.paymentBasis = basis;
  }

  /** An organisation starts (or stops) sponsoring the coaching of this client. */
  public void changeSponsorship(boolean sponsored) {
    this.sponsored = sponsored;
  }

  public Person trainee() {
    return trainee;
  }

  public String code() {
    return code;
  }

  public PaymentBasis paymentBasis() {
    return paymentBasis;
  }

  public boolean isSponsored() {
    return sponsored;
  }
}
