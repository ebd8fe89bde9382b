package cn.shuangyong.audit;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import cn.shuangyong.shared.DemoMode;
import cn.shuangyong.shared.KeysMissingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit chain's keys by id, and the one that seals new entries. Entries written before the chain was keyed carry
 * no key id and are checked with plain SM3.
 */
final class ChainKeys {

	static final String DEVELOPMENT_KEY_ID = "dev";

	private static final int MIN_KEY_BYTES = 16;

	private static final Logger log = LoggerFactory.getLogger(ChainKeys.class);

	private final Map<String, byte[]> keys;

	private final String currentId;

	ChainKeys(Map<String, byte[]> keys, String currentId) {
		if (!keys.containsKey(currentId)) {
			throw new IllegalArgumentException("审计链当前密钥（shuangyong.audit.current-chain-key）“" + currentId
					+ "”不在 shuangyong.audit.chain-keys 中");
		}
		this.keys = Map.copyOf(keys);
		this.currentId = currentId;
	}

	/**
	 * The configured keys; without any, in demo mode a key derived from a published label (it protects nothing, so a
	 * warning says so), and outside demo mode the platform refuses to start.
	 */
	static ChainKeys of(AuditSettings settings, DemoMode demo) {
		if (settings.chainKeys().isEmpty()) {
			if (!demo.enabled()) {
				throw new KeysMissingException("未配置审计链密钥，拒绝启动：非演示环境必须设置 shuangyong.audit.chain-keys.<编号>"
						+ "（Base64 编码，至少 16 字节）和 shuangyong.audit.current-chain-key");
			}
			log.warn("未配置审计链密钥：使用由固定文本派生的开发密钥“{}”。它人人可算出，仅供演示和开发；"
					+ "生产环境请设置 shuangyong.audit.chain-keys.<编号> 和 shuangyong.audit.current-chain-key",
					DEVELOPMENT_KEY_ID);
			return new ChainKeys(Map.of(DEVELOPMENT_KEY_ID,
					AuditChain.sm3Bytes("shuangyong development audit chain key".getBytes(StandardCharsets.UTF_8))),
					DEVELOPMENT_KEY_ID);
		}
		Map<String, byte[]> keys = new HashMap<>();
		settings.chainKeys().forEach((id, text) -> keys.put(id, decode(id, text)));
		String current = settings.currentChainKey() != null ? settings.currentChainKey()
				: keys.size() == 1 ? keys.keySet().iterator().next() : null;
		if (current == null) {
			throw new IllegalArgumentException("配置了多个审计链密钥时须用 shuangyong.audit.current-chain-key 指明当前密钥");
		}
		return new ChainKeys(keys, current);
	}

	String currentId() {
		return currentId;
	}

	byte[] current() {
		return keys.get(currentId);
	}

	Optional<byte[]> byId(String id) {
		return Optional.ofNullable(keys.get(id));
	}

	private static byte[] decode(String id, String text) {
		byte[] key;
		try {
			key = Base64.getDecoder().decode(text.strip());
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("审计链密钥 shuangyong.audit.chain-keys." + id + " 不是有效的 Base64 文本");
		}
		if (key.length < MIN_KEY_BYTES) {
			throw new IllegalArgumentException("审计链密钥 shuangyong.audit.chain-keys." + id + " 太短：须至少 "
					+ MIN_KEY_BYTES + " 字节，现为 " + key.length + " 字节");
		}
		return key;
	}
}
