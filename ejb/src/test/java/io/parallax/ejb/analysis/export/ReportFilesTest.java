package io.parallax.ejb.analysis.export;

import static io.parallax.domain.contracting.ElementRating.CLEAR;
import static io.parallax.domain.contracting.ElementRating.PARTIAL;
import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.domain.contracting.ContractingElement;
import io.parallax.domain.contracting.DriftMarker;
import io.parallax.ejb.analysis.CareerBand;
import io.parallax.ejb.analysis.CohortTrend;
import io.parallax.ejb.analysis.CohortTrends;
import io.parallax.ejb.analysis.ContractingTally;
import io.parallax.ejb.analysis.ModellingEffect;
import io.parallax.ejb.analysis.ModellingReport;
import io.parallax.ejb.analysis.ParallelProcessSignal;
import io.parallax.ejb.analysis.ReportPeriod;
import io.parallax.ejb.analysis.SessionKind;
import io.parallax.ejb.analysis.SignalLevel;
import io.parallax.ejb.analysis.StageProgression;
import io.parallax.ejb.analysis.StageStep;
import io.parallax.ejb.analysis.TraineeModelling;
import io.parallax.ejb.analysis.TrendRow;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The cohort report's files read back as a person's tools read them: the PDF's text (PDFBox) and
 * its first page as an image, the workbook cell by cell (POI), the ZIP's CSV files line by line.
 */
class ReportFilesTest {

  private static final LocalDate JAN = LocalDate.of(2026, 1, 1);
  private static final ZonedDateTime GENERATED =
      ZonedDateTime.of(2026, 2, 3, 14, 5, 0, 0, ZoneId.of("UTC"));
  private static final List<String> TRAINEES =
      List.of("Ann, \"the\" coach", "Björn Østergaard", "Chidi Okafor", "Dana Weiß");

