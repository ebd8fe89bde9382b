package cn.shuangyong.privacy;

import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The keys of personal-data protection, from configuration or the environment; never from the database, so a copy of
 * the database alone reveals nothing (security requirements D1: key outside the DB).
 * <ul>
 * <li>{@code shuangyong.privacy.keys.<id>}: an SM4 field key, Base64 of 16 bytes; several may be listed while keys
 * are rotated (environment: {@code SHUANGYONG_PRIVACY_KEYS_<ID>});</li>
 * <li>{@code shuangyong.privacy.current-key}: the id that encrypts new values;</li>
 * <li>{@code shuangyong.privacy.lookup-key}: the HMAC-SM3 key of lookup hashes, Base64 of at least 16 bytes (32
 * recommended), different from every field key.</li>
 * </ul>
 * {@link #toString()} names the key ids only.
 */
@ConfigurationProperties("shuangyong.privacy")
public record PrivacyKeys(Map<String, String> keys, String currentKey, String lookupKey) {

	public PrivacyKeys {
		keys = keys == null ? Map.of() : Map.copyOf(keys);
		currentKey = currentKey == null || currentKey.isBlank() ? null : currentKey.strip();
		lookupKey = lookupKey == null || lookupKey.isBlank() ? null : lookupKey.strip();
	}

	public boolean hasFieldKeys() {
		return !keys.isEmpty();
	}

	public boolean hasLookupKey() {
		return lookupKey != null;
	}

	public FieldKeys fieldKeys() {
		return FieldKeys.fromBase64(keys, currentKey);
	}

	public byte[] lookupKeyBytes() {
		try {
			return Base64.getDecoder().decode(lookupKey);
		}
		catch (IllegalArgumentException | NullPointerException e) {
			throw new IllegalArgumentException("查找哈希密钥（shuangyong.privacy.lookup-key）不是有效的 Base64 文本");
		}
	}

	@Override
	public String toString() {
		return "PrivacyKeys[keys=" + new TreeMap<>(keys).keySet() + ", currentKey=" + currentKey + ", lookupKey="
				+ (hasLookupKey() ? "(set)" : "(unset)") + "]";
	}
}
