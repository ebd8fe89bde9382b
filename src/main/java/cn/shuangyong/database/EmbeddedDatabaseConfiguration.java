package cn.shuangyong.database;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code spring.datasource.url}, the platform runs on its own PostgreSQL in a local folder, so one command
 * starts it anywhere. With the url set, Spring Boot's own data source takes over and none of this runs.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "spring.datasource", name = "url", matchIfMissing = true, havingValue = "__embedded__")
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	SharedServer embeddedPostgresServer(EmbeddedDatabaseProperties properties) throws IOException {
		return SharedServer.acquire(properties.clusterDir(), properties.port());
	}

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(SharedServer server, EmbeddedDatabaseProperties properties)
			throws SQLException {
		String database = properties.freshDatabase()
				? properties.database() + "_" + UUID.randomUUID().toString().substring(0, 8) : properties.database();
		createIfMissing(server, database);
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(url(server, database));
		config.setUsername("postgres");
		config.setMaximumPoolSize(20);
		config.setPoolName("shuangyong");
		return new HikariDataSource(config);
	}

	private static void createIfMissing(SharedServer server, String database) throws SQLException {
		try (Connection connection = java.sql.DriverManager.getConnection(url(server, "postgres"), "postgres", "");
				var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
			exists.setString(1, database);
			if (!exists.executeQuery().next()) {
				try (var create = connection.createStatement()) {
					create.execute("create database \"" + database.replace("\"", "") + "\" encoding 'UTF8' template template0");
				}
			}
		}
	}

	private static String url(SharedServer server, String database) {
		return "jdbc:postgresql://localhost:" + server.port() + "/" + database;
	}
}
