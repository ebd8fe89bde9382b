package cn.shuangyong.privacy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import cn.shuangyong.shared.DemoMode;
import cn.shuangyong.shared.KeysMissingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keys for demo and development when none is configured: derived by SM3 from fixed, published labels, so the demo's
 * data stays readable across restarts. Anyone can derive them, so they protect nothing: each use logs a warning, and
 * outside demo mode there are none at all and the platform refuses to start.
 */
final class DevelopmentKeys {

	static final String FIELD_KEY_ID = "dev";

	private static final Logger log = LoggerFactory.getLogger(DevelopmentKeys.class);

	private DevelopmentKeys() {
	}

	static FieldKeys fieldKeys(DemoMode demo) {
		requireDemo(demo, "字段加密密钥",
				"shuangyong.privacy.keys.<编号>（Base64 编码的 16 字节）和 shuangyong.privacy.current-key");
		log.warn("未配置字段加密密钥：使用由固定文本派生的开发密钥“{}”。它人人可算出，仅供演示和开发，"
				+ "绝不能用于生产数据；生产环境请设置 shuangyong.privacy.keys.<编号> 和 shuangyong.privacy.current-key",
				FIELD_KEY_ID);
		byte[] key = Arrays.copyOf(derive("shuangyong development field key"), Sm4Gcm.KEY_BYTES);
		return new FieldKeys(Map.of(FIELD_KEY_ID, key), FIELD_KEY_ID);
	}

	static byte[] lookupKey(DemoMode demo) {
		requireDemo(demo, "查找哈希密钥",
				"shuangyong.privacy.lookup-key（Base64 编码，至少 16 字节，建议 32 字节）");
		log.warn("未配置查找哈希密钥：使用由固定文本派生的开发密钥。它人人可算出，仅供演示和开发，绝不能用于生产数据；"
				+ "生产环境请设置 shuangyong.privacy.lookup-key");
		return derive("shuangyong development lookup key");
	}

	private static void requireDemo(DemoMode demo, String what, String settings) {
		if (!demo.enabled()) {
			throw new KeysMissingException("未配置" + what + "，拒绝启动：非演示环境必须设置 " + settings);
		}
	}

	private static byte[] derive(String label) {
		return Sm3.digest(label.getBytes(StandardCharsets.UTF_8));
	}
}
