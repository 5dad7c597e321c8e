package io.parallax.ejb.school.roster;

import java.io.Serializable;
import java.util.List;

/**
 * The summary of an import: the preview's refused rows (nothing was done for them) and what each
 * good row led to.
 */
public record RosterReport(RosterPreview preview, List<RosterOutcome> outcomes)
    implements Serializable {

  public RosterReport {
    outcomes = List.copyOf(outcomes);
  }

  /** Rows that added something: a member, an enrolment or an assignment. */
  public long created() {
    return count(RosterOutcome.Result.CREATED);
  }

  /** Rows whose people, enrolments and assignments were all there already. */
  public long unchanged() {
    return count(RosterOutcome.Result.UNCHANGED);
  }

  /** Rows refused in the preview or when imported. */
  public long refused() {
    return preview.refused() + count(RosterOutcome.Result.REFUSED);
  }

  private long count(RosterOutcome.Result result) {
    return outcomes.stream().filter(o -> o.result() == result).count();
  }
}
