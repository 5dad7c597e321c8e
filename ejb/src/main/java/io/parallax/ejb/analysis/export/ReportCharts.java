package io.parallax.ejb.analysis.export;

import io.parallax.domain.contracting.DriftMarker;
import io.parallax.ejb.analysis.TrendPoint;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/** The charts of a cohort report as PNG images (JFreeChart), for the PDF. */
public final class ReportCharts {

  static final int WIDTH = 760;
  static final int HEIGHT = 320;

  private ReportCharts() {}

  /** Mean contracting score per period, client and supervision sessions. */
  public static byte[] scoreTrend(CohortReportData data) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (TrendPoint point : data.trend().points()) {
      String period = point.start().toString();
      add(dataset, point.all().client().meanScore(), "client sessions", period);
      add(dataset, point.all().supervision().meanScore(), "supervision sessions", period);
    }
    return png(
        ChartFactory.createLineChart(
            "Mean contracting score",
            "period",
            "score (0-100)",
            dataset,
            PlotOrientation.VERTICAL,
            true,
            false,
            false));
  }

  /** Drift-marker rates of client sessions per period, stacked. */
  public static byte[] drift(CohortReportData data) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (TrendPoint point : data.trend().points()) {
      for (DriftMarker marker : DriftMarker.values()) {
        Double rate = point.all().client().driftRate().get(marker);
        add(
            dataset,
            rate == null ? null : rate * 100,
            marker.name().toLowerCase(Locale.ROOT).replace('_', ' '),
            point.start().toString());
      }
    }
    return png(
        ChartFactory.createStackedBarChart(
            "Drift in client sessions",
            "period",
            "% of sessions",
            dataset,
            PlotOrientation.VERTICAL,
            true,
            false,
            false));
  }

  /** Trainees per current developmental level. */
  public static byte[] stages(CohortReportData data) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    data.stages()
        .distribution()
        .forEach((level, count) -> dataset.addValue(count, "trainees", level));
    return png(
        ChartFactory.createBarChart(
            "Current developmental level",
            "level",
            "trainees",
            dataset,
            PlotOrientation.VERTICAL,
            false,
            false,
            false));
  }

  private static void add(
      DefaultCategoryDataset dataset, Double value, String series, String period) {
    dataset.addValue(value, series, period);
  }

  private static byte[] png(JFreeChart chart) {
    BufferedImage image = chart.createBufferedImage(WIDTH, HEIGHT);
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
