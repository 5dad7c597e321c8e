package io.parallax.ejb.supervision;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;

/**
 * A supervisee's supervision time: sessions and minutes in all and per month (oldest first), group
 * sessions counted in full for each participant, deleted sessions left out.
 */
public record SupervisionHours(long sessions, long minutes, double hours, List<Month> months)
    implements Serializable {

  /** One month's supervision sessions, their minutes and hours. */
  public record Month(YearMonth month, long sessions, long minutes, double hours)
      implements Serializable {

    public Month(YearMonth month, long sessions, long minutes) {
      this(month, sessions, minutes, minutes / 60.0);
    }
  }

  public SupervisionHours(List<Month> months) {
    this(
        months.stream().mapToLong(Month::sessions).sum(),
        months.stream().mapToLong(Month::minutes).sum(),
        months.stream().mapToLong(Month::minutes).sum() / 60.0,
        List.copyOf(months));
  }
}
