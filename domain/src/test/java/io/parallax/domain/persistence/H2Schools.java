package io.parallax.domain.persistence;

import io.parallax.domain.school.School;
import io.parallax.domain.tenancy.CurrentSchool;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The production persistence unit on a fresh in-memory H2 database, outside the container: Flyway
 * migrates it and Hibernate validates the mapping as the unit starts. Two schools exist, {@code
 * mine} and {@code yours}. Work runs in a resource-local transaction, bound to a school.
 */
public final class H2Schools implements AutoCloseable {

  private final EntityManagerFactory factory;

  private H2Schools(EntityManagerFactory factory) {
    this.factory = factory;
  }

  public static H2Schools open() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    H2Schools db = new H2Schools(unitOn(h2));
    db.inTransaction(
        em -> {
          em.persist(new School("mine", "Mine"));
          em.persist(new School("yours", "Yours"));
          return null;
        });
    return db;
  }

  /**
   * The production persistence unit on {@code dataSource}, with resource-local transactions:
   * opening it migrates the database as a deployment does.
   */
  static EntityManagerFactory unitOn(DataSource dataSource) {
    return Persistence.createEntityManagerFactory(
        "parallax",
        Map.of(
            "jakarta.persistence.transactionType",
            "RESOURCE_LOCAL",
            "jakarta.persistence.jtaDataSource",
            dataSource,
            "jakarta.persistence.nonJtaDataSource",
            dataSource,
            "hibernate.transaction.jta.platform",
            "org.hibernate.engine.transaction.jta.platform.internal.NoJtaPlatform",
            // every named query is parsed and checked here, since the deployed unit
            // leaves that to each query's first use (a faster node start)
            "hibernate.query.startup_check",
            "true"));
  }

  /** Runs {@code work} in a transaction of its own, bound to {@code school}. */
  public <T> T inSchool(String school, Function<EntityManager, T> work) throws Exception {
    return CurrentSchool.callAs(school, () -> inTransaction(work));
  }

  /** Runs {@code work} in a transaction of its own, bound to no school. */
  public <T> T inTransaction(Function<EntityManager, T> work) {
    EntityManager em = factory.createEntityManager();
    try {
      em.getTransaction().begin();
      T result = work.apply(em);
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  @Override
  public void close() {
    factory.close();
  }
}
