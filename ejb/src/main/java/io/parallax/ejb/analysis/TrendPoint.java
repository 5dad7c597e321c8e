package io.parallax.ejb.analysis;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;

/**
 * A cohort's contracting in one period (starting on {@code start}): all its trainees, then by the
 * trainees' current developmental level and by months since initial training.
 */
public record TrendPoint(
    LocalDate start,
    SideBySide all,
    Map<String, SideBySide> byLevel,
    Map<CareerBand, SideBySide> byCareerBand)
    implements Serializable {}
