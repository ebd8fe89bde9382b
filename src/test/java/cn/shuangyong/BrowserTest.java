package cn.shuangyong;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * A test of what a person does on the pages, in headless Chromium driven by a {@link Browser}: the whole platform on
 * a random port, with the same database and demo data as a {@link PlatformTest} (keep the properties in step). Every
 * browser test class shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "shuangyong.embedded-db.data-dir=target/test-db", "shuangyong.embedded-db.fresh-database=true",
				"shuangyong.demo.enabled=true", "shuangyong.security.totp.enabled=false",
		"spring.lifecycle.timeout-per-shutdown-phase=5s", "shuangyong.supervision.escalation.run-at-start=false" })
@TestPropertySource(locations = "classpath:test-keys.properties")
@Import(TestClock.Configuration.class)
public @interface BrowserTest {
}
