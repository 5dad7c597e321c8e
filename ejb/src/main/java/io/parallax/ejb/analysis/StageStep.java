package io.parallax.ejb.analysis;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A signed-off stage assessment placing a trainee at a level on a day, on the scale it was made on
 * ({@code scale}, null when the query was for one scale).
 */
public record StageStep(UUID trainee, LocalDate assessedOn, String level, UUID scale)
    implements Serializable {

  public StageStep(UUID trainee, LocalDate assessedOn, String level) {
    this(trainee, assessedOn, level, null);
  }
}
