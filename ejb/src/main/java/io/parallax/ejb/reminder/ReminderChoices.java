package io.parallax.ejb.reminder;

import static io.parallax.domain.DomainRuleViolation.require;

import io.parallax.domain.reminder.ReminderChoice;
import io.parallax.domain.reminder.ReminderKind;
import io.parallax.domain.school.Person;
import io.parallax.ejb.security.Caller;
import io.parallax.ejb.security.Roles;
import io.parallax.ejb.tenancy.SchoolBound;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.Map;

/**
 * Each member's own reminder switches (on unless switched off): only the reminders of their roles
 * are theirs to see and switch. A change records the language the member used, which their
 * reminders are then written in. Nobody reads or changes another member's switches.
 */
@Stateless
@SchoolBound
@RolesAllowed({Roles.SCHOOL_ADMIN, Roles.SUPERVISOR, Roles.TRAINEE})
public class ReminderChoices {

  @PersistenceContext EntityManager em;
  @Inject Caller caller;

  /** The caller's switches. */
  public ReminderChoicesView mine() {
    Person me = caller.requireMember();
    return view(me, choiceOf(me));
  }

  /**
   * Switches the caller's reminders named in {@code switches} (the others stay as they are) at the
   * version read, and writes their reminders in {@code language} from now on. A reminder of a role
   * the caller does not have is refused at its field.
   */
  public ReminderChoicesView change(
      long versionRead, Map<ReminderKind, Boolean> switches, String language) {
    Person me = caller.requireMember();
    ReminderChoice choice = choiceOf(me);
    choice.requireVersion(versionRead);
    switches.forEach(
        (kind, on) -> {
          require(me.has(kind.role()), field(kind), "reminderChoice.role");
          if (on != null) {
            choice.switchTo(kind, on);
          }
        });
    choice.writeIn(language);
    if (!em.contains(choice)) {
      em.persist(choice);
    }
    em.flush();
    return view(me, choice);
  }

  /**
   * Writes the caller's reminders in {@code language} from now on, their switches unchanged: the
   * language they chose in the header is the one their mails speak.
   */
  public void writeIn(String language) {
    Person me = caller.requireMember();
    ReminderChoice choice = choiceOf(me);
    if (!choice.language().equals(ReminderChoice.language(language))) {
      choice.writeIn(language);
      if (!em.contains(choice)) {
        em.persist(choice);
      }
    }
  }

  /** The JSON name of {@code kind}'s switch, e.g. {@code idleTrainee}. */
  public static String field(ReminderKind kind) {
    String[] words = kind.name().toLowerCase(java.util.Locale.ROOT).split("_");
    StringBuilder name = new StringBuilder(words[0]);
    for (int i = 1; i < words.length; i++) {
      name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
    }
    return name.toString();
  }

  private ReminderChoice choiceOf(Person me) {
    return em.createNamedQuery(ReminderChoice.OF_PERSON, ReminderChoice.class)
        .setParameter("person", me.id())
        .getResultStream()
        .findFirst()
        .orElseGet(() -> new ReminderChoice(me));
  }

  private static ReminderChoicesView view(Person me, ReminderChoice choice) {
    return new ReminderChoicesView(
        Arrays.stream(ReminderKind.values())
            .filter(k -> me.has(k.role()))
            .map(k -> new ReminderChoicesView.Switch(k, choice.isOn(k)))
            .toList(),
        choice.language(),
        choice.version());
  }
}
