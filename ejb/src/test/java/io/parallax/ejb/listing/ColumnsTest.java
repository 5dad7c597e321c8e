package io.parallax.ejb.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parallax.domain.DomainRuleViolation;
import io.parallax.domain.school.MemberRole;
import io.parallax.domain.school.PersonStatus;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColumnsTest {

  private final Columns members =
      Columns.orderedBy("lower(p.displayName)", "p.id")
          .text("name", "p.displayName")
          .text("email", "p.email")
          .memberOf("role", "p.roles", MemberRole.class)
          .choice("status", "p.status", PersonStatus.class)
          .ordered("since", "p.initialTrainingEndedOn");

  @Test
  void anUnfilteredUnsortedListingKeepsTheListsOwnOrderWithTheIdLast() {
    var clauses = members.clauses(Listing.rows(0, 20));

    assertThat(clauses.where()).isEmpty();
    assertThat(clauses.orderBy()).isEqualTo(" order by lower(p.displayName), p.id");
    assertThat(clauses.parameters()).isEmpty();
  }

  @Test
  void textFiltersMatchPartsIgnoringCaseAndEscapeWildcards() {
    var clauses = members.clauses(Listing.rows(0, 20).where("name", "Ada_100%!"));

    assertThat(clauses.where()).isEqualTo(" where lower(p.displayName) like :f0 escape '!'");
    assertThat(clauses.parameters()).containsExactly(Map.entry("f0", "%ada!_100!%!!%"));
  }

  @Test
  void choicesAndSetMembersBindTheirConstantsAndEveryFilterIsAParameter() {
    var clauses =
        members.clauses(
            Listing.rows(0, 20)
                .where("status", "active")
                .where("role", "SCHOOL_ADMIN")
                .where("email", "'; drop table person; --"));

    assertThat(clauses.where())
        .isEqualTo(
            " where lower(p.email) like :f0 escape '!'"
                + " and concat(',', cast(p.roles as String), ',') like :f1 escape '!'"
                + " and p.status = :f2");
    assertThat(clauses.parameters())
        .containsEntry("f0", "%'; drop table person; --%")
        .containsEntry("f1", "%,SCHOOL!_ADMIN,%")
        .containsEntry("f2", PersonStatus.ACTIVE);
  }

  @Test
  void aDerivedFilterIsItsConstantsConditionWithTheMomentBound() {
    Instant cutoff = Instant.parse("2026-11-01T00:00:00Z");
    Columns derived =
        Columns.orderedBy("p.id", "p.id")
            .text("name", "p.displayName")
            .derived(
                "state",
                PersonStatus.class,
                status ->
                    status == PersonStatus.ACTIVE ? "p.invitedAt > :at" : "p.status is not null",
                () -> cutoff);

    var invited = derived.clauses(Listing.rows(0, 20).where("name", "a").where("state", "active"));
    var deactivated = derived.clauses(Listing.rows(0, 20).where("state", "DEACTIVATED"));

    assertThat(invited.where())
        .isEqualTo(" where lower(p.displayName) like :f0 escape '!' and (p.invitedAt > :f1)");
    assertThat(invited.parameters()).containsEntry("f1", cutoff).hasSize(2);
    assertThat(deactivated.where()).isEqualTo(" where (p.status is not null)");
    assertThat(deactivated.parameters()).isEmpty();
    assertThatThrownBy(() -> derived.clauses(Listing.rows(0, 20).where("state", "gone")))
        .isInstanceOf(DomainRuleViolation.class);
    assertThatThrownBy(() -> derived.clauses(Listing.rows(0, 20).sortedBy("state", false)))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessage("Sort by one of: name.");
  }

  @Test
  void blankFiltersFilterNothing() {
    var clauses = members.clauses(Listing.rows(0, 20).where("name", "  ").where("role", null));

    assertThat(clauses.where()).isEmpty();
  }

  @Test
  void sortingTextIgnoresCaseAndOtherColumnsSortAsStored() {
    assertThat(members.clauses(Listing.rows(0, 20).sortedBy("name", true)).orderBy())
        .isEqualTo(" order by lower(p.displayName) desc, p.id");
    assertThat(members.clauses(Listing.rows(0, 20).sortedBy("since", false)).orderBy())
        .isEqualTo(" order by p.initialTrainingEndedOn asc, p.id");
    assertThat(members.clauses(Listing.rows(0, 20).sortedBy("status", false)).orderBy())
        .isEqualTo(" order by p.status asc, p.id");
  }

  @Test
  void onlyWhitelistedColumnsFilterOrSort() {
    assertThatThrownBy(() -> members.clauses(Listing.rows(0, 20).sortedBy("p.subject", false)))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessage("Sort by one of: name, email, status, since.")
        .extracting("field")
        .isEqualTo("sort");
    assertThatThrownBy(() -> members.clauses(Listing.rows(0, 20).sortedBy("role", false)))
        .hasMessageStartingWith("Sort by one of");
    assertThatThrownBy(() -> members.clauses(Listing.rows(0, 20).where("subject", "x")))
        .hasMessage("Filter by one of: name, email, role, status.")
        .extracting("field")
        .isEqualTo("filter");
    assertThatThrownBy(() -> members.clauses(Listing.rows(0, 20).where("since", "2026")))
        .hasMessageStartingWith("Filter by one of");
  }

  @Test
  void aValueThatIsNoConstantOfTheChoiceNamesTheColumn() {
    assertThatThrownBy(() -> members.clauses(Listing.rows(0, 20).where("role", "OWNER")))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessage("'OWNER' is not a role: choose one of SCHOOL_ADMIN, SUPERVISOR, TRAINEE.")
        .extracting("field")
        .isEqualTo("role");
  }

  @Test
  void pagesBeyondTheLastRowAreEmptyNotAnOverflow() {
    Listing far = Listing.page(Integer.MAX_VALUE, 100);

    assertThat(far.first()).isEqualTo(Integer.MAX_VALUE);
    assertThat(Listing.page(3, 20).first()).isEqualTo(60);
  }

  @Test
  void aListingRefusesNegativeRowsAndHugePages() {
    assertThatThrownBy(() -> Listing.rows(-1, 20)).isInstanceOf(DomainRuleViolation.class);
    assertThatThrownBy(() -> Listing.rows(0, Listing.MAX_SIZE + 1))
        .isInstanceOf(DomainRuleViolation.class)
        .extracting("field")
        .isEqualTo("size");
  }
}
