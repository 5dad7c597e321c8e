package io.parallax.domain.assessment;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;

/** The ordered level codes of a scale in one column, lowest first (e.g. {@code 1,2,3,3i}). */
@Converter
public class LevelCodesColumn implements AttributeConverter<List<String>, String> {

  @Override
  public String convertToDatabaseColumn(List<String> levels) {
    return levels == null ? "" : String.join(",", levels);
  }

  @Override
  public List<String> convertToEntityAttribute(String column) {
    if (column == null || column.isBlank()) {
      return List.of();
    }
    return List.of(column.split(","));
  }
}
