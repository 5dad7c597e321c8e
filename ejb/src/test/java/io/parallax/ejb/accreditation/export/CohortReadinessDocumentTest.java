package io.parallax.ejb.accreditation.export;

import static io.parallax.ejb.accreditation.export.IcfLogDocumentTest.assertBlank;
import static io.parallax.ejb.accreditation.export.IcfLogDocumentTest.assertDate;
import static io.parallax.ejb.accreditation.export.IcfLogDocumentTest.assertNumber;
import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.domain.accreditation.Requirement;
import io.parallax.domain.accreditation.RequirementProgress;
import io.parallax.ejb.accreditation.CohortReadiness;
import io.parallax.ejb.accreditation.TraineeReadiness;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A cohort's readiness file: the readiness page's figures, then each requirement's. */
class CohortReadinessDocumentTest {

  static CohortReadinessDocument.Data data(Locale locale) {
    TraineeReadiness ada =
        new TraineeReadiness(
            UUID.randomUUID(),
            "Ada Trainee",
            "Spring 2026",
            "ICF ACC",
            List.of(
                hours(Requirement.COACHING_HOURS, "40.50", "100", "2.25", "1.00"),
                counted(Requirement.CLIENTS, 7, 8),
                hours(Requirement.MENTOR_HOURS, "10", "10", "0", "0")),
            false,
            LocalDate.of(2027, 5, 3),
            true);
    TraineeReadiness ben =
        new TraineeReadiness(
            UUID.randomUUID(),
            "Ben Trainee",
            "Spring 2026",
            "ICF ACC",
            List.of(
                hours(Requirement.COACHING_HOURS, "100", "100", "0", "0"),
                counted(Requirement.CLIENTS, 9, 8),
                hours(Requirement.MENTOR_HOURS, "10", "10", "0", "0")),
            true,
            null,
            false);
    return new CohortReadinessDocument.Data(
        new CohortReadiness(
            UUID.randomUUID(),
            "Spring 2026",
            "ICF ACC",
            LocalDate.of(2027, 1, 31),
            List.of(ada, ben)),
        LocalDate.of(2026, 11, 29),
        locale);
  }

  private static RequirementProgress hours(
      Requirement r, String done, String required, String pending, String unsubmitted) {
    BigDecimal d = new BigDecimal(done);
    BigDecimal q = new BigDecimal(required);
    BigDecimal missing = q.subtract(d).max(BigDecimal.ZERO);
    return new RequirementProgress(r, d, q, missing, missing.signum() == 0, null)
        .withUnapproved(new BigDecimal(pending), new BigDecimal(unsubmitted));
  }

  private static RequirementProgress counted(Requirement r, long done, long required) {
    long missing = Math.max(0, required - done);
    return new RequirementProgress(
        r,
        BigDecimal.valueOf(done),
        BigDecimal.valueOf(required),
        BigDecimal.valueOf(missing),
        missing == 0,
        null);
  }

  @Test
  void theWorkbookHasOneRowPerTraineeWithThePagesFiguresAndEachRequirement() throws Exception {
    byte[] xlsx = CohortReadinessDocument.xlsx(data(Locale.ENGLISH));
    Samples.save("cohort-readiness-spring-2026-2026-11-29.xlsx", xlsx);

    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = book.getSheetAt(0);
      assertThat(sheet.getSheetName()).isEqualTo("Readiness");
      assertThat(IcfLogDocumentTest.texts(sheet.getRow(0), 15))
          .containsExactly(
              "Trainee",
              "Status",
              "Requirements met",
              "Requirements",
              "Coaching hours done",
              "Coaching hours required",
              "Waiting for approval (h)",
              "Not submitted (h)",
              "Projected",
              "Coaching hours: done",
              "Coaching hours: required",
              "Clients: done",
              "Clients: required",
              "Mentor-coaching hours: done",
              "Mentor-coaching hours: required");
      Row ada = sheet.getRow(1);
      assertThat(ada.getCell(0).getStringCellValue()).isEqualTo("Ada Trainee");
      assertThat(ada.getCell(1).getStringCellValue()).isEqualTo("Behind");
      assertNumber(ada.getCell(2), 1);
      assertNumber(ada.getCell(3), 3);
      assertNumber(ada.getCell(4), 40.5);
      assertNumber(ada.getCell(5), 100);
      assertNumber(ada.getCell(6), 2.25);
      assertNumber(ada.getCell(7), 1);
      assertDate(ada.getCell(8), "2027-05-03");
      assertNumber(ada.getCell(11), 7);
      assertNumber(ada.getCell(12), 8);
      Row ben = sheet.getRow(2);
      assertThat(ben.getCell(1).getStringCellValue()).isEqualTo("Ready");
      assertNumber(ben.getCell(2), 3);
      assertBlank(ben.getCell(8));
      assertThat(sheet.getLastRowNum()).isEqualTo(2);
    }
  }

  @Test
  void theCsvSaysTheSameInGermanWithMachineReadableNumbers() throws Exception {
    CohortReadinessDocument.Data german = data(Locale.GERMAN);
    byte[] csv = CohortReadinessDocument.csv(german);
    Samples.save("kohorten-bereitschaft-spring-2026-2026-11-29.csv", csv);

    List<CSVRecord> records = IcfLogDocumentTest.parse(csv);

    assertThat(records.get(0).get(0)).isEqualTo("Coach in Ausbildung");
    assertThat(records.get(0).get(11)).isEqualTo("Klienten: erreicht");
    assertThat(records.get(1).toList().subList(0, 13))
        .containsExactly(
            "Ada Trainee",
            "Im Rückstand",
            "1",
            "3",
            "40.50",
            "100.00",
            "2.25",
            "1.00",
            "2027-05-03",
            "40.50",
            "100.00",
            "7",
            "8");
    assertThat(records.get(2).get(1)).isEqualTo("Bereit");
    assertThat(records.get(2).get(8)).isEmpty();
    assertThat(records).hasSize(3);
    assertThat(CohortReadinessDocument.fileName(german, "csv"))
        .isEqualTo("kohorten-bereitschaft-spring-2026-2026-11-29.csv");
    Samples.save(
        "cohort-readiness-spring-2026-2026-11-29.csv",
        CohortReadinessDocument.csv(data(Locale.ENGLISH)));
  }
}
