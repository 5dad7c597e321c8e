package io.parallax.ejb.calibration;

import java.util.List;
import java.util.UUID;

/**
 * A supervisor's mean offset from the grade the evidence predicts, in grade points (positive:
 * higher than predicted), with its interval {@code low}..{@code high}, the number of assessments
 * behind it and those assessments, so that every figure leads to what it counts. Under "not enough
 * data" the mean and interval are still given for the supervisor's own reading but carry no
 * verdict.
 */
public record Offset(
    double mean, double low, double high, int n, DriftVerdict verdict, List<UUID> assessments) {

  public Offset {
    assessments = List.copyOf(assessments);
  }

  /** No assessment at all. */
  public static Offset none() {
    return new Offset(
        Double.NaN, Double.NaN, Double.NaN, 0, DriftVerdict.NOT_ENOUGH_DATA, List.of());
  }

  public boolean hasData() {
    return verdict != DriftVerdict.NOT_ENOUGH_DATA;
  }
}
