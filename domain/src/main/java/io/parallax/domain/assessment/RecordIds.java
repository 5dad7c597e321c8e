package io.parallax.domain.assessment;

import static io.parallax.domain.DomainRuleViolation.require;

import io.parallax.domain.DomainRuleViolation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** The rule for a list of linked records: no gaps, each once, at most {@value #MAX} of them. */
public final class RecordIds {

  public static final int MAX = RecordIdsColumn.MAX_IDS;

  private RecordIds() {}

  /** The distinct ids of {@code ids} in their order; empty for null. */
  public static List<UUID> of(Collection<UUID> ids, String field, DomainRuleViolation.Phrase what) {
    if (ids == null) {
      return List.of();
    }
    require(ids.stream().noneMatch(Objects::isNull), field, "recordIds.missing", what);
    List<UUID> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
    require(distinct.size() <= MAX, field, "recordIds.max", MAX, what, distinct.size());
    return List.copyOf(distinct);
  }
}
