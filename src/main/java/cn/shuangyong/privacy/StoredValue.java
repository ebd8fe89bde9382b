package cn.shuangyong.privacy;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;

/**
 * An encrypted field as the database keeps it: {@code v1:<key id>:<Base64 of IV, ciphertext and tag>}. Text, so it
 * fits a {@code text} column and reads in a dump; versioned, so a later format can sit beside this one; naming its key,
 * so keys can be rotated one value at a time.
 */
record StoredValue(String keyId, byte[] iv, byte[] sealed) {

	static final String VERSION = "v1";

	private static final int MIN_SEALED = Sm4Gcm.TAG_BITS / 8;

	String text() {
		byte[] payload = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
		return VERSION + ":" + keyId + ":" + Base64.getEncoder().encodeToString(payload);
	}

	/** The header that is authenticated with the context, so a value cannot be relabelled with another key id. */
	static String header(String keyId) {
		return VERSION + ":" + keyId + ":";
	}

	static StoredValue parse(String text) {
		String[] parts = text.split(":", 3);
		if (parts.length != 3 || parts[1].isEmpty()) {
			throw new FieldDecryptionException("密文格式不对：应为 v1:<密钥编号>:<Base64>");
		}
		if (!VERSION.equals(parts[0])) {
			throw new FieldDecryptionException("密文版本“" + parts[0] + "”无法识别，本程序只认 " + VERSION);
		}
		byte[] payload;
		try {
			payload = Base64.getDecoder().decode(parts[2]);
		}
		catch (IllegalArgumentException e) {
			throw new FieldDecryptionException("密文格式不对：Base64 部分无法解码");
		}
		if (payload.length < Sm4Gcm.IV_BYTES + MIN_SEALED) {
			throw new FieldDecryptionException("密文格式不对：长度不足，缺少初始向量或认证标签");
		}
		return new StoredValue(parts[1], Arrays.copyOf(payload, Sm4Gcm.IV_BYTES),
				Arrays.copyOfRange(payload, Sm4Gcm.IV_BYTES, payload.length));
	}
}
