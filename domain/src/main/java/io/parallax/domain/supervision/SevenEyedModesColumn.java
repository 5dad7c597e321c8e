package io.parallax.domain.supervision;

import io.parallax.domain.contracting.EnumSetColumn;
import jakarta.persistence.Converter;

/** The seven-eyed modes a supervision session visited, in one column. */
@Converter
public class SevenEyedModesColumn extends EnumSetColumn<SevenEyedMode> {
  public SevenEyedModesColumn() {
    super(SevenEyedMode.class);
  }
}
