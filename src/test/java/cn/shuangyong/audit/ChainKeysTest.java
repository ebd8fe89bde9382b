package cn.shuangyong.audit;

import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import cn.shuangyong.shared.DemoMode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The audit chain is sealed with a key from configuration; without one only the demo starts. */
class ChainKeysTest {

	private static final String KEY_A = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

	private static final String KEY_B = Base64.getEncoder().encodeToString("fedcba9876543210fedcba9876543210".getBytes());

	private static final AuditEntry ENTRY = new AuditEntry("yunnan", 1L, "53", "10.0.0.1", "PLAN_PUBLISHED", "PLAN",
			"1", AuditOutcome.SUCCESS, "发布工作要点");

	private static final Instant AT = Instant.parse("2020-09-30T02:00:00Z");

	@Test
	void refusesToStartOutsideDemoModeWithoutAKey() {
		assertThatThrownBy(() -> ChainKeys.of(new AuditSettings(null, null), new DemoMode(false)))
			.isInstanceOf(IllegalStateException.class).hasMessageContaining("未配置审计链密钥，拒绝启动");
	}

	@Test
	void theDemoUsesADevelopmentKey() {
		ChainKeys keys = ChainKeys.of(new AuditSettings(null, null), new DemoMode(true));
		assertThat(keys.currentId()).isEqualTo(ChainKeys.DEVELOPMENT_KEY_ID);
		assertThat(keys.current()).hasSize(32);
	}

	@Test
	void aSingleKeyIsTheCurrentOneAndOlderKeysStayForChecking() {
		assertThat(ChainKeys.of(new AuditSettings(Map.of("a", KEY_A), null), new DemoMode(false)).currentId())
			.isEqualTo("a");
		ChainKeys rotated = ChainKeys.of(new AuditSettings(Map.of("a", KEY_A, "b", KEY_B), "b"), new DemoMode(false));
		assertThat(rotated.currentId()).isEqualTo("b");
		assertThat(rotated.byId("a")).isPresent();
		assertThat(rotated.byId("c")).isEmpty();
	}

	@Test
	void badKeySettingsAreNamed() {
		DemoMode production = new DemoMode(false);
		assertThatThrownBy(() -> ChainKeys.of(new AuditSettings(Map.of("a", "不是Base64"), null), production))
			.hasMessageContaining("shuangyong.audit.chain-keys.a 不是有效的 Base64 文本");
		assertThatThrownBy(() -> ChainKeys.of(new AuditSettings(Map.of("a", "c2hvcnQ="), null), production))
			.hasMessageContaining("太短：须至少 16 字节，现为 5 字节");
		assertThatThrownBy(() -> ChainKeys.of(new AuditSettings(Map.of("a", KEY_A, "b", KEY_B), null), production))
			.hasMessageContaining("current-chain-key");
		assertThatThrownBy(() -> ChainKeys.of(new AuditSettings(Map.of("a", KEY_A), "z"), production))
			.hasMessageContaining("“z”不在");
	}

	@Test
	void theSealDependsOnTheKey() {
		byte[] a = Base64.getDecoder().decode(KEY_A);
		byte[] b = Base64.getDecoder().decode(KEY_B);
		String sealed = AuditChain.hash(a, AuditChain.GENESIS, AT, ENTRY);
		assertThat(sealed).hasSize(64).isEqualTo(AuditChain.hash(a, AuditChain.GENESIS, AT, ENTRY));
		assertThat(AuditChain.hash(b, AuditChain.GENESIS, AT, ENTRY)).isNotEqualTo(sealed);
		assertThat(AuditChain.hash(null, AuditChain.GENESIS, AT, ENTRY)).isNotEqualTo(sealed).hasSize(64);
	}
}
