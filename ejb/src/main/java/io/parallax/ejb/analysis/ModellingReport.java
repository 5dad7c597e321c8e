package io.parallax.ejb.analysis;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The positive parallel process in a cohort: for all its trainees in scope, and per trainee. */
public record ModellingReport(
    LocalDate from,
    LocalDate to,
    int windowDays,
    ModellingEffect all,
    List<TraineeModelling> trainees)
    implements Serializable {}
