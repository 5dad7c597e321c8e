package io.parallax.web.analysis;

import io.parallax.domain.contracting.ContractingElement;
import io.parallax.ejb.analysis.ParallelProcessSignal;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A row of the trainees × elements heat map: per element, how weak the trainee's contracting is in
 * both places at once (the lower of the weak shares with clients and in supervision), so a hot cell
 * is a mirrored weakness.
 */
public record HeatRow(UUID trainee, String name, String level, List<Cell> cells) {

  /** One element of a trainee: its mirrored weakness 0–100 and whether it counts as mirrored. */
  public record Cell(ContractingElement element, Integer weakness, boolean mirrored) {

    /** The cell's shade, {@code px-heat-0} (cool) to {@code px-heat-4} (hot). */
    public String shade() {
      return weakness == null ? "px-heat-none" : "px-heat-" + Math.min(4, weakness / 20);
    }
  }

  static HeatRow of(ParallelProcessSignal signal) {
    List<Cell> cells =
        Arrays.stream(ContractingElement.values())
            .map(
                e -> {
                  Double client = signal.clientWeakShare().get(e);
                  Double supervision = signal.supervisionWeakShare().get(e);
                  Integer both =
                      client == null || supervision == null
                          ? null
                          : (int) Math.round(100 * Math.min(client, supervision));
                  return new Cell(e, both, signal.mirroredElements().contains(e));
                })
            .toList();
    return new HeatRow(signal.trainee(), signal.traineeName(), signal.level().name(), cells);
  }
}
