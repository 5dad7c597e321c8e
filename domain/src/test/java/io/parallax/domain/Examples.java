package io.parallax.domain;

import io.parallax.domain.school.Cohort;
import io.parallax.domain.school.MemberRole;
import io.parallax.domain.school.Person;
import io.parallax.domain.school.Program;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** Small builders of valid records for tests: each call makes a fresh one. */
public final class Examples {

  public static final LocalDate JAN_12 = LocalDate.of(2026, 1, 12);

  private Examples() {}

  public static Program program() {
    return new Program("ICF Level 2", "PCC track");
  }

  public static Cohort cohort(Program program) {
    return new Cohort(program, "Spring cohort", JAN_12, JAN_12.plusMonths(6));
  }

  public static Person trainee(String name) {
    return person(name, MemberRole.TRAINEE);
  }

  public static Person supervisor(String name) {
    return person(name, MemberRole.SUPERVISOR);
  }

  public static Person person(String name, MemberRole... roles) {
    String subject = UUID.randomUUID().toString();
    String email = name.toLowerCase().replace(' ', '.') + "." + subject.substring(0, 6) + "@x.test";
    return new Person(subject, name, email, Set.of(roles));
  }
}
