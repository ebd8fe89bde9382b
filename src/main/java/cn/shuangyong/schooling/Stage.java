package cn.shuangyong.schooling;

import cn.shuangyong.shared.InvalidInputException;

/** The school stage a child applies for. */
public enum Stage {

	KINDERGARTEN, PRIMARY, JUNIOR, SENIOR;

	public String messageKey() {
		return "schooling.stage." + name();
	}

	static Stage parse(String text) {
		try {
			return valueOf(text == null ? "" : text.strip().toUpperCase());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("学段（stage）不存在：应为 KINDERGARTEN（幼儿园）、PRIMARY（小学）、JUNIOR（初中）或 SENIOR（高中）");
		}
	}
}
