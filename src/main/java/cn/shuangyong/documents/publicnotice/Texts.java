package cn.shuangyong.documents.publicnotice;

import java.util.List;

/** The rule every text field of a 公示 follows: given, and not longer than its column. */
final class Texts {

	private Texts() {
	}

	static String required(String text, String what, int max, List<String> problems) {
		String value = text == null ? "" : text.strip();
		if (value.isEmpty()) {
			problems.add("请填写" + what);
		}
		else if (value.length() > max) {
			problems.add(what + "不能超过 " + max + " 字");
		}
		return value;
	}
}
