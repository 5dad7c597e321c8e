package io.parallax.ejb.analysis;

/**
 * How long a trainee has been out of initial coach training when a session is held, in months:
 * coaches recently out of initial training meet more contracting challenges. A month is taken as
 * 30.4375 days (a 365.25-day year over 12), so the bands are whole days the database can compare.
 */
public enum CareerBand {
  MONTHS_0_3(0, 3),
  MONTHS_3_6(3, 6),
  MONTHS_6_12(6, 12),
  MONTHS_12_24(12, 24),
  MONTHS_24_PLUS(24, Integer.MAX_VALUE),
  /** The trainee's end of initial training is not recorded, or is after the session. */
  UNKNOWN(-1, -1);

  static final double DAYS_PER_MONTH = 30.4375;

  private final int fromMonths;
  private final int toMonths;

  CareerBand(int fromMonths, int toMonths) {
    this.fromMonths = fromMonths;
    this.toMonths = toMonths;
  }

  /** The band of a session held {@code days} after initial training ended (null: unknown). */
  public static CareerBand ofDays(Long days) {
    if (days == null || days < 0) {
      return UNKNOWN;
    }
    for (CareerBand band : values()) {
      if (band != UNKNOWN && days < band.untilDays()) {
        return band;
      }
    }
    return MONTHS_24_PLUS;
  }

  /** The first day after the band, counted from the end of initial training. */
  long untilDays() {
    return toMonths == Integer.MAX_VALUE ? Long.MAX_VALUE : Math.round(toMonths * DAYS_PER_MONTH);
  }

  /** How the band reads, e.g. {@code 0–3} or {@code 24+}. */
  public String label() {
    if (this == UNKNOWN) {
      return "?";
    }
    return toMonths == Integer.MAX_VALUE ? fromMonths + "+" : fromMonths + "–" + toMonths;
  }
}
