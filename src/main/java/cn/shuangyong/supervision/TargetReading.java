package cn.shuangyong.supervision;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the targets an item states in the words the notices use: "各州市理论研究成果、公益短片和微视频各不少于1篇（部）"
 * asks every prefecture for at least one of each of three things. Only that shape is read; anything less clear is
 * left to the office to set by hand, so nothing is guessed.
 */
final class TargetReading {

	private static final Pattern EACH_PREFECTURE = Pattern.compile(
			"(?:各|每个)州[（(]?市[)）]?(?:都要|要)?([^，。；,;]{2,60}?)各不少于\\s*(\\d{1,4}|[一两二三四五六七八九十]{1,3})\\s*"
					+ "(篇[（(]部[)）]|[篇部个次场期件项])");

	private static final Pattern SEPARATOR = Pattern.compile("[、，,]|和|及|与");

	private TargetReading() {
	}

	static List<Target.Draft> read(String itemText) {
		List<Target.Draft> targets = new ArrayList<>();
		if (itemText == null) {
			return targets;
		}
		Matcher m = EACH_PREFECTURE.matcher(itemText);
		while (m.find()) {
			int required = number(m.group(2));
			String measure = m.group(3).replace('(', '（').replace(')', '）');
			List<String> names = SEPARATOR.splitAsStream(m.group(1)).map(String::strip).toList();
			if (required <= 0 || names.stream().anyMatch(n -> n.length() < 2 || n.length() > 20)) {
				return List.of();
			}
			names.forEach(n -> targets.add(new Target.Draft(n, measure, required, true)));
		}
		return targets;
	}

	private static int number(String text) {
		if (text.chars().allMatch(Character::isDigit)) {
			return Integer.parseInt(text);
		}
		String digits = "零一二三四五六七八九";
		if (text.equals("两")) {
			return 2;
		}
		int ten = text.indexOf('十');
		if (ten < 0) {
			return text.length() == 1 ? digits.indexOf(text.charAt(0)) : -1;
		}
		int tens = ten == 0 ? 1 : digits.indexOf(text.charAt(0));
		int ones = ten == text.length() - 1 ? 0 : digits.indexOf(text.charAt(ten + 1));
		return tens < 0 || ones < 0 ? -1 : tens * 10 + ones;
	}
}
