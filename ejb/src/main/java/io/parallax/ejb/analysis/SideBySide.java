package io.parallax.ejb.analysis;

/** Client sessions and supervision sessions of the same trainees and period, side by side. */
public record SideBySide(ContractingFigures client, ContractingFigures supervision) {

  static SideBySide of(ContractingTally client, ContractingTally supervision) {
    return new SideBySide(ContractingFigures.of(client), ContractingFigures.of(supervision));
  }
}
