package io.parallax.domain.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parallax.domain.Examples;
import io.parallax.domain.SchoolOwned;
import io.parallax.domain.school.Cohort;
import io.parallax.domain.school.Program;
import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The production persistence unit on the embedded default database (H2), outside the container:
 * Flyway migrates a fresh database, Hibernate validates the mapping against it, and the tenant
 * discriminator behaves as in Hibernate's own {@code TenantIdTest}. The same checks run on
 * PostgreSQL inside Payara Micro ({@code TenantIsolationIT} in the web module).
 */
class H2SchemaTest {

  private static H2Schools db;

  @BeforeAll
  static void migrateAndValidate() {
    db = H2Schools.open();
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @Test
  void stampsTheCurrentSchoolOnInsert() throws Exception {
    Cohort cohort = cohortOf(inSchool("mine", em -> persist(em, Examples.program())));

    inSchool("mine", em -> persist(em, cohort));

    String stamped = inSchool("mine", em -> em.find(Cohort.class, cohort.id()).schoolId());
    assertThat(stamped).isEqualTo("mine");
  }

  @Test
  void anotherSchoolReadsNothing() throws Exception {
    Cohort cohort = cohortOf(inSchool("mine", em -> persist(em, Examples.program())));
    inSchool("mine", em -> persist(em, cohort));

    List<Cohort> seenByYours =
        inSchool(
            "yours", em -> em.createNamedQuery(Cohort.IN_SCHOOL, Cohort.class).getResultList());
    Cohort foundByYours = inSchool("yours", em -> em.find(Cohort.class, cohort.id()));

    assertThat(seenByYours).extracting(Cohort::id).doesNotContain(cohort.id());
    assertThat(foundByYours).isNull();
  }

  @Test
  void refusesARowStampedForAnotherSchool() throws Exception {
    Cohort cohort = cohortOf(inSchool("mine", em -> persist(em, Examples.program())));
    Field school = SchoolOwned.class.getDeclaredField("schoolId");
    school.setAccessible(true);
    school.set(cohort, "yours");

    assertThatThrownBy(() -> inSchool("mine", em -> persist(em, cohort)))
        .hasStackTraceContaining("assigned tenant id differs from current tenant id");
  }

  @Test
  void unboundWorkReadsNothing() throws Exception {
    Program program = inSchool("mine", em -> persist(em, Examples.program()));
    inSchool("mine", em -> persist(em, cohortOf(program)));

    List<Cohort> unbound =
        inTransaction(em -> em.createNamedQuery(Cohort.IN_SCHOOL, Cohort.class).getResultList());

    assertThat(unbound).isEmpty();
  }

  private static <T> T persist(EntityManager em, T entity) {
    em.persist(entity);
    return entity;
  }

  private static Cohort cohortOf(Program program) {
    return new Cohort(program, "Cohort", LocalDate.of(2026, 3, 2), null);
  }

  private static <T> T inSchool(String school, Function<EntityManager, T> work) throws Exception {
    return db.inSchool(school, work);
  }

  private static <T> T inTransaction(Function<EntityManager, T> work) {
    return db.inTransaction(work);
  }
}
