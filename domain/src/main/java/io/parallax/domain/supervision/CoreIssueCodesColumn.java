package io.parallax.domain.supervision;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * The codes of the core issues named in a supervision session in one column, comma-separated and
 * sorted (e.g. {@code CONTRACTING,OVER_RESPONSIBILITY}), so the row keeps its tenant and the
 * analysis can match a code with {@code like}.
 */
@Converter
public class CoreIssueCodesColumn implements AttributeConverter<Set<String>, String> {

  @Override
  public String convertToDatabaseColumn(Set<String> codes) {
    return codes == null ? "" : String.join(",", new TreeSet<>(codes));
  }

  @Override
  public Set<String> convertToEntityAttribute(String column) {
    if (column == null || column.isBlank()) {
      return Collections.unmodifiableSet(new TreeSet<>());
    }
    return Collections.unmodifiableSet(new TreeSet<>(Arrays.asList(column.split(","))));
  }
}
