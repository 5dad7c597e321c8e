package io.parallax.ejb.school.roster;

import io.parallax.domain.DomainRuleViolation;
import io.parallax.domain.Text;
import io.parallax.domain.school.MemberRole;
import io.parallax.ejb.identity.Invitee;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks the rows of an import file against the school, cell by cell, without changing anything:
 * e-mail addresses, names (the rules of an invitation), roles, the cohort (an open one of the
 * school), the supervisor (a supervisor of the school or of the file), the end of initial training
 * (a date not in the future), and rows repeating an e-mail address of an earlier row. A person the
 * school has already is matched by e-mail and only enrolled or assigned where that is new.
 */
public final class RosterCheck {

  /** The longest e-mail address (as the member table keeps it). */
  static final int EMAIL_LENGTH = 254;

  private static final Map<String, MemberRole> ROLE_WORDS = roleWords();
  private static final List<DateTimeFormatter> DATES =
      List.of(
          DateTimeFormatter.ISO_LOCAL_DATE,
          DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
          DateTimeFormatter.ofPattern("uuuu/M/d").withResolverStyle(ResolverStyle.STRICT));

  private final Map<String, KnownMember> members;
  private final Map<String, String> openCohorts;
  private final LocalDate today;

  /**
   * @param members the school's members by lower-case e-mail address
   * @param openCohorts the names of the school's open cohorts
   * @param today the school's today
   */
  public RosterCheck(Map<String, KnownMember> members, List<String> openCohorts, LocalDate today) {
    this.members = Map.copyOf(members);
    Map<String, String> cohorts = new HashMap<>();
    openCohorts.forEach(name -> cohorts.putIfAbsent(cohortKey(name), name));
    this.openCohorts = cohorts;
    this.today = today;
  }

  /** Each row of {@code sheet} with its problems, in the file's order. */
  public List<RosterEntry> check(RosterSheet sheet) {
    List<RosterEntry> cells = new ArrayList<>();
    Map<String, Integer> firstRow = new HashMap<>();
    for (RosterLine line : sheet.lines()) {
      RosterEntry entry = cells(line);
      if (entry.email() != null) {
        Integer earlier = firstRow.putIfAbsent(entry.email(), line.row());
        if (earlier != null) {
          entry =
              with(
                  entry,
                  RosterProblem.of(
                      line.row(), RosterColumn.EMAIL, "roster.email.duplicate", earlier));
        }
      }
      cells.add(entry);
    }
    Map<String, RosterEntry> byEmail = new HashMap<>();
    cells.stream().filter(e -> e.email() != null).forEach(e -> byEmail.putIfAbsent(e.email(), e));
    return cells.stream().map(entry -> supervised(entry, byEmail)).toList();
  }

  /** The row's own cells, checked one by one. */
  private RosterEntry cells(RosterLine line) {
    int row = line.row();
    List<RosterProblem> problems = new ArrayList<>();
    String email = email(line, problems);
    String firstName = name(line, RosterColumn.FIRST_NAME, problems);
    String lastName = name(line, RosterColumn.LAST_NAME, problems);
    if (firstName != null && lastName != null) {
      int length = firstName.length() + 1 + lastName.length();
      if (length > Text.NAME_LENGTH) {
        problems.add(
            RosterProblem.of(
                row, RosterColumn.LAST_NAME, "roster.name.length", Text.NAME_LENGTH, length));
      }
    }
    Set<MemberRole> roles = roles(line, problems);
    KnownMember known = email == null ? null : members.get(email);
    if (known != null) {
      if (!known.active()) {
        problems.add(RosterProblem.of(row, RosterColumn.EMAIL, "roster.member.deactivated", email));
      }
      for (MemberRole role : roles) {
        if (!known.roles().contains(role)) {
          problems.add(
              RosterProblem.of(
                  row,
                  RosterColumn.ROLES,
                  "roster.roles.differ",
                  email,
                  DomainRuleViolation.phrase("role." + role.name())));
        }
      }
    }
    String cohort = cohort(line, roles, problems);
    String supervisor = supervisorCell(line, email, roles, problems);
    LocalDate endedOn = date(line, problems);
    return new RosterEntry(
        row,
        email,
        firstName,
        lastName,
        roles,
        cohort,
        supervisor,
        endedOn,
        known != null,
        problems);
  }

