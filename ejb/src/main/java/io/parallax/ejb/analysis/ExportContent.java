package io.parallax.ejb.analysis;

import io.parallax.domain.school.Cohort;
import io.parallax.domain.school.School;
import io.parallax.domain.tenancy.CurrentSchool;
import io.parallax.ejb.NoSuchRecord;
import io.parallax.ejb.tenancy.SchoolBound;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The figures of an export's file, read with the view of the cohort stored with the request (not
 * the caller's: the instance producing it may have none, having taken it over). Only {@link
 * ExportProduction} calls it; bound to the export's school.
 */
@Stateless
@SchoolBound
@PermitAll
public class ExportContent {

  @PersistenceContext EntityManager em;
  @Inject AnalysisSettings settings;

  /** The name of the school the export is bound to, for the file's header. */
  public String schoolName() {
    return CurrentSchool.id().map(id -> em.find(School.class, id)).map(School::name).orElse("");
  }

  public String cohortName(ExportSteps.Request request) {
    Cohort cohort = em.find(Cohort.class, request.cohortId());
    if (cohort == null) {
      throw new NoSuchRecord("cohort");
    }
    return cohort.name();
  }

  public CohortTrend trend(ExportSteps.Request request) {
    return new CohortTrend(
        request.cohortId(),
        ReportPeriod.MONTH,
        request.from(),
        request.to(),
        analysis().trend(request.scope(), ReportPeriod.MONTH, request.from(), request.to()));
  }

  public List<ParallelProcessSignal> signals(ExportSteps.Request request) {
    return analysis().signals(request.scope(), request.to());
  }

  public ModellingReport modelling(ExportSteps.Request request) {
    CohortAnalysis analysis = analysis();
    return analysis.modelling(request.scope(), analysis.windowFrom(request.to()), request.to());
  }

  public StageProgression stages(ExportSteps.Request request) {
    return analysis().stages(request.scope(), request.to());
  }

  private CohortAnalysis analysis() {
    return new CohortAnalysis(em, settings);
  }
}
