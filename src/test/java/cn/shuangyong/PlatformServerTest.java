package cn.shuangyong;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The platform as it runs in production: on its embedded web server (bound to the loopback address only) and with
 * the second factor on for the administrator roles. A second, separate context: use it only for what
 * {@link PlatformTest} cannot show, and keep these properties identical so its test classes share it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "shuangyong.embedded-db.data-dir=target/test-db", "shuangyong.embedded-db.fresh-database=true",
				"shuangyong.demo.enabled=true", "shuangyong.security.totp.enabled=true", "server.address=127.0.0.1" })
@AutoConfigureMockMvc
@Import({ TestClock.Configuration.class, Demo.class })
public @interface PlatformServerTest {
}
