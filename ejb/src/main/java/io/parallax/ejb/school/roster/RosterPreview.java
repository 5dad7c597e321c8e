package io.parallax.ejb.school.roster;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

/**
 * An import file as it would be imported: its columns, the headers it ignores, and each row with
 * its problems. Nothing is written to produce it.
 */
public record RosterPreview(
    List<RosterColumn> columns, List<String> ignored, List<RosterEntry> entries)
    implements Serializable {

  public RosterPreview {
    columns = List.copyOf(columns);
    ignored = List.copyOf(ignored);
    entries = List.copyOf(entries);
  }

  /** Every problem of the file, row by row. */
  public List<RosterProblem> problems() {
    return entries.stream().flatMap(e -> e.problems().stream()).toList();
  }

  /** The rows that would be imported. */
  public long good() {
    return entries.stream().filter(RosterEntry::ok).count();
  }

  /** The rows that would be refused. */
  public long refused() {
    return entries.size() - good();
  }

  /**
   * The rows to import, in the order that works: supervisors first (a trainee's row may name a
   * supervisor who comes later in the file), then the file's order.
   */
  public List<RosterEntry> queue() {
    return entries.stream()
        .filter(RosterEntry::ok)
        .sorted(
            Comparator.comparing((RosterEntry e) -> !e.supervises())
                .thenComparing(RosterEntry::row))
        .toList();
  }
}
