package io.parallax.ejb.analysis;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A cohort's contracting trend from {@code from} to {@code to}, one point per period. */
public record CohortTrend(
    UUID cohortId, ReportPeriod period, LocalDate from, LocalDate to, List<TrendPoint> points)
    implements Serializable {}
