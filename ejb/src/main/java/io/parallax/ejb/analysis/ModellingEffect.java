package io.parallax.ejb.analysis;

import java.io.Serializable;
import java.util.List;

/**
 * The positive parallel process: how a trainee's client-session contracting score changes after
 * supervision sessions where the supervisor modelled contracting, against after those where they
 * did not. A change is the mean score of the client sessions in the window after a supervision
 * session minus the mean in the window before it (window: {@code
 * parallax.analysis.modelling.window-days}, default 14); supervision sessions without client
 * sessions on both sides do not count. The effect is the mean change after modelled sessions minus
 * the mean change after the others: positive when modelling helps.
 */
public record ModellingEffect(
    long modelledSessions, Double modelledChange, long otherSessions, Double otherChange)
    implements Serializable {

  public static final ModellingEffect NONE = new ModellingEffect(0, null, 0, null);

  public static ModellingEffect of(List<SupervisionWindow> windows) {
    long modelled = 0;
    long other = 0;
    double modelledSum = 0;
    double otherSum = 0;
    for (SupervisionWindow window : windows) {
      Double change = window.change();
      if (change == null) {
        continue;
      }
      if (window.modelled()) {
        modelled++;
        modelledSum += change;
      } else {
        other++;
        otherSum += change;
      }
    }
    return new ModellingEffect(
        modelled,
        modelled == 0 ? null : modelledSum / modelled,
        other,
        other == 0 ? null : otherSum / other);
  }

  /** Mean change after modelled minus mean change after not modelled; null without both. */
  public Double effect() {
    return modelledChange == null || otherChange == null ? null : modelledChange - otherChange;
  }
}
