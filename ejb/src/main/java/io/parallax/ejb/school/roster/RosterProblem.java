package io.parallax.ejb.school.roster;

import io.parallax.domain.DomainRuleViolation;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * What is wrong with one cell of an import file: its row, its column and a message of the rule
 * bundle ({@link DomainRuleViolation#BUNDLE}) with its arguments, said in the reader's language.
 */
public record RosterProblem(int row, RosterColumn column, String key, List<Serializable> arguments)
    implements Serializable {

  public RosterProblem {
    arguments = List.copyOf(arguments);
  }

  static RosterProblem of(int row, RosterColumn column, String key, Object... arguments) {
    return of(row, column, new DomainRuleViolation(column.name(), key, arguments));
  }

  static RosterProblem of(int row, RosterColumn column, DomainRuleViolation violation) {
    return new RosterProblem(
        row,
        column,
        violation.key(),
        violation.arguments().stream().map(a -> (Serializable) a).toList());
  }

  /** The message in {@code locale}'s language. */
  public String message(Locale locale) {
    return DomainRuleViolation.text(key, arguments.toArray(), locale);
  }

  /** The column's name in {@code locale}'s language. */
  public String columnName(Locale locale) {
    return DomainRuleViolation.text("roster.column." + column.name(), new Object[0], locale);
  }
}
