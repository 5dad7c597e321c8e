package io.parallax.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A record a school owns. Its {@code tenant_id} is stamped by Hibernate from the school the unit of
 * work is bound to, and every query and {@code find} is filtered by it: a record is invisible to
 * every other school. The version guards against lost updates (optimistic locking).
 */
@MappedSuperclass
public abstract class SchoolOwned {

  @Id private UUID id = UUID.randomUUID();

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false, length = 64)
  private String schoolId;

  @Version private long version;

  public UUID id() {
    return id;
  }

  /** The school that owns this record. */
  public String schoolId() {
    return schoolId;
  }

  public long version() {
    return version;
  }

  /**
   * Fails with {@link ConcurrentEdit} unless the caller edits the version it read: the check an
   * edit makes before it changes anything (an HTTP If-Match, a form's hidden version).
   */
  public void requireVersion(long versionRead) {
    if (versionRead != version) {
      throw new ConcurrentEdit(getClass().getSimpleName().toLowerCase());
    }
  }
}