  private String email(RosterLine line, List<RosterProblem> problems) {
    String value = required(line, RosterColumn.EMAIL, problems);
    if (value == null) {
      return null;
    }
    if (value.length() > EMAIL_LENGTH) {
      problems.add(
          RosterProblem.of(
              line.row(), RosterColumn.EMAIL, "text.length", EMAIL_LENGTH, value.length()));
      return null;
    }
    try {
      return new Invitee(value, "x", "x").email();
    } catch (DomainRuleViolation notAnAddress) {
      problems.add(RosterProblem.of(line.row(), RosterColumn.EMAIL, "person.email", value));
      return null;
    }
  }

  private String name(RosterLine line, RosterColumn column, List<RosterProblem> problems) {
    String value = required(line, column, problems);
    if (value == null) {
      return null;
    }
    try {
      return Text.personName(value, column.name(), "roster.cell.missing");
    } catch (DomainRuleViolation wrong) {
      problems.add(RosterProblem.of(line.row(), column, wrong));
      return null;
    }
  }

  private Set<MemberRole> roles(RosterLine line, List<RosterProblem> problems) {
    String value = required(line, RosterColumn.ROLES, problems);
    Set<MemberRole> roles = EnumSet.noneOf(MemberRole.class);
    if (value == null) {
      return roles;
    }
    for (String word : value.split("[,;|+&\\n]")) {
      if (word.isBlank()) {
        continue;
      }
      MemberRole role = ROLE_WORDS.get(RosterColumn.key(word));
      if (role == null) {
        problems.add(
            RosterProblem.of(line.row(), RosterColumn.ROLES, "roster.roles.unknown", word.strip()));
      } else {
        roles.add(role);
      }
    }
    if (roles.isEmpty() && problems.stream().noneMatch(p -> p.column() == RosterColumn.ROLES)) {
      problems.add(RosterProblem.of(line.row(), RosterColumn.ROLES, "roster.cell.missing"));
    }
    return roles;
  }

  private String cohort(RosterLine line, Set<MemberRole> roles, List<RosterProblem> problems) {
    String value = line.cell(RosterColumn.COHORT);
    if (value == null) {
      return null;
    }
    String cohort = openCohorts.get(cohortKey(value));
    if (cohort == null) {
      problems.add(
          RosterProblem.of(line.row(), RosterColumn.COHORT, "roster.cohort.unknown", value));
    } else if (!roles.isEmpty() && !roles.contains(MemberRole.TRAINEE)) {
      problems.add(RosterProblem.of(line.row(), RosterColumn.COHORT, "roster.cohort.notTrainee"));
    }
    return cohort;
  }

  private String supervisorCell(
      RosterLine line, String email, Set<MemberRole> roles, List<RosterProblem> problems) {
    String value = line.cell(RosterColumn.SUPERVISOR);
    if (value == null) {
      return null;
    }
    String supervisor;
    try {
      supervisor = new Invitee(value, "x", "x").email();
    } catch (DomainRuleViolation notAnAddress) {
      problems.add(RosterProblem.of(line.row(), RosterColumn.SUPERVISOR, "person.email", value));
      return null;
    }
    if (supervisor.equals(email)) {
      problems.add(
          RosterProblem.of(line.row(), RosterColumn.SUPERVISOR, "supervisorAssignment.trainee.2"));
    } else if (!roles.isEmpty() && !roles.contains(MemberRole.TRAINEE)) {
      problems.add(
          RosterProblem.of(line.row(), RosterColumn.SUPERVISOR, "roster.supervisor.notTrainee"));
    }
    return supervisor;
  }

