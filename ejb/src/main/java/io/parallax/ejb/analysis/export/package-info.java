/**
 * Cohort report files: the figures of a cohort report written as CSV, XLSX (Apache POI) or PDF
 * (OpenPDF, with JFreeChart charts). Pure writers: figures in, bytes out; the services decide what
 * goes in and produce the files in the background.
 */
package io.parallax.ejb.analysis.export;
