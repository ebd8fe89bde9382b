package cn.shuangyong.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import cn.shuangyong.shared.DemoMode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code spring.datasource.url} set, the platform uses that PostgreSQL: it starts no server of its own, migrates
 * and loads the directory there, and leaves demo data off.
 */
@SpringBootTest
class ExternalDatabaseTests {

	static EmbeddedPostgres external;

	@DynamicPropertySource
	static void externalDatabase(DynamicPropertyRegistry registry) throws IOException {
		Path dir = Files.createTempDirectory("external-pg");
		// stopped when the JVM ends, after the cached application context has closed its pool
		external = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true)
			.setRegisterShutdownHook(true).start();
		registry.add("spring.datasource.url", () -> external.getJdbcUrl("postgres", "postgres"));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
		// outside demo mode the platform starts only with its personal-data keys configured
		registry.add("shuangyong.privacy.keys.test", () -> "AAECAwQFBgcICQoLDA0ODw==");
		registry.add("shuangyong.privacy.current-key", () -> "test");
		registry.add("shuangyong.privacy.lookup-key", () -> "EBESExQVFhcYGRobHB0eHyAhIiMkJSYnKCkqKywtLi8=");
		registry.add("shuangyong.audit.chain-keys.test", () -> "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=");
	}


	@Autowired
	ApplicationContext context;

	@Autowired
	DemoMode demo;

	@Autowired
	JdbcClient jdbc;

	@Test
	void usesTheConfiguredDatabaseWithoutStartingItsOwn() {
		assertThat(context.getBeanNamesForType(SharedServer.class)).isEmpty();
		assertThat(jdbc.sql("select count(*) from directory.region").query(Long.class).single()).isGreaterThan(16_000);
	}

	@Test
	void leavesDemoDataOffUnlessSwitchedOn() {
		assertThat(demo.enabled()).isFalse();
		assertThat(jdbc.sql("select count(*) from accounts.account").query(Long.class).single()).isZero();
	}
}
