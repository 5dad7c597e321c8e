package io.parallax.ejb.calibration;

import io.parallax.domain.contracting.ContractingElement;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Grading consistency over a period: each supervisor's offset from the grade the evidence predicts,
 * overall and per element, and whether it moved between the first and the second part of the period
 * ({@code since} splits it). A school admin gets every supervisor by name and no spread; a
 * supervisor gets their own row only ({@code self}) and the spread of their peers' overall offsets,
 * unnamed and sorted, never a peer's row.
 */
public record ConsistencyReport(
    LocalDate from,
    LocalDate to,
    LocalDate since,
    double margin,
    int minAssessments,
    double confidence,
    List<SupervisorFigures> supervisors,
    List<Double> peerSpread)
    implements Serializable {

  /** One supervisor's figures; {@code change} is null unless both parts have enough data. */
  public record SupervisorFigures(
      UUID supervisor,
      String name,
      boolean self,
      OffsetFigure overall,
      Map<ContractingElement, OffsetFigure> byElement,
      Double change,
      boolean drifted)
      implements Serializable {}

  /** An {@link Offset} for the outside: null where a figure cannot be computed. */
  public record OffsetFigure(
      Double mean, Double low, Double high, int n, DriftVerdict verdict, List<UUID> assessments)
      implements Serializable {

    static OffsetFigure of(Offset offset) {
      return new OffsetFigure(
          finite(offset.mean()),
          finite(offset.low()),
          finite(offset.high()),
          offset.n(),
          offset.verdict(),
          offset.assessments());
    }

    static Map<ContractingElement, OffsetFigure> of(Map<ContractingElement, Offset> offsets) {
      Map<ContractingElement, OffsetFigure> figures = new EnumMap<>(ContractingElement.class);
      offsets.forEach((element, offset) -> figures.put(element, of(offset)));
      return figures;
    }

    private static Double finite(double value) {
      return Double.isFinite(value) ? value : null;
    }
  }
}
