package io.parallax.ejb.school.roster;

import io.parallax.domain.DomainRuleViolation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

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

  /** The most a workbook may unpack to: a zip bomb is refused before it is read. */
  private static final long MAX_UNPACKED_BYTES = 100L * MAX_BYTES;

  /** Cell formats too, to tell a date from a number. */
  private static final ReadingOptions WITH_FORMATS = new ReadingOptions(true, false);

  /** Quoted text, escaped and padding characters and [colour]/[$currency] parts of a format. */
  private static final Pattern FORMAT_LITERALS =
      Pattern.compile("\"[^\"]*\"|[\\\\_*].|\\[[^\\]]*\\]");

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
    refuseUnless(unpacksWithin(content, MAX_UNPACKED_BYTES), "roster.file.xlsx");
    List<List<String>> rows = new ArrayList<>();
    List<Integer> numbers = new ArrayList<>();
    try (ReadableWorkbook workbook =
            new ReadableWorkbook(new ByteArrayInputStream(content), WITH_FORMATS);
        Stream<Row> sheet =
            workbook
                .getSheet(0)
                .orElseThrow(() -> new DomainRuleViolation(FIELD, "roster.file.empty"))
                .openStream()) {
      for (Iterator<Row> it = sheet.iterator(); it.hasNext(); ) {
        Row row = it.next();
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < Math.min(row.getCellCount(), MAX_COLUMNS); c++) {
          cells.add(text(row.getCell(c)));
        }
        if (blank(cells)) {
          continue;
        }
        rows.add(cells);
        numbers.add(row.getRowNum());
        refuseUnless(rows.size() <= MAX_ROWS + 1, "roster.file.tooManyRows", MAX_ROWS);
      }
    } catch (DomainRuleViolation refused) {
      throw refused;
    } catch (IOException | RuntimeException unreadable) {
      throw new DomainRuleViolation(FIELD, "roster.file.xlsx");
    }
    return sheet(rows, numbers);
  }

  /**
   * Whether the zip {@code content} unpacks to at most {@code limit} bytes, read the way the
   * workbook reader reads it (by the zip's directory).
   */
  private static boolean unpacksWithin(byte[] content, long limit) {
    byte[] buffer = new byte[8192];
    long unpacked = 0;
    try (ZipFile zip =
        ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
      for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
        try (InputStream in = zip.getInputStream(entry)) {
          for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            unpacked += n;
            if (unpacked > limit) {
              return false;
            }
          }
        }
      }
      return true;
    } catch (IOException | RuntimeException corrupt) {
      return false;
    }
  }

  /** A cell as the text a person sees: formulas by their last result, dates as ISO days. */
  private static String text(Cell cell) {
    if (cell == null || cell.getType() == CellType.ERROR || cell.getValue() == null) {
      return "";
    }
    return cell.getValue() instanceof BigDecimal number
        ? number(cell, number)
        : cell.getValue().toString();
  }

  private static String number(Cell cell, BigDecimal value) {
    return value.signum() >= 0 && dateFormat(cell.getDataFormatId(), cell.getDataFormatString())
        ? cell.asDate().toLocalDate().toString()
        : value.stripTrailingZeros().toPlainString();
  }

  /**
   * Whether a cell's number format shows a date or a time: one of Excel's built-in date formats
   * (14–22, 45–47) or a format with a day, month, year, hour or second outside quotes and brackets.
   */
  static boolean dateFormat(Integer id, String format) {
    if (id != null && (id >= 14 && id <= 22 || id >= 45 && id <= 47)) {
      return true;
    }
    return format != null
        && FORMAT_LITERALS
            .matcher(format)
            .replaceAll("")
            .chars()
            .anyMatch(c -> "dmyhsDMYHS".indexOf(c) >= 0);
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
