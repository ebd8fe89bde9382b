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
 * A test of the whole platform against a real PostgreSQL: the embedded server the platform itself runs on, with a
 * fresh database for each application context, the reference directory and the demo accounts loaded. The keys are
 * configured test keys ({@code test-keys.properties}), as in production, not demo mode's development keys; the
 * escalation's run shortly after start is off (EscalationTests runs it by hand). {@link Demo} names the demo accounts
 * and units; {@link TestClock} moves time on.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = { "shuangyong.embedded-db.data-dir=target/test-db", "shuangyong.embedded-db.fresh-database=true",
		"shuangyong.demo.enabled=true", "shuangyong.security.totp.enabled=false",
		"spring.lifecycle.timeout-per-shutdown-phase=5s", "shuangyong.supervision.escalation.run-at-start=false" })
@AutoConfigureMockMvc
@TestPropertySource(locations = "classpath:test-keys.properties")
@Import({ TestClock.Configuration.class, Demo.class })
public @interface PlatformTest {
}
