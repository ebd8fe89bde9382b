package cn.shuangyong;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The platform as it runs in production: on its embedded web server (bound to the loopback address only), not in
 * demo mode, so the administrators need their second factor, and with personal-data keys of its own (test keys,
 * nowhere else used). The reference directory is loaded but there are no demo accounts: tests create the accounts
 * they need. A second, separate context: use it only for what {@link PlatformTest} cannot show, and keep these
 * properties identical so its test classes share it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "shuangyong.embedded-db.data-dir=target/test-db", "shuangyong.embedded-db.fresh-database=true",
				"shuangyong.demo.enabled=false", "shuangyong.security.totp.enabled=true", "server.address=127.0.0.1",
				"shuangyong.privacy.keys.test1=MDEyMzQ1Njc4OWFiY2RlZg==", "shuangyong.privacy.current-key=test1",
				"shuangyong.privacy.lookup-key=ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=",
				"shuangyong.audit.chain-keys.test=YXVkaXQgY2hhaW4ga2V5IGZvciB0ZXN0cyBvbmx5IQ==" })
@AutoConfigureMockMvc
@Import(TestClock.Configuration.class)
public @interface PlatformServerTest {
}
