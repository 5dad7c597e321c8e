package io.parallax.ejb.analysis.export;

import io.parallax.domain.contracting.ContractingElement;
import io.parallax.domain.contracting.DriftMarker;
import io.parallax.ejb.analysis.TrendPoint;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The charts of a report as PNG images (JFreeChart), drawn like the web report's Chart.js charts:
 * the same series colours (web {@code ChartJson.COLOURS}), white background, light grid lines,
 * sans-serif text, legend below, no title inside (the document heads each chart). Drawn at twice
 * the size they are shown, so they stay sharp in print.
 */
public final class ReportCharts {

  /** The web report's series colours, in order. */
  static final List<Color> COLOURS =
      List.of(
          new Color(0x1e3a5f),
          new Color(0xe07a1f),
          new Color(0x2a9d8f),
          new Color(0xb5179e),
          new Color(0x6c757d),
          new Color(0x8ab17d));

  static final Color TEXT = new Color(0x1f2937);
  static final Color GRID = new Color(0xdde1e6);
  static final int SCALE = 2;

  private ReportCharts() {}

  /** Share of client sessions rating each element clear, and both mean scores, per period (%). */
  public static byte[] scoreTrend(CohortReportData data, int width, int height) {
    DocumentWords w = data.words();
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (TrendPoint point : data.trend().points()) {
      String period = w.date(point.start());
      for (ContractingElement e : ContractingElement.values()) {
        Double share = point.all().client().clearShare().get(e);
        dataset.addValue(
            share == null ? null : 100 * share, w.text("series.clear", w.element(e)), period);
      }
      dataset.addValue(point.all().client().meanScore(), w.text("series.clientScore"), period);
      dataset.addValue(
          point.all().supervision().meanScore(), w.text("series.supervisionScore"), period);
    }
    JFreeChart chart =
        ChartFactory.createLineChart(
            null,
            null,
            w.text("chart.trend.axis"),
            dataset,
            PlotOrientation.VERTICAL,
            true,
            false,
            false);
    styled(chart);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.getRangeAxis().setRange(0, 100);
    LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
    renderer.setDefaultShapesVisible(true);
    for (int s = 0; s < dataset.getRowCount(); s++) {
      renderer.setSeriesStroke(s, new BasicStroke(2.5f));
    }
    return png(chart, width, height);
  }

  /** Drift-marker rates of client sessions per period, stacked (%). */
  public static byte[] drift(CohortReportData data, int width, int height) {
    DocumentWords w = data.words();
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (TrendPoint point : data.trend().points()) {
      for (DriftMarker marker : DriftMarker.values()) {
        Double rate = point.all().client().driftRate().get(marker);
        dataset.addValue(rate == null ? null : rate * 100, w.drift(marker), w.date(point.start()));
      }
    }
    JFreeChart chart =
        ChartFactory.createStackedBarChart(
            null,
            null,
            w.text("chart.drift.axis"),
            dataset,
            PlotOrientation.VERTICAL,
            true,
            false,
            false);
    styled(chart);
    return png(chart, width, height);
  }

  /** Trainees per current developmental level. */
  public static byte[] stages(CohortReportData data, int width, int height) {
    DocumentWords w = data.words();
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    data.stages()
        .distribution()
        .forEach(
            (level, count) -> dataset.addValue(count, w.text("chart.stages.axis"), w.level(level)));
    JFreeChart chart =
        ChartFactory.createBarChart(
            null,
            null,
            w.text("chart.stages.axis"),
            dataset,
            PlotOrientation.VERTICAL,
            false,
            false,
            false);
    styled(chart);
    return png(chart, width, height);
  }

  /** A line chart of {@code dataset} in the web report's look; {@code max} caps the axis. */
  static byte[] line(
      DefaultCategoryDataset dataset, String axis, Double max, int width, int height) {
    JFreeChart chart =
        ChartFactory.createLineChart(
            null, null, axis, dataset, PlotOrientation.VERTICAL, true, false, false);
    styled(chart);
    CategoryPlot plot = chart.getCategoryPlot();
    if (max != null) {
      plot.getRangeAxis().setRange(0, max);
    }
    LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
    renderer.setDefaultShapesVisible(true);
    for (int s = 0; s < dataset.getRowCount(); s++) {
      renderer.setSeriesStroke(s, new BasicStroke(2.5f));
    }
    return png(chart, width, height);
  }

  /** A stacked bar chart of {@code dataset} in the web report's look. */
  static byte[] stackedBars(DefaultCategoryDataset dataset, String axis, int width, int height) {
    JFreeChart chart =
        ChartFactory.createStackedBarChart(
            null, null, axis, dataset, PlotOrientation.VERTICAL, true, false, false);
    styled(chart);
    return png(chart, width, height);
  }

  /** The web report's look: colours, fonts, white plot, light grid, flat bars, legend below. */
  private static void styled(JFreeChart chart) {
    StandardChartTheme theme = new StandardChartTheme("Parallax");
    theme.setRegularFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
    theme.setLargeFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    theme.setExtraLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
    theme.setSmallFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
    theme.setChartBackgroundPaint(Color.WHITE);
    theme.setPlotBackgroundPaint(Color.WHITE);
    theme.setLegendBackgroundPaint(Color.WHITE);
    theme.setPlotOutlinePaint(Color.WHITE);
    theme.setDomainGridlinePaint(GRID);
    theme.setRangeGridlinePaint(GRID);
    theme.setAxisLabelPaint(TEXT);
    theme.setTickLabelPaint(TEXT);
    theme.setLegendItemPaint(TEXT);
    theme.setBarPainter(new StandardBarPainter());
    theme.setShadowVisible(false);
    theme.setAxisOffset(RectangleInsets.ZERO_INSETS);
    theme.setDrawingSupplier(
        new DefaultDrawingSupplier(
            COLOURS.toArray(new Paint[0]),
            COLOURS.toArray(new Paint[0]),
            DefaultDrawingSupplier.DEFAULT_STROKE_SEQUENCE,
            DefaultDrawingSupplier.DEFAULT_OUTLINE_STROKE_SEQUENCE,
            DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
    theme.apply(chart);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setOutlineVisible(false);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlineStroke(new BasicStroke(1f));
    plot.getDomainAxis().setAxisLineVisible(false);
    plot.getDomainAxis().setTickMarksVisible(false);
    plot.getRangeAxis().setAxisLineVisible(false);
    plot.getRangeAxis().setTickMarksVisible(false);
    plot.getDomainAxis().setMaximumCategoryLabelLines(2);
    // counts and percentages: whole ticks from zero, never 4E-9 when everything is zero
    NumberAxis range = (NumberAxis) plot.getRangeAxis();
    range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    range.setAutoRangeIncludesZero(true);
    range.setAutoRangeMinimumSize(4);
    range.setLowerBound(0);
    if (plot.getCategoriesForAxis(plot.getDomainAxis()).size() > 8) {
      plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    }
    if (plot.getRenderer() instanceof BarRenderer bars) {
      bars.setItemMargin(0.05);
      bars.setMaximumBarWidth(0.12);
      bars.setDrawBarOutline(false);
    }
    LegendTitle legend = chart.getLegend();
    if (legend != null) {
      legend.setFrame(BlockBorder.NONE);
      legend.setPosition(RectangleEdge.BOTTOM);
    }
  }

  private static byte[] png(JFreeChart chart, int width, int height) {
    BufferedImage image =
        chart.createBufferedImage(width * SCALE, height * SCALE, width, height, null);
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
