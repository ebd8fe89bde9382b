package cn.shuangyong.privacy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.bouncycastle.crypto.macs.HMac;

/**
 * A blind index: HMAC-SM3 under its own key of a normalised value, stored beside the encrypted value so that a person
 * is found by ID number, and duplicates are refused by a unique constraint, without the plaintext in the database
 * (GB/T 39786-2021 8.4 e; security requirements D2). Without the key the index cannot be computed, so it cannot be
 * matched against a list of all possible ID numbers as a plain SM3 of the value could.
 * <p>
 * The caller normalises first: the same person must always give the same text (for an ID number, its 18 normalised
 * characters from {@code IdNumber.value()}). The key is never a field-encryption key.
 */
public final class LookupHash {

	/** At least 128 bits, as SM4 keys; 32 bytes (SM3's output size) is the recommended length. */
	static final int MIN_KEY_BYTES = 16;

	private final byte[] key;

	/**
	 * One keyed HMAC per thread, reused: keying it hashes two blocks (the inner and outer pads), as much again as
	 * hashing an ID number, and the bulk import hashes millions (HMac keeps the keyed state and returns to it after
	 * each value).
	 */
	private final ThreadLocal<HMac> macs;

	public LookupHash(byte[] key) {
		if (key == null || key.length < MIN_KEY_BYTES) {
			throw new IllegalArgumentException("查找哈希密钥（shuangyong.privacy.lookup-key）至少应为 " + MIN_KEY_BYTES
					+ " 字节，实际为 " + (key == null ? 0 : key.length) + " 字节");
		}
		this.key = key.clone();
		this.macs = ThreadLocal.withInitial(() -> Sm3.keyedHmac(this.key));
	}

	/** 64 lowercase hex characters; the same value always gives the same hash under the same key. */
	public String of(String normalisedValue) {
		if (normalisedValue == null || normalisedValue.isEmpty()) {
			throw new IllegalArgumentException("不能为空值计算查找哈希");
		}
		return HexFormat.of().formatHex(Sm3.hmac(macs.get(), normalisedValue.getBytes(StandardCharsets.UTF_8)));
	}

	boolean sharesKeyWith(FieldKeys fieldKeys) {
		return fieldKeys.holds(key);
	}

	@Override
	public String toString() {
		return "LookupHash[HMAC-SM3]";
	}
}
