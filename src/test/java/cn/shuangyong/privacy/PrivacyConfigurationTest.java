package cn.shuangyong.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

import cn.shuangyong.shared.DemoMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The beans as the platform builds them from its settings, without a database or a server. */
@ExtendWith(OutputCaptureExtension.class)
class PrivacyConfigurationTest {

	private static final String FIELD_KEY = base64(16, 1);

	private static final String LOOKUP_KEY = base64(32, 2);

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(PrivacyConfiguration.class);

	@Test
	void usesTheConfiguredKeys(CapturedOutput output) {
		runner.withBean(DemoMode.class, () -> new DemoMode(false))
			.withPropertyValues("shuangyong.privacy.keys.k2024=" + FIELD_KEY, "shuangyong.privacy.keys.k2025=" + base64(16, 3),
					"shuangyong.privacy.current-key=k2025", "shuangyong.privacy.lookup-key=" + LOOKUP_KEY)
			.run(context -> {
				assertThat(context).hasNotFailed();
				FieldCipher cipher = context.getBean(FieldCipher.class);
				assertThat(cipher.currentKeyId()).isEqualTo("k2025");
				assertThat(cipher.decrypt(cipher.encrypt("张三", "t:1:c"), "t:1:c")).isEqualTo("张三");
				assertThat(context.getBean(LookupHash.class).of("x"))
					.isEqualTo(new LookupHash(Base64.getDecoder().decode(LOOKUP_KEY)).of("x"));
			});
		assertThat(output).doesNotContain("开发密钥").doesNotContain(FIELD_KEY).doesNotContain(LOOKUP_KEY);
	}

	@Test
	void readsTheKeysFromTheEnvironment() {
		Map<String, Object> environment = Map.of("SHUANGYONG_PRIVACY_KEYS_K2025", FIELD_KEY,
				"SHUANGYONG_PRIVACY_CURRENTKEY", "k2025", "SHUANGYONG_PRIVACY_LOOKUPKEY", LOOKUP_KEY);
		runner.withBean(DemoMode.class, () -> new DemoMode(false))
			.withInitializer(context -> context.getEnvironment().getPropertySources().addFirst(
					new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment)))
			.run(context -> assertThat(context.getBean(FieldCipher.class).currentKeyId()).isEqualTo("k2025"));
	}

	@Test
	void usesDevelopmentKeysInDemoModeAndWarnsThatTheyAreNotForProduction(CapturedOutput output) {
		runner.withBean(DemoMode.class, () -> new DemoMode(true)).run(context -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(FieldCipher.class).currentKeyId()).isEqualTo(DevelopmentKeys.FIELD_KEY_ID);
			assertThat(context).hasSingleBean(LookupHash.class);
		});
		assertThat(output).contains("未配置字段加密密钥").contains("未配置查找哈希密钥").contains("绝不能用于生产数据");
	}

	@Test
	void developmentKeysStayTheSameAcrossRestartsSoDemoDataStaysReadable() {
		String[] stored = new String[1];
		runner.withBean(DemoMode.class, () -> new DemoMode(true))
			.run(context -> stored[0] = context.getBean(FieldCipher.class).encrypt("张三", "t:1:c"));
		runner.withBean(DemoMode.class, () -> new DemoMode(true))
			.run(context -> assertThat(context.getBean(FieldCipher.class).decrypt(stored[0], "t:1:c")).isEqualTo("张三"));
	}

	@Test
	void refusesToStartOutsideDemoModeWithoutAFieldKey() {
		runner.withBean(DemoMode.class, () -> new DemoMode(false))
			.withPropertyValues("shuangyong.privacy.lookup-key=" + LOOKUP_KEY)
			.run(context -> assertThat(context).getFailure().rootCause()
				.hasMessageContaining("未配置字段加密密钥，拒绝启动").hasMessageContaining("shuangyong.privacy.keys"));
	}

	@Test
	void refusesToStartOutsideDemoModeWithoutALookupKey() {
		runner.withBean(DemoMode.class, () -> new DemoMode(false))
			.withPropertyValues("shuangyong.privacy.keys.k1=" + FIELD_KEY, "shuangyong.privacy.current-key=k1")
			.run(context -> assertThat(context).getFailure().rootCause()
				.hasMessageContaining("未配置查找哈希密钥，拒绝启动").hasMessageContaining("shuangyong.privacy.lookup-key"));
	}

	@Test
	void refusesALookupKeyThatIsAlsoAFieldKey() {
		runner.withBean(DemoMode.class, () -> new DemoMode(false))
			.withPropertyValues("shuangyong.privacy.keys.k1=" + FIELD_KEY, "shuangyong.privacy.current-key=k1",
					"shuangyong.privacy.lookup-key=" + FIELD_KEY)
			.run(context -> assertThat(context).getFailure().rootCause().hasMessageContaining("查找哈希密钥不得与字段加密密钥相同"));
	}

	@Test
	void runsTheSelfTestBeforeAnyKeyIsUsed(CapturedOutput output) {
		runner.withBean(DemoMode.class, () -> new DemoMode(true)).run(context -> {
			assertThat(context).hasSingleBean(CryptoSelfCheck.class);
			assertThat(output.toString().indexOf("密码算法自检通过")).isNotNegative()
				.isLessThan(output.toString().indexOf("未配置字段加密密钥"));
		});
	}

	@Test
	void printsKeyIdsButNoKeyMaterial() {
		PrivacyKeys keys = new PrivacyKeys(Map.of("k1", FIELD_KEY), "k1", LOOKUP_KEY);

		assertThat(keys.toString()).contains("k1").contains("(set)").doesNotContain(FIELD_KEY).doesNotContain(LOOKUP_KEY);
	}

	private static String base64(int length, int value) {
		byte[] bytes = new byte[length];
		Arrays.fill(bytes, (byte) value);
		return Base64.getEncoder().encodeToString(bytes);
	}
}
