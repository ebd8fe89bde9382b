package cn.shuangyong.beneficiaries;

import java.util.List;

import cn.shuangyong.shared.InvalidInputException;

/** Why a person leaves the registry: required, plain text, short. It goes into the audit log, so no personal data. */
final class RemovalReason {

	static final int MAX = 200;

	/** Words a reason that means a death begins with; a death has its own way in, with its date. */
	private static final List<String> DEATH = List.of("死亡", "病故", "去世", "逝世", "亡故", "身故");

	private RemovalReason() {
	}

	static String check(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("请写明移除的原因（如迁出本省、资格取消）");
		}
		String text = reason.strip();
		if (DEATH.stream().anyMatch(text::startsWith)) {
			throw new InvalidInputException("人员死亡请用“登记死亡”并填写死亡日期，抚恤等工作由此得知，不要用“移除”");
		}
		if (text.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL)) {
			throw new InvalidInputException("原因含有非法字符");
		}
		if (text.codePointCount(0, text.length()) > MAX) {
			throw new InvalidInputException("原因最多 " + MAX + " 个字");
		}
		return text;
	}
}
