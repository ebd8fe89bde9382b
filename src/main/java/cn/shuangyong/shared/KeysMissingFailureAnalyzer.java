package cn.shuangyong.shared;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a refusal to start for lack of keys into a short Chinese notice that names every key a real installation
 * needs, instead of a stack trace with the reason buried in it. Registered in META-INF/spring.factories.
 */
class KeysMissingFailureAnalyzer extends AbstractFailureAnalyzer<KeysMissingException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, KeysMissingException cause) {
		return new FailureAnalysis(cause.getMessage(), """
				正式使用前须配置全部密钥（Base64 编码，不得存入数据库），例如以环境变量或启动参数设置：
				  shuangyong.privacy.keys.<编号>=$(openssl rand -base64 16)   字段加密密钥（SM4）
				  shuangyong.privacy.current-key=<编号>                        当前字段加密密钥的编号
				  shuangyong.privacy.lookup-key=$(openssl rand -base64 32)     查找哈希密钥（HMAC-SM3）
				  shuangyong.audit.chain-keys.<编号>=$(openssl rand -base64 32) 审计链密钥（HMAC-SM3）
				密钥丢失则加密数据无法读取，请妥善备份。各项设置见 README 的设置表。
				只想体验演示？请用 bin/run 启动（演示模式，使用人人可算出的开发密钥，绝不能用于真实数据）。""", cause);
	}
}
