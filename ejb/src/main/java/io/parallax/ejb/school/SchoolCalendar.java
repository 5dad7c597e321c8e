package io.parallax.ejb.school;

import io.parallax.domain.DomainRuleViolation;
import io.parallax.domain.NotInTheFuture;
import io.parallax.domain.tenancy.CurrentSchool;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A school's day. Each school works in its own time zone (set by its admin, see {@link
 * SchoolSettings}); one that has chosen none works in Parallax's default zone, {@code
 * parallax.time-zone} ({@code PARALLAX_TIME_ZONE}), else UTC. Dates of things that have happened
 * (sessions held, assessments made, contracts agreed) may not lie after the school's today.
 */
@ApplicationScoped
public class SchoolCalendar {

  /** UTC by its name (ZoneOffset.UTC calls itself "Z"). */
  private static final ZoneId UTC = ZoneId.of("UTC");

  @EJB Schools schools;

  @Inject
  @ConfigProperty(name = "parallax.time-zone")
  Optional<String> configuredZone;

  /** The zone of a school that has chosen none. */
  public ZoneId defaultZone() {
    return configuredZone.filter(z -> !z.isBlank()).map(ZoneId::of).orElse(UTC);
  }

  /** The zone {@code schoolId} works in. */
  public ZoneId zoneOf(String schoolId) {
    return schoolId == null
        ? defaultZone()
        : schools.timeZone(schoolId).orElseGet(this::defaultZone);
  }

  /** The zone of the school bound to the current call; the default zone when none is bound. */
  public ZoneId zone() {
    return zoneOf(CurrentSchool.id().orElse(null));
  }

  /** Today in the bound school's zone. */
  public LocalDate today() {
    return NotInTheFuture.todayIn(zone(), Instant.now());
  }

  /**
   * Refuses a missing date, or one after today in the bound school's zone, naming {@code field}.
   */
  public void requireNotAfterToday(LocalDate date, String field, DomainRuleViolation.Phrase what) {
    NotInTheFuture.require(date, zone(), Instant.now(), field, what);
  }
}
