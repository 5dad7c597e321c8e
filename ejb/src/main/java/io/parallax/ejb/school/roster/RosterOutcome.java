package io.parallax.ejb.school.roster;

import io.parallax.domain.DomainRuleViolation;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * What importing one row did: whether it invited the person, enrolled them and assigned their
 * supervisor, or found all of that there already, or was refused (then nothing of it was kept: the
 * database rolled back and the Keycloak account, if one was made, was deleted again).
 */
public record RosterOutcome(
    int row,
    String email,
    boolean invited,
    boolean enrolled,
    boolean assigned,
    String refusalKey,
    List<Serializable> refusalArguments)
    implements Serializable {

  public RosterOutcome {
    refusalArguments = refusalArguments == null ? List.of() : List.copyOf(refusalArguments);
  }

  /** What a row of the summary says happened. */
  public enum Result {
    CREATED,
    UNCHANGED,
    REFUSED
  }

  static RosterOutcome done(
      RosterEntry entry, boolean invited, boolean enrolled, boolean assigned) {
    return new RosterOutcome(entry.row(), entry.email(), invited, enrolled, assigned, null, null);
  }

  static RosterOutcome refused(RosterEntry entry, String key, List<Serializable> arguments) {
    return new RosterOutcome(entry.row(), entry.email(), false, false, false, key, arguments);
  }

  public Result result() {
    if (refusalKey != null) {
      return Result.REFUSED;
    }
    return invited || enrolled || assigned ? Result.CREATED : Result.UNCHANGED;
  }

  /** Why the row was refused, in {@code locale}'s language; null when it was not. */
  public String refusal(Locale locale) {
    return refusalKey == null
        ? null
        : DomainRuleViolation.text(refusalKey, refusalArguments.toArray(), locale);
  }
}
