package cn.shuangyong.shared;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;

/** A start refused for lack of keys ends in a Chinese notice that names every key to configure, not a stack trace. */
class KeysMissingFailureAnalyzerTest {

	@Test
	void namesTheMissingKeyAndEveryKeyARealInstallationNeeds() {
		KeysMissingException missing = new KeysMissingException("未配置审计链密钥，拒绝启动");
		FailureAnalysis analysis = new KeysMissingFailureAnalyzer()
			.analyze(new BeanCreationException("auditTrail", "Error creating bean", missing));
		assertThat(analysis.getDescription()).isEqualTo("未配置审计链密钥，拒绝启动");
		assertThat(analysis.getAction()).contains("shuangyong.privacy.keys.<编号>", "shuangyong.privacy.current-key",
				"shuangyong.privacy.lookup-key", "shuangyong.audit.chain-keys.<编号>", "bin/run");
	}

	@Test
	void leavesOtherFailuresToSpringBoot() {
		assertThat(new KeysMissingFailureAnalyzer().analyze(new IllegalStateException("其他错误"))).isNull();
	}
}
