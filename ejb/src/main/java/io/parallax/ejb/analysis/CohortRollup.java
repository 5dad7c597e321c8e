package io.parallax.ejb.analysis;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A cohort's figures on a day: its trainees, their client and supervision contracting over the
 * signal window, how many trainees show each parallel-process signal, the modelling effect over the
 * same window, and where they stand on the developmental scale. What the nightly snapshot keeps.
 */
public record CohortRollup(
    UUID cohortId,
    String cohortName,
    LocalDate asOf,
    LocalDate windowFrom,
    long trainees,
    SideBySide window,
    Map<SignalLevel, Long> signals,
    ModellingEffect modelling,
    StageProgression stages) {}
