package io.parallax.ejb.analysis.export;

import io.parallax.ejb.analysis.CohortTrend;
import io.parallax.ejb.analysis.ModellingReport;
import io.parallax.ejb.analysis.ParallelProcessSignal;
import io.parallax.ejb.analysis.StageProgression;
import java.time.LocalDate;
import java.util.List;

/** Everything a cohort report file holds, as the caller may see it. */
public record CohortReportData(
    String cohortName,
    LocalDate asOf,
    CohortTrend trend,
    List<ParallelProcessSignal> signals,
    ModellingReport modelling,
    StageProgression stages) {}
