package io.parallax.ejb.school.roster;

import java.io.Serializable;
import java.util.List;

/**
 * An import file as read: the columns its header names, the headers it has that name no column
 * (ignored, but shown), and its rows of people.
 */
public record RosterSheet(List<RosterColumn> columns, List<String> ignored, List<RosterLine> lines)
    implements Serializable {

  public RosterSheet {
    columns = List.copyOf(columns);
    ignored = List.copyOf(ignored);
    lines = List.copyOf(lines);
  }
}
