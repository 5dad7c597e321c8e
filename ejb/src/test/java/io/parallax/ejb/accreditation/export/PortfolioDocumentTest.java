package io.parallax.ejb.accreditation.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.domain.accreditation.Requirement;
import io.parallax.domain.accreditation.RequirementProgress;
import io.parallax.ejb.accreditation.TraineeReadiness;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The portfolio summary's text, read back with PDFBox, against {@link Samples}. */
class PortfolioDocumentTest {

  private static PortfolioDocument.Data data(Locale locale, TraineeReadiness readiness) {
    return new PortfolioDocument.Data(
        "Süd-Akademie",
        "Ada Trainee",
        ZonedDateTime.of(2026, 11, 29, 9, 30, 0, 0, ZoneId.of("UTC")),
        Samples.TODAY,
        locale,
        readiness,
        LocalDate.of(2025, 9, 1),
        Samples.entries(),
        List.of(
            new PortfolioDocument.Approval(
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 6, 30),
                "Sol Supervisor",
                LocalDate.of(2026, 7, 3),
                new BigDecimal("5.58"))));
  }

  private static TraineeReadiness readiness() {
    return new TraineeReadiness(
        UUID.randomUUID(),
        "Ada Trainee",
        "Spring 2026",
        "EMCC Practitioner",
        List.of(
            new RequirementProgress(
                    Requirement.COACHING_HOURS,
                    new BigDecimal("5.58"),
                    new BigDecimal("100.00"),
                    new BigDecimal("94.42"),
                    false,
                    LocalDate.of(2029, 1, 1))
                .withUnapproved(new BigDecimal("1.00"), new BigDecimal("0.33")),
            new RequirementProgress(
                Requirement.CLIENTS,
                BigDecimal.valueOf(7),
                BigDecimal.valueOf(10),
                BigDecimal.valueOf(3),
                false,
                null),
            new RequirementProgress(
                Requirement.SUPERVISION_REGULARITY,
                BigDecimal.valueOf(3),
                BigDecimal.valueOf(4),
                BigDecimal.ONE,
                false,
                null)),
        false,
        null,
        true);
  }

  private static String text(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  @Test
  void theSummaryHoldsTrackHoursClientsSupervisionMentorCoachingCpdAndApprovals() throws Exception {
    byte[] pdf = PortfolioDocument.pdf(data(Locale.ENGLISH, readiness()));
    Samples.save("portfolio-summary-2026-11-29.pdf", pdf);

    String text = text(pdf);

    assertThat(text)
        .contains("Accreditation portfolio summary")
        .contains("Parallax · Süd-Akademie")
        .contains("Track: EMCC Practitioner (cohort Spring 2026)")
        .contains("Coaching hours 5.58 100.00 no 1.00 0.33")
        .contains("Clients 7 10 no")
        .contains("Periods with supervision 3 4 no")
        .contains("No projected date")
        // 335 approved minutes, 195 paid, 140 pro bono; A-1's group of 6 and b-2
        .contains("5.58 approved coaching hours (3.25 paid, 2.33 pro bono) in 6 sessions with 7")
        .contains("Practice: first approved session Feb 1, 2026, last Jun 1, 2026.")
        .contains("Beside them: 1.00 hours waiting for approval, 0.33 hours not submitted.")
        .contains("Practice counted since Sep 1, 2025.")
        .contains("3 supervision sessions, 3.50 hours in all.")
        // periods ending today: Aug 30-Nov 29 holds 10-01 and 11-10; Mar 1-May 29 holds 04-10
        .contains("Aug 30, 2026 – Nov 29, 2026 2 2.50")
        .contains("May 30, 2026 – Aug 29, 2026 0 0.00")
        .contains("Mar 1, 2026 – May 29, 2026 1 1.00")
        .contains("Quarters of the last 12 months with at least an hour of supervision: 2 of 4.")
        // the mentor coaching of 11-21 waits for approval: not counted
        .contains("3.50 approved hours in 2 sessions (2.00 hours one-to-one), from May 1, 2026")
        .contains("7.00 approved CPD hours in 2 entries; 4.00 hours in the last 12 months.")
        .contains("Periods your supervisor approved")
        .contains("Jan 1, 2026 Jun 30, 2026 Sol Supervisor Jul 3, 2026 5.58");
  }

  @Test
  void inGermanAndWithoutATrackTheSummarySaysSo() throws Exception {
    TraineeReadiness none =
        new TraineeReadiness(
            UUID.randomUUID(), "Ada Trainee", null, null, List.of(), false, null, false);
    PortfolioDocument.Data german = data(Locale.GERMAN, none);

    byte[] pdf = PortfolioDocument.pdf(german);
    Samples.save(
        "portfolio-uebersicht-2026-11-29.pdf",
        PortfolioDocument.pdf(data(Locale.GERMAN, readiness())));
    String text = text(pdf);

    assertThat(text)
        .contains("Portfolio-Übersicht zur Zertifizierung")
        .contains("Noch keine Ihrer Kohorten führt zu einem Zertifizierungsweg.")
        .contains("5,58 freigegebene Coaching-Stunden (3,25 bezahlt, 2,33 pro bono)")
        .contains("Von Ihrem Supervisor freigegebene Zeiträume");
    assertThat(PortfolioDocument.fileName(german)).isEqualTo("portfolio-uebersicht-2026-11-29.pdf");
  }
}
