package io.parallax.ejb.school.roster;

import io.parallax.domain.DomainRuleViolation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an import file into a {@link RosterSheet}: an Excel workbook (XLSX, its first sheet) or a
 * CSV file in UTF-8 (with or without byte-order mark) or Windows-1252, separated by commas,
 * semicolons (Excel in German) or tabs. A file that is none of these, empty, larger than {@link
 * #MAX_BYTES} or longer than {@link #MAX_ROWS} rows is refused with a {@link DomainRuleViolation}
 * of field {@value #FIELD} saying what is wrong.
 */
public final class RosterFiles {

  /** The field a refused file is blamed on. */
  public static final String FIELD = "file";

  /** The largest file imported at once (1 MiB: some thousand people). */
  public static final int MAX_BYTES = 1024 * 1024;

  /** The most rows of people imported at once. */
  public static final int MAX_ROWS = 500;

  private static final int MAX_COLUMNS = 50;
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private RosterFiles() {}

  /** The rows of {@code content}; refused when it is no import file Parallax can read. */
  public static RosterSheet read(byte[] content) {
    refuseUnless(content != null && content.length > 0, "roster.file.empty");
    refuseUnless(
        content.length <= MAX_BYTES,
        "roster.file.tooLarge",
        content.length / 1024,
        MAX_BYTES / 1024);
    if (startsWith(content, 0x50, 0x4B, 0x03, 0x04)) {
      return workbook(content);
    }
    refuseUnless(!startsWith(content, 0xD0, 0xCF, 0x11, 0xE0), "roster.file.xls");
    return csv(text(content));
  }

  private static RosterSheet workbook(byte[] content) {
    List<List<String>> rows = new ArrayList<>();
    List<Integer> numbers = new ArrayList<>();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
      refuseUnless(workbook.getNumberOfSheets() > 0, "roster.file.empty");
      Sheet sheet = workbook.getSheetAt(0);
      for (Row row : sheet) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < Math.min(Math.max(row.getLastCellNum(), 0), MAX_COLUMNS); c++) {
          cells.add(text(row.getCell(c)));
        }
        if (blank(cells)) {
          continue;
        }
        rows.add(cells);
        numbers.add(row.getRowNum() + 1);
        refuseUnless(rows.size() <= MAX_ROWS + 1, "roster.file.tooManyRows", MAX_ROWS);
      }
    } catch (DomainRuleViolation refused) {
      throw refused;
    } catch (IOException | RuntimeException unreadable) {
      throw new DomainRuleViolation(FIELD, "roster.file.xlsx");
    }
    return sheet(rows, numbers);
  }

  private static String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      type = cell.getCachedFormulaResultType();
    }
    return switch (type) {
      case STRING -> cell.getStringCellValue();
      case NUMERIC ->
          DateUtil.isCellDateFormatted(cell)
              ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
              : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
      case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
      default -> "";
    };
  }

  /** The text of a CSV file: UTF-8 when it decodes as such, else Windows-1252; never binary. */
  static String text(byte[] content) {
    int offset = startsWith(content, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    refuseUnless(
        !startsWith(content, 0xFF, 0xFE) && !startsWith(content, 0xFE, 0xFF), "roster.file.utf16");
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content, offset, content.length - offset))
              .toString();
    } catch (CharacterCodingException notUtf8) {
      text = new String(content, WINDOWS_1252);
    }
    refuseUnless(
        text.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\r' && c != '\n'),
        "roster.file.unreadable");
    return text;
  }

  private static RosterSheet csv(String text) {
    refuseUnless(!text.isBlank(), "roster.file.empty");
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(delimiter(text))
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .get();
    List<List<String>> rows = new ArrayList<>();
    List<Integer> numbers = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      for (CSVRecord record : parser) {
        rows.add(record.stream().limit(MAX_COLUMNS).toList());
        numbers.add((int) record.getRecordNumber());
        refuseUnless(rows.size() <= MAX_ROWS + 1, "roster.file.tooManyRows", MAX_ROWS);
      }
    } catch (IOException
        | UncheckedIOException
        | IllegalStateException
        | IllegalArgumentException e) {
      throw new DomainRuleViolation(FIELD, "roster.file.csv", rows.size() + 1);
    }
    return sheet(rows, numbers);
  }

  /** The most frequent of comma, semicolon and tab on the first line (a comma if none). */
  static char delimiter(String text) {
    String first = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
    char best = ',';
    long most = 0;
    for (char candidate : new char[] {',', ';', '\t'}) {
      long count = first.chars().filter(c -> c == candidate).count();
      if (count > most) {
        most = count;
        best = candidate;
      }
    }
    return best;
  }

  /** The header (first non-blank row) and the rows of people below it. */
  private static RosterSheet sheet(List<List<String>> rows, List<Integer> numbers) {
    int header = 0;
    while (header < rows.size() && blank(rows.get(header))) {
      header++;
    }
    refuseUnless(header < rows.size(), "roster.file.empty");
    List<RosterColumn> columns = new ArrayList<>();
    List<String> ignored = new ArrayList<>();
    List<Optional<RosterColumn>> positions = new ArrayList<>();
    for (String name : rows.get(header)) {
      Optional<RosterColumn> column = RosterColumn.named(name);
      positions.add(column);
      if (column.isEmpty()) {
        if (!name.isBlank()) {
          ignored.add(name.strip());
        }
      } else {
        refuseUnless(
            !columns.contains(column.get()),
            "roster.file.duplicateColumn",
            DomainRuleViolation.phrase("roster.column." + column.get().name()));
        columns.add(column.get());
      }
    }
    for (RosterColumn column : RosterColumn.values()) {
      refuseUnless(
          !column.required() || columns.contains(column),
          "roster.file.missingColumn",
          DomainRuleViolation.phrase("roster.column." + column.name()));
    }
    List<RosterLine> lines = new ArrayList<>();
    for (int r = header + 1; r < rows.size(); r++) {
      if (blank(rows.get(r))) {
        continue;
      }
      Map<RosterColumn, String> cells = new EnumMap<>(RosterColumn.class);
      List<String> values = rows.get(r);
      for (int c = 0; c < Math.min(values.size(), positions.size()); c++) {
        int at = c;
        positions
            .get(c)
            .filter(x -> !values.get(at).isBlank())
            .ifPresent(x -> cells.put(x, values.get(at)));
      }
      lines.add(new RosterLine(numbers.get(r), cells));
    }
    refuseUnless(!lines.isEmpty(), "roster.file.noRows");
    refuseUnless(lines.size() <= MAX_ROWS, "roster.file.tooManyRows", MAX_ROWS);
    return new RosterSheet(columns, ignored, lines);
  }

  private static boolean blank(List<String> row) {
    return row.stream().allMatch(cell -> cell == null || cell.isBlank());
  }

  private static boolean startsWith(byte[] content, int... prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((content[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static void refuseUnless(boolean condition, String key, Object... arguments) {
    DomainRuleViolation.require(condition, FIELD, key, arguments);
  }
}
