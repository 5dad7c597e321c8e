package io.parallax.domain.assessment;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The ids of other records (clients, practice sessions) in one comma-separated column, in the order
 * given. The link is kept as plain ids, without a foreign key, so that a supervision session or an
 * assessment keeps its whole content (and its tenant) in one row; the service that records them
 * checks that the ids belong to the right trainee.
 */
@Converter
public class RecordIdsColumn implements AttributeConverter<List<UUID>, String> {

  /** 2000 characters hold 54 ids of 36 characters and their commas; 50 keeps it round. */
  public static final int MAX_IDS = 50;

  public static final int LENGTH = 2000;

  @Override
  public String convertToDatabaseColumn(List<UUID> ids) {
    if (ids == null || ids.isEmpty()) {
      return "";
    }
    return ids.stream().map(UUID::toString).collect(Collectors.joining(","));
  }

  @Override
  public List<UUID> convertToEntityAttribute(String column) {
    if (column == null || column.isBlank()) {
      return List.of();
    }
    return Arrays.stream(column.split(",")).map(UUID::fromString).toList();
  }
}
