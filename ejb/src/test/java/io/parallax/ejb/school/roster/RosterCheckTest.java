package io.parallax.ejb.school.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.parallax.domain.school.MemberRole;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Checking import rows against a school: each problem at its row and column, in words. */
class RosterCheckTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
  private static final String HEADER =
      "email,first name,last name,roles,cohort,supervisor,initial training ended on\n";

  private final RosterCheck check =
      new RosterCheck(
          Map.of(
              "sol@school.test",
                  new KnownMember("sol@school.test", Set.of(MemberRole.SUPERVISOR), true),
              "ada@school.test",
                  new KnownMember("ada@school.test", Set.of(MemberRole.TRAINEE), true),
              "gone@school.test",
                  new KnownMember("gone@school.test", Set.of(MemberRole.SUPERVISOR), false)),
          List.of("Spring 2026", "Autumn 2026"),
          TODAY);

  @Test
  void goodRowsHaveNoProblemsAndSayWhatTheyAskFor() {
    List<RosterEntry> entries =
        check(
            "bo@school.test,Bo,Brave,Trainee,spring  2026,SOL@school.test,30.06.2025\n"
                + "kim@school.test,Kim,Kind,supervisor; trainee,,,\n"
                + "lu@school.test,Lu,Light,Ausbildungsteilnehmer/in,Autumn 2026,kim@school.test,\n"
                + "ada@school.test,Ada,Lovelace,trainee,Autumn 2026,,\n");

    assertThat(entries).allMatch(RosterEntry::ok);
    RosterEntry bo = entries.get(0);
    assertThat(bo.roles()).containsExactly(MemberRole.TRAINEE);
    assertThat(bo.cohort()).isEqualTo("Spring 2026");
    assertThat(bo.supervisorEmail()).isEqualTo("sol@school.test");
    assertThat(bo.initialTrainingEndedOn()).isEqualTo(LocalDate.of(2025, 6, 30));
    assertThat(bo.known()).isFalse();
    assertThat(entries.get(1).roles())
        .containsExactlyInAnyOrder(MemberRole.SUPERVISOR, MemberRole.TRAINEE);
    assertThat(entries.get(3).known()).isTrue();
    RosterPreview preview = new RosterPreview(List.of(), List.of(), entries);
    assertThat(preview.queue()).extracting(RosterEntry::row).containsExactly(3, 2, 4, 5);
  }

  @Test
  void eachBadCellIsNamedByRowAndColumn() {
    List<RosterEntry> entries =
        check(
            "not-an-address,Bo,Brave,trainee,,,\n"
                + "cy@school.test,,Cole,trainee,Winter 1999,,\n"
                + "di@school.test,Di,Dee,coach,,,\n"
                + "ed@school.test,Ed,Eve,trainee,,nobody@school.test,tomorrow\n"
                + "fa@school.test,Fa,Fox,trainee,,ada@school.test,2027-01-01\n"
                + "gu@school.test,Gu,Gray,supervisor,Spring 2026,sol@school.test,\n"
                + "ha@school.test,Ha,Hill,trainee,,gone@school.test,31.02.2025\n"
                + "ada@school.test,Ada,Lovelace,supervisor,,,\n"
                + "ib@school.test,Ib<,Ink,trainee,,,\n"
                + "jo@school.test,"
                + "J".repeat(80)
                + ","
                + "K".repeat(80)
                + ",trainee,,,\n");

    assertThat(problems(entries))
        .containsExactly(
            tuple(2, RosterColumn.EMAIL, "person.email"),
            tuple(3, RosterColumn.FIRST_NAME, "roster.cell.missing"),
            tuple(3, RosterColumn.COHORT, "roster.cohort.unknown"),
            tuple(4, RosterColumn.ROLES, "roster.roles.unknown"),
            tuple(5, RosterColumn.INITIAL_TRAINING_ENDED_ON, "roster.date.unreadable"),
            tuple(5, RosterColumn.SUPERVISOR, "roster.supervisor.unknown"),
            tuple(6, RosterColumn.INITIAL_TRAINING_ENDED_ON, "roster.date.future"),
            tuple(6, RosterColumn.SUPERVISOR, "roster.supervisor.notSupervisor"),
            tuple(7, RosterColumn.COHORT, "roster.cohort.notTrainee"),
            tuple(7, RosterColumn.SUPERVISOR, "roster.supervisor.notTrainee"),
            tuple(8, RosterColumn.INITIAL_TRAINING_ENDED_ON, "roster.date.unreadable"),
            tuple(8, RosterColumn.SUPERVISOR, "roster.member.deactivated"),
            tuple(9, RosterColumn.ROLES, "roster.roles.differ"),
            tuple(10, RosterColumn.FIRST_NAME, "text.personName"),
            tuple(11, RosterColumn.LAST_NAME, "roster.name.length"));
    RosterProblem coach = entries.get(2).problems().get(0);
    assertThat(coach.message(Locale.ENGLISH)).contains("'coach' is not a role");
    assertThat(coach.columnName(Locale.GERMAN)).isEqualTo("Rollen");
    assertThat(entries.get(6).problems().get(1).message(Locale.ENGLISH))
        .isEqualTo(
            "gone@school.test is a deactivated member: reactivate them on the members page first.");
    assertThat(entries.get(7).problems().get(0).message(Locale.GERMAN)).contains("Supervisor/in");
  }

  @Test
  void aRepeatedAddressIsADuplicateOfItsFirstRowAndASupervisorWithProblemsRefusesTheirTrainees() {
    List<RosterEntry> entries =
        check(
            "bo@school.test,Bo,Brave,trainee,,,\n"
                + "BO@school.test,Bo,Brave,trainee,,,\n"
                + "kim@school.test,Kim,,supervisor,,,\n"
                + "lu@school.test,Lu,Light,trainee,,kim@school.test,\n"
                + "mo@school.test,Mo,More,trainee,,bo@school.test,\n");

    assertThat(problems(entries))
        .containsExactly(
            tuple(3, RosterColumn.EMAIL, "roster.email.duplicate"),
            tuple(4, RosterColumn.LAST_NAME, "roster.cell.missing"),
            tuple(5, RosterColumn.SUPERVISOR, "roster.supervisor.rowRefused"),
            tuple(6, RosterColumn.SUPERVISOR, "roster.supervisor.notSupervisor"));
    assertThat(entries.get(1).problems().get(0).message(Locale.ENGLISH))
        .isEqualTo("The same e-mail address as row 2: each person once per file.");
    assertThat(new RosterPreview(List.of(), List.of(), entries).good()).isEqualTo(1);
  }

  @Test
  void missingRequiredCellsAreEachNamed() {
    assertThat(problems(check(",,,,,,\n,x,,,Spring 2026,,\n")))
        .contains(
            tuple(3, RosterColumn.EMAIL, "roster.cell.missing"),
            tuple(3, RosterColumn.LAST_NAME, "roster.cell.missing"),
            tuple(3, RosterColumn.ROLES, "roster.cell.missing"));
  }

  private List<RosterEntry> check(String rows) {
    return check.check(RosterFiles.read((HEADER + rows).getBytes(StandardCharsets.UTF_8)));
  }

  private static List<org.assertj.core.groups.Tuple> problems(List<RosterEntry> entries) {
    return entries.stream()
        .flatMap(e -> e.problems().stream())
        .map(p -> tuple(p.row(), p.column(), p.key()))
        .toList();
  }
}
