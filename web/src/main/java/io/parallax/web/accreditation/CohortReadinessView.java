package io.parallax.web.accreditation;

import io.parallax.domain.accreditation.Requirement;
import io.parallax.domain.accreditation.RequirementProgress;
import io.parallax.ejb.accreditation.AccreditationReadiness;
import io.parallax.ejb.accreditation.CohortReadiness;
import io.parallax.ejb.accreditation.TraineeReadiness;
import io.parallax.ejb.school.CohortSummary;
import io.parallax.ejb.school.Cohorts;
import io.parallax.web.Messages;
import io.parallax.web.analysis.ChartJson;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;

/**
 * The school admin's readiness page: for a chosen cohort, each trainee's progress toward the track
 * its program leads to (requirements met, coaching hours, the projected day, who is behind) as a
 * table and a chart.
 */
@Named
@ViewScoped
public class CohortReadinessView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB transient Cohorts cohorts;
  @EJB transient AccreditationReadiness readiness;

  private List<CohortSummary> choices = List.of();
  private String cohort;
  private CohortReadiness shown;

  /** The cohorts, and the readiness of the one the parameter names (else the first). */
  public void load() {
    choices = cohorts.list();
    if ((cohort == null || cohort.isBlank()) && !choices.isEmpty()) {
      cohort = choices.get(0).id().toString();
    }
    show();
  }

  public void show() {
    shown =
        cohort == null || cohort.isBlank()
            ? null
            : Messages.obtain("cohort-", () -> readiness.cohort(idOf(cohort)));
  }

  /** The cohort a parameter names; null (no such cohort) for text that is no id at all. */
  private static UUID idOf(String cohort) {
    try {
      return Messages.chosenId(cohort);
    } catch (IllegalArgumentException notAnId) {
      return null;
    }
  }

  /** Coaching hours done of required, for the table. */
  public RequirementProgress coaching(TraineeReadiness row) {
    return row.requirements().stream()
        .filter(p -> p.requirement() == Requirement.COACHING_HOURS)
        .findFirst()
        .orElse(null);
  }

  /** How many requirements are met. */
  public long met(TraineeReadiness row) {
    return row.requirements().stream().filter(RequirementProgress::met).count();
  }

  /** A bar per trainee: requirements met and coaching hours done, each as % of what is asked. */
  public String getChart() {
    if (shown == null || shown.trainees().isEmpty()) {
      return null;
    }
    List<TraineeReadiness> rows = shown.trainees();
    List<String> names = rows.stream().map(TraineeReadiness::traineeName).toList();
    List<Double> met = rows.stream().map(r -> (double) r.percentMet()).toList();
    List<Double> hours =
        rows.stream()
            .map(this::coaching)
            .map(
                p ->
                    p == null
                        ? null
                        : Math.min(
                            100.0,
                            p.done()
                                .multiply(BigDecimal.valueOf(100))
                                .divide(p.required(), 1, RoundingMode.HALF_UP)
                                .doubleValue()))
            .toList();
    return ChartJson.bar(
        names,
        List.of(
            new ChartJson.Series(Messages.text(Messages.ADMIN, "readiness.chart.met"), met),
            new ChartJson.Series(Messages.text(Messages.ADMIN, "readiness.chart.hours"), hours)),
        false,
        "%",
        100.0);
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

  public CohortReadiness getShown() {
    return shown;
  }
}
