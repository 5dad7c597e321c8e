package io.parallax.ejb.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

class ConfiguredDataSourceTest {

  @Test
  void picksPostgresqlForPostgresqlUrls() throws SQLException {
    assertThat(ConfiguredDataSource.vendorDataSource("jdbc:postgresql://db:5432/parallax"))
        .isInstanceOf(PGSimpleDataSource.class);
  }

  @Test
  void picksH2ForH2Urls() throws SQLException {
    assertThat(ConfiguredDataSource.vendorDataSource("jdbc:h2:file:./data/h2/parallax"))
        .isInstanceOf(JdbcDataSource.class);
  }

  @Test
  void namesTheSettingWhenTheUrlIsNeither() {
    assertThatThrownBy(() -> ConfiguredDataSource.vendorDataSource("jdbc:mysql://db/parallax"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("PARALLAX_DB_URL must start with jdbc:postgresql: or jdbc:h2:");
  }

  @Test
  void connectsWithTheConfiguredCredentials() throws SQLException {
    ConfiguredDataSource dataSource = new ConfiguredDataSource();
    dataSource.setUrl("jdbc:h2:mem:configured");
    dataSource.setUser("parallax");
    dataSource.setPassword("secret");

    try (Connection connection = dataSource.getConnection()) {
      assertThat(connection.getMetaData().getUserName()).isEqualToIgnoringCase("parallax");
    }
  }
}
