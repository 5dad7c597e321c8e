package io.parallax.ejb.platform;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The vendor data source that {@code PARALLAX_DB_URL} names: PostgreSQL for {@code
 * jdbc:postgresql:} URLs, H2 for {@code jdbc:h2:} ones. It lets one setting (the URL) switch the
 * database without a second setting for the driver class. The container pools the connections.
 */
public class ConfiguredDataSource implements DataSource {

  private String url;
  private String user;
  private String password;
  private DataSource target;

  public void setUrl(String url) {
    this.url = url;
  }

  public void setURL(String url) {
    setUrl(url);
  }

  public void setUser(String user) {
    this.user = user;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  private synchronized DataSource target() throws SQLException {
    if (target == null) {
      target = vendorDataSource(url);
    }
    return target;
  }

  static DataSource vendorDataSource(String url) throws SQLException {
    if (url != null && url.startsWith("jdbc:postgresql:")) {
      PGSimpleDataSource postgres = new PGSimpleDataSource();
      postgres.setURL(url);
      return postgres;
    }
    if (url != null && url.startsWith("jdbc:h2:")) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL(url);
      return h2;
    }
    throw new SQLException(
        "PARALLAX_DB_URL must start with jdbc:postgresql: or jdbc:h2: (it is '" + url + "').");
  }

  @Override
  public Connection getConnection() throws SQLException {
    return target().getConnection(user, password);
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    return target().getConnection(user, password);
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {}

  @Override
  public void setLoginTimeout(int seconds) {}

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    return target().unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return type.isInstance(this) || target().isWrapperFor(type);
  }
}
