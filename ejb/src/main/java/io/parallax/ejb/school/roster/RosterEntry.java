package io.parallax.ejb.school.roster;

import io.parallax.domain.school.MemberRole;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One person of an import file as checked: what the row asks for (the member, their roles, the
 * cohort to enrol them in, their supervisor), whether the school knows them already, and the
 * problems of its cells. Only a row without problems is imported.
 */
public record RosterEntry(
    int row,
    String email,
    String firstName,
    String lastName,
    Set<MemberRole> roles,
    String cohort,
    String supervisorEmail,
    LocalDate initialTrainingEndedOn,
    boolean known,
    List<RosterProblem> problems)
    implements Serializable {

  public RosterEntry {
    roles = roles == null ? Set.of() : Set.copyOf(roles);
    problems = List.copyOf(problems);
  }

  /** Whether the row can be imported. */
  public boolean ok() {
    return problems.isEmpty();
  }

  /** Whether this row asks for a supervisor (who must then exist before the row's trainees). */
  public boolean supervises() {
    return roles.contains(MemberRole.SUPERVISOR);
  }
}
