package io.parallax.ejb.analysis;

import java.io.Serializable;

/** Client sessions and supervision sessions of the same trainees and period, side by side. */
public record SideBySide(ContractingFigures client, ContractingFigures supervision)
    implements Serializable {

  static SideBySide of(ContractingTally client, ContractingTally supervision) {
    return new SideBySide(ContractingFigures.of(client), ContractingFigures.of(supervision));
  }
}
