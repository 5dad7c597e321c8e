package io.parallax.ejb.accreditation;

import io.parallax.domain.accreditation.AccreditationStandard;
import io.parallax.domain.accreditation.AccreditationTrack;
import io.parallax.domain.accreditation.Figures;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A track as the UI and the API show it: a school's own ({@code id} set, {@code code} the standard
 * it was copied from) or a shipped standard ({@code id} null, {@code code} its own, with its source
 * and the day the figures were taken).
 */
public record TrackView(
    UUID id,
    String code,
    String name,
    Figures figures,
    String source,
    LocalDate sourceDate,
    long version)
    implements Serializable {

  static TrackView of(AccreditationTrack track) {
    return new TrackView(
        track.id(),
        track.basedOn().orElse(null),
        track.name(),
        track.figures(),
        null,
        null,
        track.version());
  }

  static TrackView of(AccreditationStandard standard) {
    return new TrackView(
        null,
        standard.code(),
        standard.name(),
        standard.figures(),
        standard.source(),
        standard.sourceDate(),
        0);
  }

  public boolean shipped() {
    return id == null;
  }
}
