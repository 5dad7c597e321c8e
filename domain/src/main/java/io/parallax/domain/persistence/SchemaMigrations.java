package io.parallax.domain.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;

/**
 * Brings the schema to this build's version as Hibernate integrates the persistence unit, whatever
 * the server (Payara Micro or Payara Server).
 *
 * <p>A database whose newest successful migration is {@link #LATEST_VERSION} and that records no
 * failed one is current: a node joining a cluster, or restarting, then starts without Flyway.
 * Otherwise Flyway migrates it (a fresh database, or one a new build brings new migrations for),
 * and Hibernate's validator checks the mapping against the migrated schema; a mismatch stops the
 * deployment. The build checks that mapping on every build: H2 in the unit tests, PostgreSQL in the
 * integration tests, both from an empty database.
 */
public class SchemaMigrations implements Integrator {

  /** The newest migration under {@code db/migration}; SchemaMigrationsTest keeps the two equal. */
  public static final String LATEST_VERSION = "42";

  private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

  @Override
  public void integrate(
      Metadata metadata,
      BootstrapContext bootstrapContext,
      SessionFactoryImplementor sessionFactory) {
    DataSource dataSource =
        sessionFactory
            .getServiceRegistry()
            .requireService(ConnectionProvider.class)
            .unwrap(DataSource.class);
    if (isCurrent(dataSource)) {
      LOG.info(() -> "Schema at version " + LATEST_VERSION + ", current: no migration to run");
      return;
    }
    migrate(dataSource);
    validate(metadata, sessionFactory);
  }

  @Override
  public void disintegrate(
      SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {}

  /** Brings the database behind {@code dataSource} to the latest schema version. */
  public static MigrateResult migrate(DataSource dataSource) {
    MigrateResult result =
        Flyway.configure(SchemaMigrations.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .migrate();
    LOG.info(
        () ->
            "Schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
    return result;
  }

  /** Hibernate's schema validation ({@code hbm2ddl.auto=validate}) of the unit being started. */
  private static void validate(Metadata metadata, SessionFactoryImplementor sessionFactory) {
    Map<String, Object> settings = new HashMap<>(sessionFactory.getProperties());
    settings.keySet().removeIf(key -> key.startsWith("jakarta.persistence.schema-generation."));
    settings.put(AvailableSettings.HBM2DDL_AUTO, "validate");
    SchemaManagementToolCoordinator.process(
        metadata, sessionFactory.getServiceRegistry(), settings, dropOnClose -> {});
  }

  /**
   * Whether Flyway's history says the database is at {@link #LATEST_VERSION} with no failed
   * migration. A database without that history (a fresh one) is not current.
   */
  static boolean isCurrent(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet history =
            statement.executeQuery(
                // quoted: Flyway names its table and columns in lower case on H2 as well
                "select \"version\", \"success\" from \"flyway_schema_history\""
                    + " order by \"installed_rank\"")) {
      String newest = null;
      while (history.next()) {
        if (!history.getBoolean("success")) {
          return false;
        }
        String version = history.getString("version");
        newest = version == null ? newest : version;
      }
      return LATEST_VERSION.equals(newest);
    } catch (SQLException noHistory) {
      LOG.log(Level.FINE, "No migration history: Flyway migrates", noHistory);
      return false;
    }
  }
}
