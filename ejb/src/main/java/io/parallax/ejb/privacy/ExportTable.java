package io.parallax.ejb.privacy;

import io.parallax.ejb.analysis.export.CsvReport;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.nio.charset.StandardCharsets;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One kind of record of a member's data export, written twice: as JSON (an array of objects, one
 * per record, keys in column order) and as CSV (RFC 4180, UTF-8 with a byte-order mark, a header
 * row; a set of values joined by semicolons). Column names are the same in both, in English, so
 * that another program can read them.
 */
public record ExportTable(String name, List<String> columns, List<List<Object>> rows) {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  public ExportTable {
    columns = List.copyOf(columns);
    rows =
        rows.stream()
            .map(row -> java.util.Collections.unmodifiableList(new ArrayList<>(row)))
            .toList();
  }

  /** The records as JSON objects, each value as JSON-B writes it (dates in ISO form). */
  public byte[] json() {
    List<Map<String, Object>> objects = new ArrayList<>();
    for (List<Object> row : rows) {
      Map<String, Object> object = new LinkedHashMap<>();
      for (int c = 0; c < columns.size(); c++) {
        object.put(columns.get(c), jsonValue(row.get(c)));
      }
      objects.add(object);
    }
    try (Jsonb jsonb = JsonbBuilder.create()) {
      return jsonb.toJson(objects).getBytes(StandardCharsets.UTF_8);
    } catch (Exception e) {
      throw new IllegalStateException("The export of " + name + " could not be written", e);
    }
  }

  /** The records as one CSV file. */
  public byte[] csv() {
    StringBuilder csv = new StringBuilder(line(columns));
    for (List<Object> row : rows) {
      csv.append(line(row.stream().map(ExportTable::text).toList()));
    }
    byte[] text = csv.toString().getBytes(StandardCharsets.UTF_8);
    byte[] file = new byte[BOM.length + text.length];
    System.arraycopy(BOM, 0, file, 0, BOM.length);
    System.arraycopy(text, 0, file, BOM.length, text.length);
    return file;
  }

  private static String line(List<String> cells) {
    return cells.stream().map(CsvReport::cell).collect(Collectors.joining(",")) + "\r\n";
  }

  /** A value as one CSV cell: empty for none, names of constants, sets joined by semicolons. */
  static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Enum<?> constant) {
      return constant.name();
    }
    if (value instanceof Collection<?> values) {
      return values.stream().map(ExportTable::text).sorted().collect(Collectors.joining(";"));
    }
    return value.toString();
  }

  private static Object jsonValue(Object value) {
    if (value instanceof Enum<?> constant) {
      return constant.name();
    }
    if (value instanceof UUID || value instanceof TemporalAccessor) {
      return value.toString();
    }
    if (value instanceof Collection<?> values) {
      return values.stream().map(ExportTable::jsonValue).toList();
    }
    return value;
  }
}
