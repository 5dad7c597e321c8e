package io.parallax.ejb.practice;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Coaching time as the ICF counts it for accreditation: hours of actual coaching (60 minutes make
 * an hour, a 45-minute session counts 0.75), paid and pro bono apart. Sums are taken in minutes and
 * turned into hours last, so totals never carry the rounding of their parts.
 */
public record CoachingHours(long paidMinutes, long proBonoMinutes) implements Serializable {

  public static final CoachingHours NONE = new CoachingHours(0, 0);

  public CoachingHours {
    if (paidMinutes < 0 || proBonoMinutes < 0) {
      throw new IllegalArgumentException("Coaching time is never negative.");
    }
  }

  public CoachingHours plus(CoachingHours other) {
    return new CoachingHours(
        paidMinutes + other.paidMinutes, proBonoMinutes + other.proBonoMinutes);
  }

  public long totalMinutes() {
    return paidMinutes + proBonoMinutes;
  }

  public BigDecimal paidHours() {
    return hours(paidMinutes);
  }

  public BigDecimal proBonoHours() {
    return hours(proBonoMinutes);
  }

  public BigDecimal totalHours() {
    return hours(totalMinutes());
  }

  /** Minutes as hours with two decimals, half up (e.g. 50 minutes: 0.83). */
  static BigDecimal hours(long minutes) {
    return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
  }
}
