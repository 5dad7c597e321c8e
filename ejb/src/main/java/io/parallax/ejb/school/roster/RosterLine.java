package io.parallax.ejb.school.roster;

import java.io.Serializable;
import java.util.Map;

/**
 * One row of people in an import file: its row number as the spreadsheet shows it (the header is
 * row 1) and the text of its cells by column, blank cells left out.
 */
public record RosterLine(int row, Map<RosterColumn, String> cells) implements Serializable {

  public RosterLine {
    cells = Map.copyOf(cells);
  }

  /** The cell's text, trimmed, or null when the cell is blank or its column absent. */
  public String cell(RosterColumn column) {
    String text = cells.get(column);
    return text == null || text.isBlank() ? null : text.strip();
  }
}
