package io.parallax.web.callers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parallax.domain.school.MemberRole;
import io.parallax.domain.tenancy.CurrentSchool;
import io.parallax.ejb.school.MemberSummary;
import io.parallax.ejb.school.Members;
import io.parallax.ejb.school.Schools;
import jakarta.ejb.EJBAccessException;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Fresh schools whose members are the test callers, and calls made as one of them in a school: what
 * every service test arranges before it acts.
 */
public final class CallerSchools {

  /** A school with Alex (admin), Sol (supervisor), Ada and Ben (trainees) as members. */
  public record School(
      String id,
      MemberSummary admin,
      MemberSummary supervisor,
      MemberSummary ada,
      MemberSummary ben) {}

  private CallerSchools() {}

  public static School create(String prefix, Schools schools, Members members, AsSchoolAdmin admin)
      throws Exception {
    String id = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    schools.register(id, "School " + id);
    return new School(
        id,
        member(admin, members, id, AsSchoolAdmin.SUBJECT, "Alex Admin", MemberRole.SCHOOL_ADMIN),
        member(admin, members, id, AsSupervisor.SUBJECT, "Sol Supervisor", MemberRole.SUPERVISOR),
        member(admin, members, id, AsTrainee.SUBJECT, "Ada Trainee", MemberRole.TRAINEE),
        member(admin, members, id, AsOtherTrainee.SUBJECT, "Ben Trainee", MemberRole.TRAINEE));
  }

  private static MemberSummary member(
      AsSchoolAdmin admin,
      Members members,
      String school,
      String subject,
      String name,
      MemberRole role)
      throws Exception {
    String email = subject + "@" + school + ".test";
    return as(admin, school, () -> members.add(subject, name, email, Set.of(role)));
  }

  /** Runs {@code work} bound to {@code school}, as whoever calls. */
  public static <T> T in(String school, Callable<T> work) throws Exception {
    return CurrentSchool.callAs(school, work::call);
  }

  /** Runs {@code work} in {@code school} as the test caller {@code caller} (an {@code As...}). */
  public static <T> T as(Object caller, String school, Callable<T> work) throws Exception {
    return in(school, () -> call(caller, work));
  }

  public static <T> T as(Object caller, School school, Callable<T> work) throws Exception {
    return as(caller, school.id(), work);
  }

  private static <T> T call(Object caller, Callable<T> work) throws Exception {
    if (caller instanceof AsSchoolAdmin admin) {
      return admin.call(work);
    }
    if (caller instanceof AsSupervisor supervisor) {
      return supervisor.call(work);
    }
    if (caller instanceof AsOtherSupervisor supervisor) {
      return supervisor.call(work);
    }
    if (caller instanceof AsTrainee trainee) {
      return trainee.call(work);
    }
    if (caller instanceof AsOtherTrainee trainee) {
      return trainee.call(work);
    }
    throw new IllegalArgumentException("not a test caller: " + caller);
  }

  /** Asserts that the container refused the call for the caller's role. */
  public static void refusedAccess(ThrowingCallable call) {
    assertThatThrownBy(call)
        .satisfies(e -> assertThat(isAccessError(e)).as("an EJBAccessException in " + e).isTrue());
  }

  /** Whether the container refused the call for the caller's role (any other outcome: false). */
  public static boolean refusedWithAccessError(ThrowingCallable call) {
    try {
      call.call();
      return false;
    } catch (Throwable e) {
      return isAccessError(e);
    }
  }

  private static boolean isAccessError(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof EJBAccessException) {
        return true;
      }
    }
    return false;
  }
}
