package io.parallax.web.analysis;

import io.parallax.domain.analysis.ExportFormat;
import io.parallax.domain.analysis.ExportStatus;
import io.parallax.domain.contracting.ContractingElement;
import io.parallax.domain.contracting.DriftMarker;
import io.parallax.ejb.NoSuchRecord;
import io.parallax.ejb.analysis.CohortReports;
import io.parallax.ejb.analysis.CohortTrend;
import io.parallax.ejb.analysis.ExportFile;
import io.parallax.ejb.analysis.ExportView;
import io.parallax.ejb.analysis.ModellingReport;
import io.parallax.ejb.analysis.ParallelProcessSignal;
import io.parallax.ejb.analysis.ReportExports;
import io.parallax.ejb.analysis.ReportPeriod;
import io.parallax.ejb.analysis.ScaleStages;
import io.parallax.ejb.analysis.StageProgression;
import io.parallax.ejb.analysis.TrendPoint;
import io.parallax.ejb.school.CohortSummary;
import io.parallax.ejb.school.Cohorts;
import io.parallax.web.Words;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.function.Function;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The cohort report for school admins and supervisors: trend lines per element, drift stacked bars,
 * stage distribution, the trainees × elements heat map of mirrored weakness, the modelling effect,
 * and exports with their progress. A supervisor's report holds only their supervisees.
 */
@Named
@ViewScoped
public class CohortReportView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB transient CohortReports reports;
  @Inject Words words;
  @EJB transient ReportExports exports;
  @EJB transient Cohorts cohorts;

  private String cohort;
  private String period = ReportPeriod.MONTH.name();
  private List<CohortSummary> choices = List.of();
  private CohortTrend trend;
  private List<ParallelProcessSignal> signals = List.of();
  private StageProgression stages;
  private List<ScaleStages> stagesByScale = List.of();
  private ModellingReport modelling;
  private String cohortName;

  /** Loads the report of the chosen cohort (the newest one when none is chosen). */
  public void load() {
    choices = cohorts.list();
    if ((cohort == null || cohort.isBlank()) && !choices.isEmpty()) {
      cohort = choices.get(0).id().toString();
    }
    if (cohort == null || cohort.isBlank()) {
      return;
    }
    try {
      UUID id = UUID.fromString(cohort);
      cohortName = reports.cohortName(id);
      trend = reports.trend(id, ReportPeriod.valueOf(period), null, null);
      signals = reports.signals(id, null);
      stages = reports.stages(id);
      stagesByScale = reports.stagesByScale(id);
      modelling = reports.modelling(id, null, null);
    } catch (NoSuchRecord | IllegalArgumentException e) {
      trend = null;
      signals = List.of();
      message(FacesMessage.SEVERITY_WARN, text("report.noCohort"));
    }
  }

  public void requestExport(String format) {
    if (cohort == null) {
      return;
    }
    exports.request(
        UUID.fromString(cohort),
        ExportFormat.valueOf(format),
        FacesContext.getCurrentInstance().getViewRoot().getLocale());
    message(FacesMessage.SEVERITY_INFO, text("export.requested"));
  }

  public List<ExportView> getExports() {
    return exports.mine();
  }

  public boolean isExportRunning() {
    return getExports().stream()
        .anyMatch(e -> e.status() == ExportStatus.QUEUED || e.status() == ExportStatus.RUNNING);
  }

  public StreamedContent download(UUID export) {
    ExportFile file = exports.download(export);
    return DefaultStreamedContent.builder()
        .name(file.fileName())
        .contentType(file.mediaType())
        .contentLength((long) file.content().length)
        .stream(() -> new ByteArrayInputStream(file.content()))
        .build();
  }

  /** Share CLEAR per element in client sessions, one line per element, with the mean scores. */
  public String getTrendChart() {
    List<ChartJson.Series> series = new ArrayList<>();
    for (ContractingElement e : ContractingElement.values()) {
      series.add(
          series(text("element." + e.name()), p -> percent(p.all().client().clearShare().get(e))));
    }
    series.add(series(text("chart.scoreClient"), p -> p.all().client().meanScore()));
    series.add(series(text("chart.scoreSupervision"), p -> p.all().supervision().meanScore()));
    return ChartJson.line(labels(), series, text("chart.percent"), 100.0);
  }

  /** Drift-marker rates of client sessions per period, stacked. */
  public String getDriftChart() {
    List<ChartJson.Series> series = new ArrayList<>();
    for (DriftMarker m : DriftMarker.values()) {
      series.add(
          series(text("drift." + m.name()), p -> percent(p.all().client().driftRate().get(m))));
    }
    return ChartJson.bar(labels(), series, true, text("chart.percentSessions"));
  }

  public String getStageChart() {
    List<String> levels =
        stages.distribution().keySet().stream().map(l -> words.of("level", l)).toList();
    List<Double> counts = stages.distribution().values().stream().map(Long::doubleValue).toList();
    return ChartJson.bar(
        levels,
        List.of(new ChartJson.Series(text("chart.trainees"), counts)),
        false,
        text("chart.trainees"));
  }

  public List<HeatRow> getHeatMap() {
    return signals.stream().map(HeatRow::of).toList();
  }

  private ChartJson.Series series(String label, Function<TrendPoint, Double> value) {
    return new ChartJson.Series(label, trend.points().stream().map(value).toList());
  }

  private List<String> labels() {
    return trend.points().stream().map(p -> p.start().toString()).toList();
  }

  private static Double percent(Double share) {
    return share == null ? null : share * 100;
  }

  private static String text(String key) {
    FacesContext faces = FacesContext.getCurrentInstance();
    Locale locale = faces.getViewRoot().getLocale();
    return ResourceBundle.getBundle("io.parallax.web.reports", locale).getString(key);
  }

  private static void message(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }

  public List<ContractingElement> getElements() {
    return List.of(ContractingElement.values());
  }

  public List<String> getPeriods() {
    return List.of(ReportPeriod.MONTH.name(), ReportPeriod.WEEK.name());
  }

  public List<CohortSummary> getChoices() {
    return choices;
  }

  public String getCohort() {
    return cohort;
  }

  public void setCohort(String cohort) {
    this.cohort = cohort;
  }

  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period = period == null || period.isBlank() ? ReportPeriod.MONTH.name() : period;
  }

  public String getCohortName() {
    return cohortName;
  }

  public CohortTrend getTrend() {
    return trend;
  }

  public List<ParallelProcessSignal> getSignals() {
    return signals;
  }

  /** The name of the scale the main stage table and chart show: the school's default. */
  public String getDefaultScaleName() {
    return stagesByScale.stream()
        .filter(ScaleStages::schoolDefault)
        .map(ScaleStages::name)
        .findFirst()
        .orElse("");
  }

  /** Assessments made on other scales than the default (before the school switched), by scale. */
  public List<ScaleStages> getOtherScales() {
    return stagesByScale.stream().filter(s -> !s.schoolDefault()).toList();
  }

  public StageProgression getStages() {
    return stages;
  }

  public ModellingReport getModelling() {
    return modelling;
  }
}
