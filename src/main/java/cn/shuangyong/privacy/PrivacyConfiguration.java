package cn.shuangyong.privacy;

import cn.shuangyong.shared.DemoMode;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The cipher and the lookup hash from the configured keys, each only after the crypto self-test has passed. Without
 * configured keys, demo mode gets development keys with a warning and any other mode refuses to start.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PrivacyKeys.class)
class PrivacyConfiguration {

	@Bean
	CryptoSelfCheck cryptoSelfCheck() {
		return CryptoSelfCheck.standard();
	}

	@Bean
	FieldCipher fieldCipher(PrivacyKeys keys, DemoMode demo, CryptoSelfCheck passed) {
		return new FieldCipher(keys.hasFieldKeys() ? keys.fieldKeys() : DevelopmentKeys.fieldKeys(demo));
	}

	@Bean
	LookupHash lookupHash(PrivacyKeys keys, DemoMode demo, CryptoSelfCheck passed) {
		LookupHash hash = new LookupHash(keys.hasLookupKey() ? keys.lookupKeyBytes() : DevelopmentKeys.lookupKey(demo));
		if (keys.hasFieldKeys() && hash.sharesKeyWith(keys.fieldKeys())) {
			throw new IllegalStateException(
					"查找哈希密钥不得与字段加密密钥相同：请为 shuangyong.privacy.lookup-key 另行生成密钥");
		}
		return hash;
	}
}
