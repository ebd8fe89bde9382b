package cn.shuangyong;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The platform as it runs in production: on its embedded web server (bound to the loopback address only), not in
 * demo mode, so the administrators need their second factor, and with the configured test keys of
 * {@code test-keys.properties}. The reference directory is loaded but there are no demo accounts: tests create the accounts
 * they need. A second, separate context: use it only for what {@link PlatformTest} cannot show, and keep these
 * properties identical so its test classes share it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "shuangyong.embedded-db.data-dir=target/test-db", "shuangyong.embedded-db.fresh-database=true",
				"shuangyong.demo.enabled=false", "shuangyong.security.totp.enabled=true", "server.address=127.0.0.1",
				"shuangyong.supervision.escalation.run-at-start=false" })
@AutoConfigureMockMvc
@TestPropertySource(locations = "classpath:test-keys.properties")
@Import(TestClock.Configuration.class)
public @interface PlatformServerTest {
}
