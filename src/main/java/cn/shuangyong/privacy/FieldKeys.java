package cn.shuangyong.privacy;

import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The SM4 keys of field encryption, each under a short id, and the id of the one that encrypts new values. Older keys
 * stay listed so that values written under them remain readable until {@link FieldCipher#rotate rotated}; a key is
 * removed only after no value names it any more. {@link #toString()} shows the ids, never key material.
 */
public final class FieldKeys {

	/** Ids appear in every stored value ({@code v1:<id>:…}), so they may not contain the separator. */
	private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");

	private final Map<String, byte[]> keys;

	private final String currentId;

	public FieldKeys(Map<String, byte[]> keys, String currentId) {
		if (keys == null || keys.isEmpty()) {
			throw new IllegalArgumentException("未配置字段加密密钥（shuangyong.privacy.keys.<编号>）");
		}
		this.keys = new TreeMap<>();
		keys.forEach((id, key) -> {
			if (id == null || !ID.matcher(id).matches()) {
				throw new IllegalArgumentException("密钥编号“" + id + "”不合规：只能用 1 到 32 个字母、数字、- 或 _");
			}
			if (key == null || key.length != Sm4Gcm.KEY_BYTES) {
				throw new IllegalArgumentException("密钥 " + id + " 应为 " + Sm4Gcm.KEY_BYTES + " 字节（SM4），实际为 "
						+ (key == null ? 0 : key.length) + " 字节");
			}
			this.keys.put(id, key.clone());
		});
		if (currentId == null || !this.keys.containsKey(currentId)) {
			throw new IllegalArgumentException("当前密钥（shuangyong.privacy.current-key）应为已配置的密钥编号之一 "
					+ ids() + "，实际为 " + currentId);
		}
		this.currentId = currentId;
	}

	/** Keys as configuration holds them: each one Base64 of 16 bytes. */
	public static FieldKeys fromBase64(Map<String, String> encoded, String currentId) {
		Map<String, byte[]> keys = new TreeMap<>();
		encoded.forEach((id, text) -> keys.put(id, decode(id, text)));
		return new FieldKeys(keys, currentId);
	}

	public String currentId() {
		return currentId;
	}

	public Set<String> ids() {
		return new TreeSet<>(keys.keySet());
	}

	public boolean contains(String id) {
		return keys.containsKey(id);
	}

	/** The key itself, for the cipher only. */
	byte[] key(String id) {
		return keys.get(id);
	}

	/** True when one of these keys has exactly these bytes. */
	boolean holds(byte[] material) {
		return keys.values().stream().anyMatch(key -> MessageDigest.isEqual(key, material));
	}

	private static byte[] decode(String id, String text) {
		try {
			return Base64.getDecoder().decode(text == null ? "" : text.strip());
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("密钥 " + id + " 不是有效的 Base64 文本");
		}
	}

	@Override
	public String toString() {
		return "FieldKeys" + ids() + ", current " + currentId;
	}
}
