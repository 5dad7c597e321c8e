package io.parallax.domain.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.tool.schema.spi.SchemaManagementException;
import org.junit.jupiter.api.Test;

/**
 * When a start runs Flyway and validates the mapping (a fresh or an older database), and when it
 * skips both (a database already at this build's version).
 */
class SchemaMigrationsTest {

  private final JdbcDataSource h2 = fresh();

  @Test
  void latestVersionIsTheNewestMigrationFile() throws IOException, URISyntaxException {
    Path migrations =
        Path.of(
            Objects.requireNonNull(getClass().getClassLoader().getResource("db/migration"))
                .toURI());
    try (Stream<Path> files = Files.list(migrations)) {
      int newest =
          files
              .map(file -> file.getFileName().toString())
              .filter(name -> name.matches("V\\d+__.+\\.sql"))
              .map(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
              .max(Comparator.naturalOrder())
              .orElseThrow();

      assertThat(SchemaMigrations.LATEST_VERSION)
          .as("SchemaMigrations.LATEST_VERSION must name the newest file in db/migration")
          .isEqualTo(Integer.toString(newest));
    }
  }

  @Test
  void aFreshDatabaseIsNotCurrentUntilMigrated() {
    assertThat(SchemaMigrations.isCurrent(h2)).isFalse();

    SchemaMigrations.migrate(h2);

    assertThat(SchemaMigrations.isCurrent(h2)).isTrue();
  }

  @Test
  void aFailedOrMissingMigrationMakesItNotCurrent() throws SQLException {
    SchemaMigrations.migrate(h2);

    execute("update \"flyway_schema_history\" set \"success\" = false where \"version\" = '1'");
    assertThat(SchemaMigrations.isCurrent(h2)).isFalse();

    assertThat(SchemaMigrations.isCurrent(migratedUpTo("41", fresh()))).isFalse();
  }

  @Test
  void aCurrentDatabaseStartsWithoutFlyway() throws SQLException {
    SchemaMigrations.migrate(h2);
    // a change Flyway would refuse (the history no longer matches the files) goes unnoticed:
    // a current database is not migrated again
    execute("update \"flyway_schema_history\" set \"checksum\" = 0 where \"version\" = '1'");

    H2Schools.unitOn(h2).close();
  }

  @Test
  void aMappingTheMigratedSchemaLacksStopsTheStart() throws SQLException {
    // an older database, that a mistaken migration had left without a mapped column
    migratedUpTo("41", h2);
    execute("alter table cohort drop column name");

    assertThatThrownBy(() -> H2Schools.unitOn(h2).close())
        .hasRootCauseInstanceOf(SchemaManagementException.class)
        .rootCause()
        .hasMessageContaining("name");
  }

  private static JdbcDataSource migratedUpTo(String version, JdbcDataSource h2) {
    Flyway.configure(SchemaMigrations.class.getClassLoader())
        .dataSource(h2)
        .locations("classpath:db/migration")
        .target(version)
        .load()
        .migrate();
    return h2;
  }

  private void execute(String sql) throws SQLException {
    try (Connection connection = h2.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static JdbcDataSource fresh() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    return h2;
  }
}