  private LocalDate date(RosterLine line, List<RosterProblem> problems) {
    String value = line.cell(RosterColumn.INITIAL_TRAINING_ENDED_ON);
    if (value == null) {
      return null;
    }
    LocalDate date = parseDate(value);
    if (date == null) {
      problems.add(
          RosterProblem.of(
              line.row(), RosterColumn.INITIAL_TRAINING_ENDED_ON, "roster.date.unreadable", value));
    } else if (date.isAfter(today)) {
      problems.add(
          RosterProblem.of(
              line.row(),
              RosterColumn.INITIAL_TRAINING_ENDED_ON,
              "roster.date.future",
              date.toString()));
      return null;
    }
    return date;
  }

  /** The supervisor cell against the school's members and the file's own supervisor rows. */
  private RosterEntry supervised(RosterEntry entry, Map<String, RosterEntry> byEmail) {
    String supervisor = entry.supervisorEmail();
    if (supervisor == null
        || entry.problems().stream().anyMatch(p -> p.column() == RosterColumn.SUPERVISOR)) {
      return entry;
    }
    KnownMember known = members.get(supervisor);
    RosterEntry inFile = byEmail.get(supervisor);
    String key = null;
    Object[] arguments = {supervisor};
    if (known != null) {
      if (!known.roles().contains(MemberRole.SUPERVISOR)) {
        key = "roster.supervisor.notSupervisor";
      } else if (!known.active()) {
        key = "roster.member.deactivated";
      }
    } else if (inFile == null) {
      key = "roster.supervisor.unknown";
    } else if (!inFile.supervises()) {
      key = "roster.supervisor.notSupervisor";
    } else if (!inFile.ok()) {
      key = "roster.supervisor.rowRefused";
      arguments = new Object[] {supervisor, inFile.row()};
    }
    return key == null
        ? entry
        : with(entry, RosterProblem.of(entry.row(), RosterColumn.SUPERVISOR, key, arguments));
  }

  private static String required(
      RosterLine line, RosterColumn column, List<RosterProblem> problems) {
    String value = line.cell(column);
    if (value == null) {
      problems.add(RosterProblem.of(line.row(), column, "roster.cell.missing"));
    }
    return value;
  }

  private static RosterEntry with(RosterEntry entry, RosterProblem problem) {
    List<RosterProblem> problems = new ArrayList<>(entry.problems());
    problems.add(problem);
    return new RosterEntry(
        entry.row(),
        entry.email(),
        entry.firstName(),
        entry.lastName(),
        entry.roles(),
        entry.cohort(),
        entry.supervisorEmail(),
        entry.initialTrainingEndedOn(),
        entry.known(),
        problems);
  }

  /** A date written as 2024-06-30, 30.06.2024 or 2024/06/30; null if it is none of these. */
  static LocalDate parseDate(String value) {
    for (DateTimeFormatter format : DATES) {
      try {
        return LocalDate.parse(value.strip(), format);
      } catch (DateTimeParseException notThisWay) {
        // the next way of writing it
      }
    }
    return null;
  }

  static String cohortKey(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static Map<String, MemberRole> roleWords() {
    Map<String, MemberRole> words = new HashMap<>();
    for (String word :
        List.of(
            "trainee",
            "trainees",
            "trainee coach",
            "coach in training",
            "Ausbildungsteilnehmer/in",
            "Ausbildungsteilnehmer",
            "Ausbildungsteilnehmerin",
            "Ausbildungsteilnehmende",
            "Teilnehmer/in",
            "Teilnehmerin",
            "Teilnehmer",
            "Coach in Ausbildung")) {
      words.put(RosterColumn.key(word), MemberRole.TRAINEE);
    }
    for (String word : List.of("supervisor", "supervisors", "Supervisor/in", "Supervisorin")) {
      words.put(RosterColumn.key(word), MemberRole.SUPERVISOR);
    }
    return Map.copyOf(words);
  }
}
