package io.parallax.ejb.analysis;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One trainee's drill-down over the signal window: their parallel-process signal with every session
 * behind it, their client and supervision figures, their modelling effect and their stage history.
 * Every figure is computed from the sessions listed in {@code sessions}.
 */
public record TraineeReport(
    UUID trainee,
    String traineeName,
    LocalDate from,
    LocalDate to,
    SideBySide figures,
    ParallelProcessSignal signal,
    ModellingEffect modelling,
    List<TraineeReport.Step> stages,
    List<EvidenceSession> sessions)
    implements Serializable {

  /**
   * A signed-off stage assessment in the history, with the name of the scale it was made on: a
   * school that switched scales shows the old levels on the old scale.
   */
  public record Step(LocalDate assessedOn, String level, String scale) implements Serializable {

    Step(StageStep step, String scale) {
      this(step.assessedOn(), step.level(), scale);
    }
  }
}
