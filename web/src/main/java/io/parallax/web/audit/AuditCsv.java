package io.parallax.web.audit;

import io.parallax.ejb.analysis.export.CsvReport;
import io.parallax.ejb.audit.AuditEntry;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The audit trail as CSV (RFC 4180, CRLF line ends, cells quoted and formula signs neutered as in
 * every Parallax CSV): a heading row in the reader's language, then one row per entry with the
 * moment (ISO, in the school's zone), who, what, which kind of record, its id and whose it is.
 */
public final class AuditCsv {

  public static final String MEDIA_TYPE = "text/csv";

  static final List<String> HEADINGS =
      List.of(
          "audit.when", "audit.who", "audit.action", "audit.kind", "audit.record", "audit.owner");

  private AuditCsv() {}

  public static String heading(AuditWords words) {
    return line(HEADINGS.stream().map(words::text).toList());
  }

  public static String row(AuditEntry entry, AuditWords words, ZoneId zone) {
    return line(
        List.of(
            DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(entry.occurredAt().atZone(zone)),
            words.actor(entry),
            words.action(entry.action()),
            words.kind(entry),
            entry.recordId().toString(),
            entry.ownerName() == null ? "" : entry.ownerName()));
  }

  private static String line(List<String> cells) {
    return cells.stream().map(CsvReport::cell).collect(Collectors.joining(",")) + "\r\n";
  }
}
