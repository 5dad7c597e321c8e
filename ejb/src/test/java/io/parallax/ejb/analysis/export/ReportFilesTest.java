package io.parallax.ejb.analysis.export;

import static io.parallax.domain.contracting.ElementRating.CLEAR;
import static io.parallax.domain.contracting.ElementRating.PARTIAL;
import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import io.parallax.ejb.analysis.CareerBand;
import io.parallax.ejb.analysis.CohortTrend;
import io.parallax.ejb.analysis.CohortTrends;
import io.parallax.ejb.analysis.ContractingTally;
import io.parallax.ejb.analysis.ModellingEffect;
import io.parallax.ejb.analysis.ModellingReport;
import io.parallax.ejb.analysis.ParallelProcessJudge;
import io.parallax.ejb.analysis.ReportPeriod;
import io.parallax.ejb.analysis.SessionKind;
import io.parallax.ejb.analysis.SignalThresholds;
import io.parallax.ejb.analysis.StageProgression;
import io.parallax.ejb.analysis.TraineeEvidence;
import io.parallax.ejb.analysis.TraineeModelling;
import io.parallax.ejb.analysis.TrendRow;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ReportFilesTest {

  private static final LocalDate JAN = LocalDate.of(2026, 1, 1);

  /**
   * One trainee "Ann, \"the\" coach", one January client session (C,C,P,P: 75) and supervision
   * (100).
   */
  private static CohortReportData data() {
    UUID ann = UUID.randomUUID();
    long month = ReportPeriod.MONTH.numberOf(JAN);
    List<TrendRow> rows =
        List.of(
            new TrendRow(
                SessionKind.CLIENT,
                month,
                ann,
                CareerBand.MONTHS_0_3,
                ContractingTally.ofSession(CLEAR, CLEAR, PARTIAL, PARTIAL)),
            new TrendRow(
                SessionKind.SUPERVISION,
                month,
                ann,
                CareerBand.MONTHS_0_3,
                ContractingTally.ofSession(CLEAR, CLEAR, CLEAR, CLEAR)));
    CohortTrend trend =
        new CohortTrend(
            UUID.randomUUID(),
            ReportPeriod.MONTH,
            JAN,
            JAN.plusDays(30),
            CohortTrends.rollUp(ReportPeriod.MONTH, rows, t -> "1"));
    var signal =
        new ParallelProcessJudge(SignalThresholds.DEFAULTS).judge(TraineeEvidence.none(ann));
    var named =
        new io.parallax.ejb.analysis.ParallelProcessSignal(
            ann,
            "Ann, \"the\" coach",
            signal.level(),
            signal.points(),
            signal.enoughSessions(),
            signal.clientSessions(),
            signal.supervisionSessions(),
            signal.mirroredElements(),
            signal.mirroredDrift(),
            signal.overResponsibility(),
            signal.observations(),
            signal.clientWeakShare(),
            signal.supervisionWeakShare(),
            List.of());
    ModellingReport modelling =
        new ModellingReport(
            JAN,
            JAN.plusDays(30),
            14,
            ModellingEffect.NONE,
            List.of(new TraineeModelling(ann, "Ann", ModellingEffect.NONE)));
    StageProgression stages = StageProgression.of(List.of("1", "2"), 1, List.of(), JAN);
    return new CohortReportData(
        "Winter, 2026", JAN.plusDays(30), trend, List.of(named), modelling, stages);
  }

  @Test
  void csvHasEverySectionWithQuotedCells() {
    String csv = new String(CsvReport.write(data()), StandardCharsets.UTF_8);

    assertThat(csv).startsWith("\"Cohort report: Winter, 2026\"\r\n");
    assertThat(csv).contains("2026-01-01,client,1,75.0,1.000,1.000,0.000,0.000");
    assertThat(csv).contains("2026-01-01,supervision,1,100.0");
    assertThat(csv).contains("\"Ann, \"\"the\"\" coach\",NONE,0");
    assertThat(csv).contains("Stage progression").contains("unassessed,1,");
  }

  @Test
  void formulaLikeCellsAreNeutered() {
    assertThat(CsvReport.cell("=HYPERLINK(1)")).isEqualTo("'=HYPERLINK(1)");
    assertThat(CsvReport.cell("-12.5")).isEqualTo("-12.5");
  }

  @Test
  void xlsxHasOneSheetPerTableWithNumbers() throws Exception {
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(XlsxReport.write(data())))) {
      assertThat(book.getNumberOfSheets()).isEqualTo(4);
      var trend = book.getSheet("Trend");
      assertThat(trend.getRow(3).getCell(1).getStringCellValue()).isEqualTo("client");
      assertThat(trend.getRow(3).getCell(3).getNumericCellValue()).isEqualTo(75.0);
      assertThat(book.getSheet("Signals").getRow(3).getCell(0).getStringCellValue())
          .isEqualTo("Ann, \"the\" coach");
    }
  }

  @Test
  void pdfHasTheChartsAndTheTables() throws Exception {
    byte[] pdf = PdfReport.write(data());

    assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    PdfReader reader = new PdfReader(pdf);
    // charts on the first pages, then one page per table (4)
    assertThat(reader.getNumberOfPages()).isGreaterThanOrEqualTo(5);
    reader.close();
  }
}