  /**
   * Four trainees; January and February client sessions (C,C,P,P: 75) and supervision (100); Ann's
   * focus weak in 46.8 % of client and 60 % of supervision sessions (46.8 % mirrored weakness).
   */
  static CohortReportData data(Locale locale) {
    List<UUID> ids = TRAINEES.stream().map(n -> UUID.randomUUID()).toList();
    List<TrendRow> rows = new ArrayList<>();
    for (LocalDate month : List.of(JAN, JAN.plusMonths(1))) {
      long number = ReportPeriod.MONTH.numberOf(month);
      rows.add(
          new TrendRow(
              SessionKind.CLIENT,
              number,
              ids.get(0),
              CareerBand.MONTHS_0_3,
              ContractingTally.ofSession(CLEAR, CLEAR, PARTIAL, PARTIAL)));
      rows.add(
          new TrendRow(
              SessionKind.SUPERVISION,
              number,
              ids.get(0),
              CareerBand.MONTHS_0_3,
              ContractingTally.ofSession(CLEAR, CLEAR, CLEAR, CLEAR)));
    }
    CohortTrend trend =
        new CohortTrend(
            UUID.randomUUID(),
            ReportPeriod.MONTH,
            JAN,
            JAN.plusMonths(2).minusDays(1),
            CohortTrends.rollUp(ReportPeriod.MONTH, rows, t -> "1"));
    List<ParallelProcessSignal> signals = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      signals.add(signal(ids.get(i), TRAINEES.get(i), i));
    }
    List<TraineeModelling> modelling = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      modelling.add(
          new TraineeModelling(
              ids.get(i), TRAINEES.get(i), new ModellingEffect(2, 12.5, 3, 2.5 * i)));
    }
    StageProgression stages =
        StageProgression.of(
            List.of("1", "2", "3", "3i"),
            4,
            List.of(
                new StageStep(ids.get(0), JAN, "1"),
                new StageStep(ids.get(1), JAN, "2"),
                new StageStep(ids.get(2), JAN.plusDays(10), "2")),
            JAN.plusMonths(2));
    return new CohortReportData(
        "Süd-Akademie",
        "Winter, 2026",
        JAN.plusMonths(2).minusDays(1),
        GENERATED,
        locale,
        trend,
        signals,
        new ModellingReport(
            JAN, JAN.plusMonths(2), 14, new ModellingEffect(8, 12.5, 12, 3.75), modelling),
        stages);
  }

  private static ParallelProcessSignal signal(UUID id, String name, int i) {
    Map<ContractingElement, Double> client = new EnumMap<>(ContractingElement.class);
    Map<ContractingElement, Double> supervision = new EnumMap<>(ContractingElement.class);
    for (ContractingElement e : ContractingElement.values()) {
      client.put(e, i == 3 ? null : (0.468 + 0.1 * e.ordinal()) * (1 - 0.25 * i));
      supervision.put(e, 0.6 + 0.1 * e.ordinal());
    }
    return new ParallelProcessSignal(
        id,
        name,
        i == 0 ? SignalLevel.LIKELY : i == 1 ? SignalLevel.POSSIBLE : SignalLevel.NONE,
        4 - i,
        true,
        10,
        5,
        i == 0 ? Set.of(ContractingElement.FOCUS, ContractingElement.OUTCOME) : Set.of(),
        i == 0 ? Set.of(DriftMarker.STORYTELLING) : Set.of(),
        i == 0,
        1,
        client,
        supervision,
        List.of());
  }

  @Test
  void pdfTextNamesSchoolCohortPeriodAndEveryHeatMapRowWithPercentages() throws Exception {
    byte[] pdf = PdfReport.write(data(Locale.ENGLISH));

    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = page(document, 0);
      String first = page(document, 1);
      assertThat(first)
          .contains("Cohort report: Winter, 2026")
          .contains("Parallax · Süd-Akademie")
          .contains("Jan 1, 2026")
          .contains("Feb 28, 2026")
          .contains("Generated Feb 3, 2026, 14:05 UTC")
          .contains("Contracting trend")
          .contains("Drift in client sessions")
          .contains("Developmental stages now")
          .contains("Page 1 of " + document.getNumberOfPages());
      assertThat(text).contains("Mirrored weakness: trainees × elements");
      assertThat(text).contains("Weak in both places:").contains("80–100 %");
      for (String trainee : TRAINEES) {
        assertThat(text).contains(trainee);
      }
      // Ann's focus: the lower of 46.8 % (clients) and 60 % (supervision), mirrored
      assertThat(text).contains("46.8% · mirrored").doesNotContain("0.468");
      assertThat(text).contains("no data");
      assertThat(text).contains("Stage progression").contains("Not assessed");
      assertThat(text).contains("Clear: Focus").contains("100.0%").contains("0.0%");
      for (int p = 1; p <= document.getNumberOfPages(); p++) {
        assertThat(page(document, p)).as("page %d", p).contains("Süd-Akademie").contains("Page");
      }
      save(document, "cohort-report-en");
    }
  }

  @Test
  void pdfSpeaksTheRequestersLanguage() throws Exception {
    byte[] pdf = PdfReport.write(data(Locale.GERMAN));

    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = page(document, 0);
      assertThat(page(document, 1))
          .contains("Kohortenbericht: Winter, 2026")
          .contains("Erstellt am 03.02.2026, 14:05 UTC")
          .contains("Seite 1 von " + document.getNumberOfPages());
      assertThat(text)
          .contains("Gespiegelte Schwächen")
          .contains("46,8 %")
          .contains("gespiegelt")
          .contains("Ohne Stufe")
          .doesNotContain("Mirrored")
          .doesNotContain("Page ");
      save(document, "cohort-report-de");
    }
  }

  @Test
  void xlsxHasOneSheetPerTableWithFrozenHeadingsAndFormattedNumbers() throws Exception {
    try (XSSFWorkbook book =
        new XSSFWorkbook(new ByteArrayInputStream(XlsxReport.write(data(Locale.ENGLISH))))) {
      assertThat(book.getNumberOfSheets()).isEqualTo(5);
      assertThat(List.of(0, 1, 2, 3, 4).stream().map(book::getSheetName))
          .containsExactly("Trend", "Heat map", "Signals", "Modelling", "Stages");
      Sheet trend = book.getSheet("Trend");
      assertThat(trend.getPaneInformation().isFreezePane()).isTrue();
      assertThat(trend.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
      assertThat(trend.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Period");
      assertThat(trend.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Clear: Focus");
      assertThat(trend.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Jan 1, 2026");
      assertThat(trend.getRow(1).getCell(1).getStringCellValue()).isEqualTo("client");
      assertThat(trend.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(1.0);
      assertThat(trend.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(75.0);
      assertThat(trend.getRow(1).getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.0");
      assertThat(trend.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(1.0);
      assertThat(trend.getRow(1).getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
      assertThat(trend.getRow(1).getCell(6).getNumericCellValue()).isEqualTo(0.0);
      assertThat(trend.getLastRowNum()).isEqualTo(4);
      Sheet heat = book.getSheet("Heat map");
      assertThat(heat.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Focus");
      for (int r = 0; r < TRAINEES.size(); r++) {
        assertThat(heat.getRow(r + 1).getCell(0).getStringCellValue()).isEqualTo(TRAINEES.get(r));
      }
      assertThat(heat.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(0.468);
      assertThat(heat.getRow(4).getCell(2).getCellType())
          .isEqualTo(org.apache.poi.ss.usermodel.CellType.BLANK);
      Sheet signals = book.getSheet("Signals");
      assertThat(signals.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Likely");
      assertThat(signals.getRow(1).getCell(3).getStringCellValue()).isEqualTo("Focus, Outcome");
      assertThat(signals.getRow(1).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0");
      Sheet stages = book.getSheet("Stages");
      assertThat(stages.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Level 1");
      assertThat(stages.getRow(5).getCell(0).getStringCellValue()).isEqualTo("Not assessed");
      assertThat(stages.getRow(5).getCell(1).getNumericCellValue()).isEqualTo(1.0);
      Sheet modelling = book.getSheet("Modelling");
      assertThat(modelling.getRow(5).getCell(0).getStringCellValue()).isEqualTo("Whole cohort");
      assertThat(modelling.getRow(5).getCell(5).getNumericCellValue()).isEqualTo(8.75);
    }
  }

  @Test
  void xlsxSheetsAndHeadingsAreInGermanForAGermanRequester() throws Exception {
    try (XSSFWorkbook book =
        new XSSFWorkbook(new ByteArrayInputStream(XlsxReport.write(data(Locale.GERMAN))))) {
      assertThat(book.getSheetName(0)).isEqualTo("Verlauf");
      assertThat(book.getSheet("Heatmap").getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("Coach in Ausbildung");
      assertThat(book.getSheet("Verlauf").getRow(1).getCell(0).getStringCellValue())
          .isEqualTo("01.01.2026");
    }
  }

  @Test
  void csvIsAZipOfOneUtf8FilePerTableEachWithItsHeaderRow() throws Exception {
    Map<String, List<String>> files = unzip(CsvReport.write(data(Locale.ENGLISH)));

    assertThat(files.keySet())
        .containsExactly("trend.csv", "heat-map.csv", "signals.csv", "modelling.csv", "stages.csv");
    List<String> trend = files.get("trend.csv");
    assertThat(trend.get(0))
        .startsWith("Period,Sessions of,Sessions,Mean score,Clear: Focus (%),Clear: Outcome (%)");
    assertThat(trend.get(1))
        .isEqualTo("\"Jan 1, 2026\",client,1,75.0,100.0,100.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0");
    assertThat(trend.get(2)).startsWith("\"Jan 1, 2026\",supervision,1,100.0,100.0");
    assertThat(trend).hasSize(5);
    List<String> heat = files.get("heat-map.csv");
    assertThat(heat.get(0))
        .isEqualTo("Trainee,Signal,Focus (%),Outcome (%),Approach (%),Participation (%)");
    assertThat(heat.get(1)).startsWith("\"Ann, \"\"the\"\" coach\",Likely,46.8,56.8,");
    assertThat(heat.get(2)).startsWith("Björn Østergaard,Possible,35.1,");
    assertThat(heat.get(4)).isEqualTo("Dana Weiß,None,,,,");
    assertThat(files.get("signals.csv").get(1))
        .isEqualTo(
            "\"Ann, \"\"the\"\" coach\",Likely,4,\"Focus, Outcome\",Storytelling,yes,1,10,5");
    assertThat(files.get("stages.csv")).contains("Not assessed,1,");
  }

  @Test
  void csvFilesAreNamedAndHeadedInGermanForAGermanRequester() throws Exception {
    Map<String, List<String>> files = unzip(CsvReport.write(data(Locale.GERMAN)));

    assertThat(files).containsKeys("verlauf.csv", "heatmap.csv", "stufen.csv");
    assertThat(files.get("heatmap.csv").get(0)).startsWith("Coach in Ausbildung,Signal,Fokus (%)");
    // numbers stay machine-readable whatever the language
    assertThat(files.get("heatmap.csv").get(1)).contains(",46.8,");
  }

  @Test
  void theSameReportIsTheSameZipWhenWrittenAgainLater() throws Exception {
    byte[] first = CsvReport.write(data(Locale.ENGLISH));
    Thread.sleep(2_100); // a ZIP dates its entries to two seconds
    assertThat(CsvReport.write(data(Locale.ENGLISH))).isEqualTo(first);
  }

  @Test
  void formulaLikeCellsAreNeutered() {
    assertThat(CsvReport.cell("=HYPERLINK(1)")).isEqualTo("'=HYPERLINK(1)");
    assertThat(CsvReport.cell("-12.5")).isEqualTo("-12.5");
  }

  @Test
  void aLanguageWeDoNotShipIsEnglish() {
    assertThat(DocumentWords.of(Locale.JAPANESE).text("table.stages"))
        .isEqualTo("Stage progression");
    assertThat(DocumentWords.of(Locale.GERMANY).text("table.stages")).isEqualTo("Stufenverlauf");
  }

  private static Map<String, List<String>> unzip(byte[] zip) throws Exception {
    Map<String, List<String>> files = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        byte[] bytes = in.readAllBytes();
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\r\n");
        files.put(entry.getName(), List.of(text.split("\r\n")));
      }
    }
    return files;
  }

  /** The text of page {@code page} (0: all pages), no-break spaces read as spaces. */
  static String page(PDDocument document, int page) throws Exception {
    PDFTextStripper stripper = new PDFTextStripper();
    if (page > 0) {
      stripper.setStartPage(page);
      stripper.setEndPage(page);
    }
    return stripper.getText(document).replace('\u00a0', ' ').replaceAll(" +", " ");
  }

  /** Pages 1 and 2 as PNG under target/screenshots ({@code name}-page1.png …), to look at. */
  static void save(PDDocument document, String name) throws Exception {
    Path dir = Path.of("target", "screenshots");
    Files.createDirectories(dir);
    for (int page = 0; page < Math.min(2, document.getNumberOfPages()); page++) {
      var image = new PDFRenderer(document).renderImageWithDPI(page, 110);
      ByteArrayOutputStream png = new ByteArrayOutputStream();
      ImageIO.write(image, "png", png);
      Files.write(dir.resolve(name + "-page" + (page + 1) + ".png"), png.toByteArray());
    }
  }
}
