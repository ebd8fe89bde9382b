package cn.shuangyong;

import cn.shuangyong.privacy.FieldCipher;
import cn.shuangyong.shared.DemoMode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared test context runs the demo's accounts and data on configured keys (test-keys.properties), the code path
 * of a real installation: nothing in it is encrypted or sealed with demo mode's development keys.
 */
@PlatformTest
class TestKeysTests {

	@Autowired
	DemoMode demo;

	@Autowired
	FieldCipher cipher;

	@Autowired
	JdbcClient jdbc;

	@Test
	void runsTheDemoDataOnTheConfiguredKeys() {
		assertThat(demo.enabled()).isTrue();
		assertThat(cipher.currentKeyId()).isEqualTo("test1");
		assertThat(jdbc.sql("select distinct chain_key from audit.audit_event where chain_key is not null")
			.query(String.class).list()).containsExactly("test");
	}
}
