package io.parallax.ejb.accreditation.export;

import java.io.Serializable;

/** A produced export: its file name, media type and bytes. */
public record AccreditationFile(String name, String mediaType, byte[] content)
    implements Serializable {

  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  public static final String CSV = "text/csv";
  public static final String PDF = "application/pdf";

  /** The spreadsheet formats the tables come in. */
  public enum Format {
    XLSX,
    CSV
  }
}
