package io.parallax.web.calibration;

import io.parallax.domain.contracting.ContractingElement;
import io.parallax.ejb.calibration.ConsistencyReport;
import io.parallax.ejb.calibration.ConsistencyReport.OffsetFigure;
import io.parallax.ejb.calibration.GradingConsistency;
import io.parallax.ejb.calibration.GradingConsistency.BehindFigure;
import io.parallax.web.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * The grading consistency section of the cohort report (supervisors × elements offsets, heat-map
 * style) and the page of the assessments behind one of its figures.
 */
@Named
@ViewScoped
public class GradingConsistencyView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB transient GradingConsistency consistency;

  private ConsistencyReport report;
  private String supervisor;
  private String element;
  private List<BehindFigure> behind = List.of();

  public ConsistencyReport getReport() {
    if (report == null) {
      report = consistency.report(null, null, null);
    }
    return report;
  }

  /** The assessments behind the figure the page's parameters name (all elements when none). */
  public void loadBehind() {
    try {
      UUID id = UUID.fromString(supervisor == null ? "" : supervisor);
      ContractingElement chosen =
          element == null || element.isBlank() ? null : ContractingElement.valueOf(element);
      List<BehindFigure> rows =
          Messages.obtain("behind-", () -> consistency.behind(id, chosen, null, null));
      behind = rows == null ? List.of() : rows;
    } catch (IllegalArgumentException malformed) {
      Messages.error(Messages.text(Messages.COMMON, "calibration.noSuchFigure"));
    }
  }

  /**
   * The shade of an offset, from {@code px-offset-m2} (severe) to {@code px-offset-p2} (lenient).
   */
  public String shade(OffsetFigure figure) {
    if (figure == null || figure.mean() == null) {
      return "px-offset-none";
    }
    double step = getReport().margin() <= 0 ? 0.5 : getReport().margin();
    long level = Math.max(-2, Math.min(2, Math.round(figure.mean() / step)));
    return level < 0 ? "px-offset-m" + (-level) : "px-offset-p" + level;
  }

  public ContractingElement[] getElements() {
    return ContractingElement.values();
  }

  public String getSupervisor() {
    return supervisor;
  }

  public void setSupervisor(String supervisor) {
    this.supervisor = supervisor;
  }

  public String getElement() {
    return element;
  }

  public void setElement(String element) {
    this.element = element;
  }

  public List<BehindFigure> getBehind() {
    return behind;
  }
}
