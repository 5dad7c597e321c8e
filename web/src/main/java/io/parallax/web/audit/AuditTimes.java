package io.parallax.web.audit;

import io.parallax.web.SchoolDay;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** The time of day of an audit entry, in the school's zone (the date is {@code words.date}). */
@Named
@ApplicationScoped
public class AuditTimes {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  @Inject SchoolDay schoolDay;

  public String time(Instant moment) {
    return moment == null ? "" : TIME.format(moment.atZone(schoolDay.zone()));
  }
}
