package io.parallax.ejb.accreditation;

import io.parallax.domain.accreditation.CpdEntry;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

/** A CPD entry as the trainee's page and the API show it. */
public record CpdEntryView(UUID id, LocalDate heldOn, int minutes, String title, long version)
    implements Serializable {

  static CpdEntryView of(CpdEntry c) {
    return new CpdEntryView(c.id(), c.heldOn(), c.minutes(), c.title(), c.version());
  }
}
