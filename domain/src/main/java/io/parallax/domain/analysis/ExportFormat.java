package io.parallax.domain.analysis;

/**
 * The file formats a cohort report is exported to. CSV is one file per table, so the download is a
 * ZIP of CSV files.
 */
public enum ExportFormat {
  CSV("application/zip", "zip"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
  PDF("application/pdf", "pdf");

  private final String mediaType;
  private final String extension;

  ExportFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }
}
