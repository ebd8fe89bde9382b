package cn.shuangyong.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FieldCipherTest {

	private static final String CONTEXT = "beneficiaries.person:42:id_number";

	private static final byte[] KEY_A = bytes(0x11);

	private static final byte[] KEY_B = bytes(0x22);

	private final FieldCipher cipher = new FieldCipher(new FieldKeys(Map.of("a", KEY_A), "a"));

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "530102198506151234", "云南省昆明市五华区华山街道翠湖南路1号", "阿依古丽·买买提", "𠮷野家", "" })
	void readsBackWhatItWrote(String plaintext) {
		assertThat(cipher.decrypt(cipher.encrypt(plaintext, CONTEXT), CONTEXT)).isEqualTo(plaintext);
	}

	@Test
	void writesAVersionedValueNamingItsKey() {
		String stored = cipher.encrypt("张三", CONTEXT);
		byte[] payload = Base64.getDecoder().decode(stored.substring("v1:a:".length()));

		assertThat(stored).startsWith("v1:a:").doesNotContain("张三");
		assertThat(payload).hasSize(12 + "张三".getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 16);
	}

	@Test
	void encryptsTheSameValueDifferentlyEachTime() {
		assertThat(cipher.encrypt("530102198506151234", CONTEXT)).isNotEqualTo(cipher.encrypt("530102198506151234", CONTEXT));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "beneficiaries.person:43:id_number", "beneficiaries.person:42:phone",
			"beneficiaries.household:42:id_number", "beneficiaries.person:42:id_number " })
	void refusesAValueMovedToAnotherRowOrColumn(String otherContext) {
		String stored = cipher.encrypt("530102198506151234", CONTEXT);

		assertThatThrownBy(() -> cipher.decrypt(stored, otherContext)).isInstanceOf(FieldDecryptionException.class)
			.hasMessageContaining("完整性校验").hasMessageNotContaining("530102198506151234");
	}

	@Test
	void refusesAValueWithAnyByteChanged() {
		String stored = cipher.encrypt("530102198506151234", CONTEXT);
		byte[] payload = Base64.getDecoder().decode(stored.substring("v1:a:".length()));
		for (int i = 0; i < payload.length; i++) {
			byte[] changed = payload.clone();
			changed[i] ^= 0x01;
			String tampered = "v1:a:" + Base64.getEncoder().encodeToString(changed);
			assertThatThrownBy(() -> cipher.decrypt(tampered, CONTEXT)).as("byte " + i)
				.isInstanceOf(FieldDecryptionException.class);
		}
	}

	@Test
	void refusesAValueRelabelledWithAnotherKeyId() {
		FieldCipher both = new FieldCipher(new FieldKeys(Map.of("a", KEY_A, "b", KEY_A), "a"));
		String stored = both.encrypt("530102198506151234", CONTEXT);

		assertThatThrownBy(() -> both.decrypt(stored.replace("v1:a:", "v1:b:"), CONTEXT))
			.isInstanceOf(FieldDecryptionException.class);
	}

	@Test
	void namesAKeyThatIsNotConfigured() {
		String stored = new FieldCipher(new FieldKeys(Map.of("k2019", KEY_B), "k2019")).encrypt("张三", CONTEXT);

		assertThatThrownBy(() -> cipher.decrypt(stored, CONTEXT)).isInstanceOf(FieldDecryptionException.class)
			.hasMessage("密文使用的密钥 k2019 未配置，无法解密（已配置的密钥：[a]）");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "530102198506151234", "v1:a", "v1::AAAA", "v2:a:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
			"v1:a:***", "v1:a:AAAAAAAAAAAAAAAAAAAAAAAAAAAA" })
	void refusesWhatIsNotAStoredValue(String text) {
		assertThatThrownBy(() -> cipher.decrypt(text, CONTEXT)).isInstanceOf(FieldDecryptionException.class)
			.hasMessageContaining("密文");
	}

	@Test
	void rotationFromKeyAToKeyBKeepsEveryValueReadable() {
		List<String> plaintexts = new ArrayList<>();
		List<String> underA = new ArrayList<>();
		for (int row = 0; row < 200; row++) {
			plaintexts.add("5301021985061" + String.format("%05d", row));
			underA.add(cipher.encrypt(plaintexts.get(row), context(row)));
		}
		FieldCipher duringRotation = new FieldCipher(new FieldKeys(Map.of("a", KEY_A, "b", KEY_B), "b"));
		FieldCipher afterRotation = new FieldCipher(new FieldKeys(Map.of("b", KEY_B), "b"));

		for (int row = 0; row < 200; row++) {
			String old = underA.get(row);
			assertThat(duringRotation.needsRotation(old)).isTrue();
			assertThat(duringRotation.decrypt(old, context(row))).isEqualTo(plaintexts.get(row));
			String rotated = duringRotation.rotate(old, context(row));
			assertThat(rotated).startsWith("v1:b:");
			assertThat(duringRotation.needsRotation(rotated)).isFalse();
			assertThat(duringRotation.rotate(rotated, context(row))).isSameAs(rotated);
			assertThat(afterRotation.decrypt(rotated, context(row))).isEqualTo(plaintexts.get(row));
		}
	}

	@Test
	void rotatingAValueUnderAnUnknownKeyFailsWithoutLosingIt() {
		String underA = cipher.encrypt("张三", CONTEXT);
		FieldCipher onlyB = new FieldCipher(new FieldKeys(Map.of("b", KEY_B), "b"));

		assertThat(onlyB.needsRotation(underA)).isTrue();
		assertThatThrownBy(() -> onlyB.rotate(underA, CONTEXT)).isInstanceOf(FieldDecryptionException.class)
			.hasMessageContaining("密钥 a 未配置");
	}

	@Test
	void encryptsWithTheCurrentKey() {
		FieldCipher cipherB = new FieldCipher(new FieldKeys(Map.of("a", KEY_A, "b", KEY_B), "b"));

		assertThat(cipherB.currentKeyId()).isEqualTo("b");
		assertThat(cipherB.encrypt("张三", CONTEXT)).startsWith("v1:b:");
	}

	@Test
	void leavesNullAsNull() {
		assertThat(cipher.encrypt(null, CONTEXT)).isNull();
		assertThat(cipher.decrypt(null, CONTEXT)).isNull();
		assertThat(cipher.needsRotation(null)).isFalse();
		assertThat(cipher.rotate(null, CONTEXT)).isNull();
	}

	@Test
	void requiresAContext() {
		assertThatThrownBy(() -> cipher.encrypt("张三", " ")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("加密上下文不能为空");
		assertThatThrownBy(() -> cipher.decrypt("v1:a:AAAA", null)).isInstanceOf(IllegalArgumentException.class);
	}

	private static String context(int row) {
		return "beneficiaries.person:" + row + ":id_number";
	}

	private static byte[] bytes(int value) {
		byte[] key = new byte[16];
		java.util.Arrays.fill(key, (byte) value);
		return key;
	}
}
