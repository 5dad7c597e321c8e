package io.parallax.domain.supervision;

import static io.parallax.domain.DomainRuleViolation.require;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * How a supervision session shared its time between Proctor's three functions of supervision, in
 * percent adding up to 100: normative (standards, ethics, the quality of the work with clients),
 * formative (the coach's learning and skills) and restorative (support for the coach as a person).
 */
@Embeddable
public class ProctorBalance {

  @Column(nullable = false)
  private int normative;

  @Column(nullable = false)
  private int formative;

  @Column(nullable = false)
  private int restorative;

  protected ProctorBalance() {}

  private ProctorBalance(int normative, int formative, int restorative) {
    require(
        within(normative) && within(formative) && within(restorative),
        "proctorBalance",
        "proctorBalance.proctorBalance");
    int sum = normative + formative + restorative;
    require(sum == 100, "proctorBalance", "proctorBalance.proctorBalance.2", sum);
    this.normative = normative;
    this.formative = formative;
    this.restorative = restorative;
  }

  public static ProctorBalance of(int normative, int formative, int restorative) {
    return new ProctorBalance(normative, formative, restorative);
  }

  private static boolean within(int percent) {
    return percent >= 0 && percent <= 100;
  }

  public int normative() {
    return normative;
  }

  public int formative() {
    return formative;
  }

  public int restorative() {
    return restorative;
  }
}
