package cn.shuangyong.privacy;

import java.util.HexFormat;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * The cryptographic self-test at start-up (security requirements D4; GB/T 39786-2021 expects algorithms to be checked
 * before use): each algorithm the platform relies on must give its published answer, or the platform refuses to start
 * rather than write data it could not read back or protect.
 */
public final class CryptoSelfCheck implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(CryptoSelfCheck.class);

	private final List<KnownAnswer> answers;

	CryptoSelfCheck(List<KnownAnswer> answers) {
		this.answers = List.copyOf(answers);
	}

	static CryptoSelfCheck standard() {
		return new CryptoSelfCheck(KnownAnswer.standard());
	}

	@Override
	public void afterPropertiesSet() {
		run();
	}

	/** @throws IllegalStateException naming the first test whose answer differs */
	void run() {
		for (KnownAnswer answer : answers) {
			String actual = HexFormat.of().formatHex(answer.computation().get());
			if (!actual.equalsIgnoreCase(answer.expectedHex())) {
				throw new IllegalStateException(
						"密码算法自检失败，拒绝启动：" + answer.name() + " 应为 " + answer.expectedHex() + "，实际为 " + actual);
			}
		}
		log.info("密码算法自检通过：{} 项已知答案测试", answers.size());
	}
}
