package io.parallax.ejb.platform;

import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The application's database. Its settings come from the environment ({@code PARALLAX_DB_URL},
 * {@code PARALLAX_DB_USER}, {@code PARALLAX_DB_PASSWORD}); without them Parallax runs on the
 * embedded default, an H2 file database under {@code ./data/h2}. The default credentials are for
 * that local embedded database only (demo-only values).
 *
 * <p>A connection that died with its database (a PostgreSQL restart) is found by validation and
 * replaced, so Parallax recovers on its own; until the database answers again, readiness is DOWN
 * and the API answers 503.
 */
@DataSourceDefinition(
    name = "java:app/jdbc/parallax",
    className = "io.parallax.ejb.platform.ConfiguredDataSource",
    url = "${ENV=PARALLAX_DB_URL:jdbc:h2:file:./data/h2/parallax}",
    user = "${ENV=PARALLAX_DB_USER:parallax}",
    password = "${ENV=PARALLAX_DB_PASSWORD:parallax-embedded-demo-only}",
    minPoolSize = 1,
    maxPoolSize = 32,
    maxIdleTime = 300,
    // Payara's pool checks a connection before handing it out (JDBC 4 isValid, at most every 10 s
    // per connection) and, when one is dead, drops every connection of the pool: after a database
    // restart the next request gets fresh connections instead of "connection has been closed".
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
      "fish.payara.validate-atmost-once-period-in-seconds=10",
      "fish.payara.fail-all-connections=true",
      "fish.payara.max-wait-time-in-millis=10000"
    })
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Database {

  @Resource(lookup = "java:app/jdbc/parallax")
  DataSource dataSource;

  /** Whether the database answers a trivial query right now. */
  public boolean answers() {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      return statement.execute("select 1");
    } catch (SQLException e) {
      return false;
    }
  }

  /** Whether this is the embedded default (H2) rather than a server database. */
  public boolean isEmbedded() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return "H2".equals(connection.getMetaData().getDatabaseProductName());
    }
  }
}
