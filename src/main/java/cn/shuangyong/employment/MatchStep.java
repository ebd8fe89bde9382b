package cn.shuangyong.employment;

import cn.shuangyong.shared.InvalidInputException;

/** What is recorded on a confirmed match: the offer, the interview, and its result or the spouse's refusal. */
public enum MatchStep {

	OFFER, INTERVIEW, HIRED, NOT_HIRED, DECLINED;

	public String messageKey() {
		return "employment.step." + name();
	}

	public static MatchStep parse(String text) {
		try {
			return valueOf(text == null ? "" : text.strip().toUpperCase());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("办理环节应为推荐、面试、录用、未录用或家属放弃");
		}
	}
}
