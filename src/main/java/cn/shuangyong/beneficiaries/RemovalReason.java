package cn.shuangyong.beneficiaries;

import cn.shuangyong.shared.InvalidInputException;

/** Why a person leaves the registry: required, plain text, short. It goes into the audit log, so no personal data. */
final class RemovalReason {

	static final int MAX = 200;

	private RemovalReason() {
	}

	static String check(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("请写明移除的原因（如死亡、迁出本省、资格取消）");
		}
		String text = reason.strip();
		if (text.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL)) {
			throw new InvalidInputException("原因含有非法字符");
		}
		if (text.codePointCount(0, text.length()) > MAX) {
			throw new InvalidInputException("原因最多 " + MAX + " 个字");
		}
		return text;
	}
}
