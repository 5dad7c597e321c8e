package io.parallax.domain.school;

import static io.parallax.domain.DomainRuleViolation.require;

import io.parallax.domain.ConcurrentEdit;
import io.parallax.domain.DomainRuleViolation;
import io.parallax.domain.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A coaching school: the tenant. Its {@code id} is the tenant identifier stamped on every row the
 * school owns, and the alias of the school's Keycloak organization. A school is not owned by a
 * tenant itself: onboarding and suspending schools is platform work.
 */
@Entity
@Table(name = "school")
public class School {

  private static final Pattern ID_FORMAT = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");

  @Id
  @Column(length = 64)
  private String id;

  @Column(nullable = false, length = 120)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private SchoolStatus status;

  /** The zone whose day is the school's "today"; null: Parallax's configured default zone. */
  @Column(name = "time_zone", length = 64)
  private String timeZone;

  @Version private long version;

  protected School() {}

  public School(String id, String name) {
    require(id != null && ID_FORMAT.matcher(id).matches(), "id", "school.id");
    this.id = id;
    this.name = Text.name(name, "name", "school.name.missing");
    this.status = SchoolStatus.ACTIVE;
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public SchoolStatus status() {
    return status;
  }

  public long version() {
    return version;
  }

  /**
   * The time zone the school works in: its "today" decides which dates are in the future. Empty
   * when the school has not chosen one (Parallax's configured default applies).
   */
  public Optional<ZoneId> timeZone() {
    return Optional.ofNullable(timeZone).map(ZoneId::of);
  }

  /**
   * Sets the school's time zone from its id ({@code Europe/Berlin}, {@code Pacific/Auckland},
   * {@code UTC}); blank returns to the configured default. A zone Java does not know is refused.
   */
  public void workIn(String zone) {
    this.timeZone = zone == null || zone.isBlank() ? null : knownZone(zone.strip()).getId();
  }

  /** {@code zone} as a time zone, or a refusal naming the field {@code timeZone}. */
  public static ZoneId knownZone(String zone) {
    try {
      return ZoneId.of(zone);
    } catch (DateTimeException unknown) {
      throw new DomainRuleViolation("timeZone", "school.timeZone", zone);
    }
  }

  /** Fails with {@link ConcurrentEdit} unless the caller edits the version it read. */
  public void requireVersion(long versionRead) {
    if (versionRead != version) {
      throw new ConcurrentEdit("school");
    }
  }

  /** A suspended school keeps its records but its members can no longer work in Parallax. */
  public void suspend() {
    status = SchoolStatus.SUSPENDED;
  }

  public void reactivate() {
    status = SchoolStatus.ACTIVE;
  }
}
