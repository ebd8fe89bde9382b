package cn.shuangyong.privacy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

import org.bouncycastle.crypto.InvalidCipherTextException;

/**
 * Encrypts one field of one record (ID number, phone, bank account, detailed address) with SM4-GCM, as GB/T
 * 39786-2021 8.4 e asks for important data at rest. Each value gets a fresh random 96-bit IV and a 128-bit tag. The
 * caller names the value's place as the context, {@code <schema>.<table>:42:id_number} (table, row id, column);
 * it is authenticated with the value, so a ciphertext copied to another row or column fails to decrypt instead of
 * showing the wrong person's data.
 * <p>
 * Values name their key, so several keys can be configured at once: new values use the current key, old values stay
 * readable under theirs, and {@link #rotate} moves a value to the current key. Null stays null in both directions.
 */
public final class FieldCipher {

	private final FieldKeys keys;

	private final SecureRandom random;

	public FieldCipher(FieldKeys keys) {
		this(keys, new SecureRandom());
	}

	FieldCipher(FieldKeys keys, SecureRandom random) {
		this.keys = keys;
		this.random = random;
	}

	/** The stored form of {@code plaintext} under the current key: {@code v1:<key id>:<Base64>}. */
	public String encrypt(String plaintext, String context) {
		requireContext(context);
		if (plaintext == null) {
			return null;
		}
		String keyId = keys.currentId();
		byte[] iv = new byte[Sm4Gcm.IV_BYTES];
		random.nextBytes(iv);
		byte[] sealed = Sm4Gcm.seal(keys.key(keyId), iv, associatedData(keyId, context),
				plaintext.getBytes(StandardCharsets.UTF_8));
		return new StoredValue(keyId, iv, sealed).text();
	}

	/**
	 * The plaintext of a stored value, under whichever configured key it names.
	 *
	 * @throws FieldDecryptionException when the value is malformed, names an unknown key, was changed, or belongs to
	 * another context; never returns a wrong plaintext
	 */
	public String decrypt(String stored, String context) {
		requireContext(context);
		if (stored == null) {
			return null;
		}
		StoredValue value = StoredValue.parse(stored);
		if (!keys.contains(value.keyId())) {
			throw new FieldDecryptionException(
					"密文使用的密钥 " + value.keyId() + " 未配置，无法解密（已配置的密钥：" + keys.ids() + "）");
		}
		try {
			byte[] plain = Sm4Gcm.open(keys.key(value.keyId()), value.iv(), associatedData(value.keyId(), context),
					value.sealed());
			return new String(plain, StandardCharsets.UTF_8);
		}
		catch (InvalidCipherTextException e) {
			throw new FieldDecryptionException(
					"密文未通过完整性校验：已被改动，或属于另一条记录或另一个字段（上下文 " + context + "）");
		}
	}

	/** True when the value was written under a key other than the current one. */
	public boolean needsRotation(String stored) {
		return stored != null && !StoredValue.parse(stored).keyId().equals(keys.currentId());
	}

	/** The value re-encrypted under the current key; a value already under it comes back unchanged. */
	public String rotate(String stored, String context) {
		return needsRotation(stored) ? encrypt(decrypt(stored, context), context) : stored;
	}

	public String currentKeyId() {
		return keys.currentId();
	}

	private static byte[] associatedData(String keyId, String context) {
		return (StoredValue.header(keyId) + context).getBytes(StandardCharsets.UTF_8);
	}

	private static void requireContext(String context) {
		if (context == null || context.isBlank()) {
			throw new IllegalArgumentException(
					"加密上下文不能为空：应为 表名:行号:列名，如 schema.table:42:id_number");
		}
	}
}
