package cn.shuangyong.audit;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The keys that seal the audit chain, from configuration or the environment, never from the database: someone who can
 * write to the database can change an entry and recompute a plain hash chain, but not a keyed one.
 * <ul>
 * <li>{@code shuangyong.audit.chain-keys.<id>}: an HMAC-SM3 key, Base64 of at least 16 bytes (32 recommended); the
 * keys of earlier entries stay listed after a rotation, so those entries can still be checked (environment:
 * {@code SHUANGYONG_AUDIT_CHAINKEYS_<ID>});</li>
 * <li>{@code shuangyong.audit.current-chain-key}: the id that seals new entries.</li>
 * </ul>
 * {@link #toString()} names the key ids only.
 */
@ConfigurationProperties("shuangyong.audit")
record AuditSettings(Map<String, String> chainKeys, String currentChainKey) {

	AuditSettings {
		chainKeys = chainKeys == null ? Map.of() : Map.copyOf(chainKeys);
		currentChainKey = currentChainKey == null || currentChainKey.isBlank() ? null : currentChainKey.strip();
	}

	@Override
	public String toString() {
		return "AuditSettings[chainKeys=" + new TreeMap<>(chainKeys).keySet() + ", currentChainKey=" + currentChainKey
				+ "]";
	}
}
