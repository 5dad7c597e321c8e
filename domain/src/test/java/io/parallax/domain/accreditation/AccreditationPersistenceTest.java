package io.parallax.domain.accreditation;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.domain.Examples;
import io.parallax.domain.persistence.H2Schools;
import io.parallax.domain.school.Person;
import io.parallax.domain.school.Program;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped standards, a school's tracks, mentor coaching and CPD through the production
 * persistence unit on H2: the migration seeds the standards and matches the mapping, and each
 * school-owned record is stamped with its school and invisible to another (TenantIdTest shape).
 */
class AccreditationPersistenceTest {

  private static H2Schools db;

  @BeforeAll
  static void open() {
    db = H2Schools.open();
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @Test
  void theShippedStandardsCarryTheIssuesFigures() throws Exception {
    List<AccreditationStandard> standards =
        db.inSchool(
            "mine",
            em ->
                em.createNamedQuery(AccreditationStandard.ALL, AccreditationStandard.class)
                    .getResultList());

    assertThat(standards)
        .extracting(AccreditationStandard::code)
        .containsExactly(
            "ICF_ACC",
            "ICF_PCC",
            "EMCC_EIA_FOUNDATION",
            "EMCC_EIA_PRACTITIONER",
            "EMCC_EIA_SENIOR_PRACTITIONER",
            "EMCC_EIA_MASTER_PRACTITIONER");
    assertThat(standards.get(0).figures()).isEqualTo(ReadinessTest.ICF_ACC);
    assertThat(standards.get(1).figures())
        .isEqualTo(new Figures(500, 450, 25, 50, 18, 10, 3, 3, null, null, null, null));
    assertThat(standards.get(3).figures())
        .isEqualTo(new Figures(100, null, 10, null, null, null, null, null, 3, 3, 16, null));
    assertThat(standards.get(2).figures().cpdHoursPerYear()).isEqualTo(16);
    assertThat(standards.get(3).source()).contains("emccapr.org");
    assertThat(standards.subList(0, 2))
        .allMatch(s -> s.source().contains("coachingfederation.org"));
    assertThat(standards.get(4).figures().cpdHoursPerYear()).isNull();
    assertThat(standards.get(5).figures().practiceYears()).isEqualTo(7);
    assertThat(standards).allMatch(s -> s.source().contains("issue 17"));
  }

  @Test
  void tracksAndEntriesReadBackInTheirSchoolOnly() throws Exception {
    Person ada = Examples.trainee("Ada Lovelace");
    Program program = Examples.program();
    AccreditationTrack track =
        db.inSchool(
            "mine",
            em -> {
              AccreditationTrack copy =
                  AccreditationTrack.copyOf(em.find(AccreditationStandard.class, "ICF_ACC"), null);
              em.persist(copy);
              em.persist(ada);
              em.persist(program);
              program.leadTo(copy);
              em.persist(new MentorCoaching(ada, "Mo Mentor", LocalDate.of(2026, 1, 5), 90, true));
              em.persist(new CpdEntry(ada, LocalDate.of(2026, 2, 5), 240, "Ethics workshop"));
              return copy;
            });

    AccreditationTrack read =
        db.inSchool("mine", em -> em.find(AccreditationTrack.class, track.id()));
    Program readProgram = db.inSchool("mine", em -> em.find(Program.class, program.id()));
    List<MentorCoaching> mentoring =
        db.inSchool(
            "mine",
            em ->
                em.createNamedQuery(MentorCoaching.OF_TRAINEE, MentorCoaching.class)
                    .setParameter("trainee", em.find(Person.class, ada.id()))
                    .getResultList());

    assertThat(read.schoolId()).isEqualTo("mine");
    assertThat(read.name()).isEqualTo("ICF ACC");
    assertThat(read.basedOn()).hasValue("ICF_ACC");
    assertThat(read.figures()).isEqualTo(ReadinessTest.ICF_ACC);
    assertThat(readProgram.track()).isPresent();
    assertThat(mentoring).singleElement().satisfies(m -> assertThat(m.minutes()).isEqualTo(90));
    for (Class<?> type : List.of(AccreditationTrack.class, MentorCoaching.class, CpdEntry.class)) {
      List<?> foreign =
          db.inSchool(
              "yours",
              em -> em.createQuery("select x from " + type.getSimpleName() + " x").getResultList());
      assertThat(foreign).as(type.getSimpleName()).isEmpty();
    }
    AccreditationTrack foreignTrack =
        db.inSchool("yours", em -> em.find(AccreditationTrack.class, track.id()));
    assertThat(foreignTrack).isNull();
  }
}
