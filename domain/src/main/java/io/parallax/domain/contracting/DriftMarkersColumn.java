package io.parallax.domain.contracting;

import jakarta.persistence.Converter;

/** Drift markers in one column. */
@Converter
public class DriftMarkersColumn extends EnumSetColumn<DriftMarker> {
  public DriftMarkersColumn() {
    super(DriftMarker.class);
  }
}
