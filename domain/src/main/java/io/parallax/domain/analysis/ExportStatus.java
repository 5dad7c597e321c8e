package io.parallax.domain.analysis;

/** Where a report export stands: waiting, being produced, ready to download, or failed. */
public enum ExportStatus {
  QUEUED,
  RUNNING,
  READY,
  FAILED
}
