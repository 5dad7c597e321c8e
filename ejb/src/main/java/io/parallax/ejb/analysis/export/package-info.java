/**
 * Documents people keep: the cohort report written as CSV (a ZIP of one file per table), XLSX
 * (fastexcel) or PDF (OpenPDF, with JFreeChart charts styled like the web report's), and a
 * trainee's own progress report as PDF. Pure writers: figures in, bytes out, in the requester's
 * language ({@link io.parallax.ejb.analysis.export.DocumentWords}, {@code documents.properties});
 * the services decide what goes in and produce the files in the background.
 */
package io.parallax.ejb.analysis.export;
