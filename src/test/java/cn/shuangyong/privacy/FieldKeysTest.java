package cn.shuangyong.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FieldKeysTest {

	private static final String KEY = Base64.getEncoder().encodeToString(new byte[16]);

	@Test
	void readsBase64KeysAndTheCurrentOne() {
		FieldKeys keys = FieldKeys.fromBase64(Map.of("k2024", KEY, "k2025", " " + KEY + " "), "k2025");

		assertThat(keys.ids()).containsExactly("k2024", "k2025");
		assertThat(keys.currentId()).isEqualTo("k2025");
	}

	@Test
	void refusesAKeyThatIsNot16Bytes() {
		String short15 = Base64.getEncoder().encodeToString(new byte[15]);

		assertThatThrownBy(() -> FieldKeys.fromBase64(Map.of("k1", short15), "k1"))
			.hasMessage("密钥 k1 应为 16 字节（SM4），实际为 15 字节");
	}

	@Test
	void refusesAKeyThatIsNotBase64() {
		assertThatThrownBy(() -> FieldKeys.fromBase64(Map.of("k1", "not base64!"), "k1"))
			.hasMessage("密钥 k1 不是有效的 Base64 文本");
	}

	@Test
	void refusesAnIdThatWouldBreakTheStoredFormat() {
		assertThatThrownBy(() -> FieldKeys.fromBase64(Map.of("k:1", KEY), "k:1")).hasMessageContaining("密钥编号“k:1”不合规");
	}

	@Test
	void refusesACurrentKeyThatIsNotConfigured() {
		assertThatThrownBy(() -> FieldKeys.fromBase64(Map.of("k1", KEY), "k2"))
			.hasMessage("当前密钥（shuangyong.privacy.current-key）应为已配置的密钥编号之一 [k1]，实际为 k2");
		assertThatThrownBy(() -> FieldKeys.fromBase64(Map.of("k1", KEY), null)).hasMessageContaining("实际为 null");
	}

	@Test
	void refusesNoKeysAtAll() {
		assertThatThrownBy(() -> FieldKeys.fromBase64(Map.of(), "k1")).hasMessageContaining("未配置字段加密密钥");
	}

	@Test
	void printsIdsButNoKeyMaterial() {
		assertThat(FieldKeys.fromBase64(Map.of("k1", KEY), "k1")).hasToString("FieldKeys[k1], current k1");
	}

	@Test
	void keepsItsOwnCopyOfTheKeys() {
		byte[] material = new byte[16];
		FieldKeys keys = new FieldKeys(Map.of("k1", material), "k1");
		material[0] = 1;

		assertThat(keys.key("k1")[0]).isZero();
	}
}
