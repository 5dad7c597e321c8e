package io.parallax.ejb.privacy;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A deactivated member as the erasure page lists them: erased already or not. */
public record DepartedMember(
    UUID id, String displayName, String email, Instant erasedAt, long version)
    implements Serializable {

  public boolean erased() {
    return erasedAt != null;
  }
}
