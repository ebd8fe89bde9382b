package cn.shuangyong.employment;

import cn.shuangyong.shared.InvalidInputException;

/** The highest schooling a spouse has finished, lowest first: a post asking for one is open to those with it or more. */
public enum Education {

	/** 初中及以下. */
	JUNIOR,
	/** 高中、中专、技校. */
	SENIOR,
	/** 大专. */
	COLLEGE,
	/** 本科. */
	BACHELOR,
	/** 研究生. */
	POSTGRADUATE;

	public boolean meets(Education required) {
		return compareTo(required) >= 0;
	}

	public String messageKey() {
		return "employment.education." + name();
	}

	static Education parse(String text, String field) {
		try {
			return valueOf(text == null ? "" : text.strip().toUpperCase());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException(field + "不存在，请从列表中选择");
		}
	}
}
