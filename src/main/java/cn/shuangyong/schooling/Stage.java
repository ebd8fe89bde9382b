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
			throw new InvalidInputException("学段不存在：应为幼儿园、小学、初中或高中");
		}
	}
}
