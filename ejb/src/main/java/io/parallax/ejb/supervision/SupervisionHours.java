package io.parallax.ejb.supervision;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;

/**
 * A supervisee's supervision time: sessions and minutes per month (oldest first), group sessions
 * counted in full for each participant, deleted sessions left out.
 */
public record SupervisionHours(List<Month> months) implements Serializable {

  /** One month's supervision sessions and their minutes. */
  public record Month(YearMonth month, long sessions, long minutes) implements Serializable {
    public double hours() {
      return minutes / 60.0;
    }
  }

  public SupervisionHours {
    months = List.copyOf(months);
  }

  public long sessions() {
    return months.stream().mapToLong(Month::sessions).sum();
  }

  public long minutes() {
    return months.stream().mapToLong(Month::minutes).sum();
  }

  public double hours() {
    return minutes() / 60.0;
  }
}
