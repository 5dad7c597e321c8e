package io.parallax.ejb.analysis;

import io.parallax.domain.analysis.ExportFormat;
import io.parallax.domain.analysis.ExportStatus;
import io.parallax.domain.analysis.ReportExport;
import java.time.Instant;
import java.util.UUID;

/** Where a report export stands, without its file. */
public record ExportView(
    UUID id,
    UUID cohortId,
    ExportFormat format,
    ExportStatus status,
    int progress,
    String fileName,
    String failure,
    Instant requestedAt,
    Instant finishedAt) {

  static ExportView of(ReportExport export) {
    return new ExportView(
        export.id(),
        export.cohort().id(),
        export.format(),
        export.status(),
        export.progress(),
        export.fileName().orElse(null),
        export.failure().orElse(null),
        export.requestedAt(),
        export.finishedAt().orElse(null));
  }
}
