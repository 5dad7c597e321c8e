package io.parallax.domain.contracting;

import jakarta.persistence.AttributeConverter;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stores a small set of enum constants in one column, comma-separated in declaration order (e.g.
 * {@code STORYTELLING,CIRCLING}), so that a school-owned row keeps its whole content (and its
 * tenant) in one table. Subclasses name the enum for JPA.
 */
public abstract class EnumSetColumn<E extends Enum<E>>
    implements AttributeConverter<Set<E>, String> {

  private final Class<E> type;

  protected EnumSetColumn(Class<E> type) {
    this.type = type;
  }

  @Override
  public String convertToDatabaseColumn(Set<E> values) {
    if (values == null || values.isEmpty()) {
      return "";
    }
    return EnumSet.copyOf(values).stream().map(Enum::name).collect(Collectors.joining(","));
  }

  @Override
  public Set<E> convertToEntityAttribute(String column) {
    if (column == null || column.isBlank()) {
      return Collections.unmodifiableSet(EnumSet.noneOf(type));
    }
    EnumSet<E> values = EnumSet.noneOf(type);
    Arrays.stream(column.split(",")).map(name -> Enum.valueOf(type, name)).forEach(values::add);
    return Collections.unmodifiableSet(values);
  }
}
