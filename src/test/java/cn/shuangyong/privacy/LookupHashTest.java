package cn.shuangyong.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.junit.jupiter.api.Test;

class LookupHashTest {

	private static final String ID = "530102198506151234";

	private static final byte[] KEY = filled(32, 0x5a);

	private final LookupHash hash = new LookupHash(KEY);

	@Test
	void isHmacSm3OfTheValueUnderItsKey() {
		HMac reference = new HMac(new SM3Digest());
		reference.init(new KeyParameter(KEY));
		byte[] input = ID.getBytes(StandardCharsets.UTF_8);
		reference.update(input, 0, input.length);
		byte[] expected = new byte[reference.getMacSize()];
		reference.doFinal(expected, 0);

		assertThat(hash.of(ID)).isEqualTo(HexFormat.of().formatHex(expected)).hasSize(64).matches("[0-9a-f]{64}");
	}

	@Test
	void givesTheSameHashForTheSameValueEveryTime() {
		assertThat(new LookupHash(KEY.clone()).of(ID)).isEqualTo(hash.of(ID));
	}

	@Test
	void givesDifferentHashesForDifferentValues() {
		assertThat(hash.of("530102198506151242")).isNotEqualTo(hash.of(ID));
	}

	@Test
	void givesADifferentHashUnderAnotherKey() {
		assertThat(new LookupHash(filled(32, 0x5b)).of(ID)).isNotEqualTo(hash.of(ID));
	}

	@Test
	void differsFromAPlainSm3OfTheValue() {
		String plainSm3 = HexFormat.of().formatHex(Sm3.digest(ID.getBytes(StandardCharsets.UTF_8)));

		assertThat(hash.of(ID)).isNotEqualTo(plainSm3);
	}

	@Test
	void refusesAKeyShorterThan16Bytes() {
		assertThatThrownBy(() -> new LookupHash(new byte[15])).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("至少应为 16 字节，实际为 15 字节");
	}

	@Test
	void refusesAnEmptyValue() {
		assertThatThrownBy(() -> hash.of("")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> hash.of(null)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void keepsItsOwnCopyOfTheKey() {
		byte[] key = filled(16, 1);
		LookupHash own = new LookupHash(key);
		String before = own.of(ID);
		key[0] = 2;

		assertThat(own.of(ID)).isEqualTo(before);
	}

	@Test
	void printsNoKeyMaterial() {
		assertThat(hash.toString()).doesNotContain("5a5a").doesNotContain("WlpaWlpa");
	}

	private static byte[] filled(int length, int value) {
		byte[] bytes = new byte[length];
		Arrays.fill(bytes, (byte) value);
		return bytes;
	}
}
