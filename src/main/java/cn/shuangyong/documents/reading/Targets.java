package cn.shuangyong.documents.reading;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quantitative targets: a clause with a minimum (不少于, 不得少于, 不低于, 至少, 达到 N, or N…以上), such as
 * 各县征文、调研报告和短视频各不少于2篇（部）. The 各 or 每 before the minimum names the level each count applies to
 * ({@code per}, and from it the {@link TargetScope}); the things counted are listed between it and the minimum,
 * separated by 、 和 及 与, or follow the number (至少建成1个服务站), or head the sentence before a colon
 * (宣传栏：每个社区不得少于3期).
 */
final class Targets {

	private static final String UNIT = "(?<unit>个百分点|百分点|人次|万元|亿元|万人|平方米|公里|%|㎡|[\\p{IsHan}])";
	// A verb may stand between the minimum and the number: 至少建成1个.
	private static final Pattern MINIMUM = Pattern.compile("(?:不得少于|不得低于|不应少于|不少于|不低于|不小于|至少|达到)[\\p{IsHan}]{0,3}?\\s*"
			+ "(?<number>\\d+(?:\\.\\d+)?|[一二两三四五六七八九十]{1,3})\\s*" + UNIT + "(?:（(?<alternative>[\\p{IsHan}])）)?");
	private static final Pattern OR_MORE = Pattern.compile("(?<number>\\d+(?:\\.\\d+)?)\\s*" + UNIT + "(?:及)?以上");
	private static final String CLAUSE_ENDS = "，。；：！？";
	private static final Pattern EACH = Pattern.compile("[各均都每\\s]+$");
	// How often, not what: 每年至少开展2次国防教育活动 counts the 活动 written after the number, and in
	// 党委、政府每年研究工作不少于两次 what is counted is what follows the frequency, not who does it.
	private static final Pattern FREQUENCY = Pattern.compile("(?:每年|每季度|每半年|每月|每周|全年|年内|今年)");
	// The whole area in total, not a thing counted: 全州举办招聘会不少于3场.
	private static final Pattern WHOLE_AREA = Pattern.compile("^\\s*全(?:省|州（市）|州市|州|市|县（市、区）|县|区|乡|镇)(?:共|累计|合计)?");
	// The heading of a sentence that lists targets after a colon: 7.宣传栏：每个社区不得少于3期.
	private static final Pattern HEADING_NUMBER = Pattern.compile("^(?:\\d{1,3}|[一二三四五六七八九十]{1,3})[.、]|^（[^）]{1,4}）");
	private static final Pattern WHAT_SEPARATOR = Pattern.compile("[、和及与]");

	private Targets() {
	}

	static List<QuantitativeTarget> find(String text) {
		String folded = Folded.fold(text);
		List<QuantitativeTarget> targets = new ArrayList<>();
		int covered = -1;
		Matcher minimum = MINIMUM.matcher(folded);
		while (minimum.find()) {
			targets.add(target(text, folded, minimum, minimum.group("alternative")));
			covered = minimum.end();
		}
		Matcher orMore = OR_MORE.matcher(folded);
		while (orMore.find()) {
			// 不少于3场以上 states one minimum, already read above.
			if (orMore.start() >= covered) {
				targets.add(target(text, folded, orMore, null));
			}
		}
		return targets;
	}

	private static QuantitativeTarget target(String text, String folded, Matcher m, String alternative) {
		int start = clauseStart(folded, m.start());
		int end = clauseEnd(folded, m.end());
		Per per = Per.at(text, folded, start, m.start());
		String before = text.substring(per.end(), m.start());
		Matcher whole = WHOLE_AREA.matcher(Folded.fold(before));
		before = whole.find() ? before.substring(whole.end()) : before;
		Matcher each = EACH.matcher(Folded.fold(before));
		before = each.find() ? before.substring(0, each.start()) : before;
		Matcher frequency = FREQUENCY.matcher(Folded.fold(before));
		int afterFrequency = -1;
		while (frequency.find()) {
			afterFrequency = frequency.end();
		}
		before = afterFrequency >= 0 ? before.substring(afterFrequency) : before;
		List<String> things = things(before);
		if (things.isEmpty()) {
			String after = NoticeLines.strip(text.substring(m.end(), end));
			things = after.isEmpty() ? things(heading(text, folded, start)) : List.of(after);
		}
		BigDecimal min = amount(m.group("number"));
		String unit = m.group("unit");
		List<TargetCount> counts = new ArrayList<>();
		for (String thing : things) {
			counts.add(new TargetCount(thing, min, Classifiers.unitFor(thing, unit, alternative)));
		}
		if (counts.isEmpty()) {
			counts.add(new TargetCount(null, min, unit));
		}
		return new QuantitativeTarget(NoticeLines.strip(text.substring(start, end)), per.name(), counts);
	}

	/** What the sentence is about when it opens with a heading and a colon before this clause, or "". */
	private static String heading(String text, String folded, int clauseStart) {
		int colon = -1;
		for (int i = clauseStart - 1; i >= 0; i--) {
			char c = folded.charAt(i);
			if (c == '。' || c == '；' || c == '\n') {
				break;
			}
			if (c == '：') {
				colon = i;
				break;
			}
		}
		if (colon < 0) {
			return "";
		}
		int start = clauseStart(folded, colon);
		String heading = NoticeLines.strip(text.substring(start, colon));
		Matcher number = HEADING_NUMBER.matcher(Folded.fold(heading));
		return number.find() ? heading.substring(number.end()) : heading;
	}

	private static List<String> things(String before) {
		List<String> things = new ArrayList<>();
		String folded = Folded.fold(before);
		Matcher separator = WHAT_SEPARATOR.matcher(folded);
		int from = 0;
		while (from <= before.length()) {
			int to = separator.find() ? separator.start() : before.length();
			String thing = NoticeLines.strip(before.substring(from, to));
			if (!thing.isEmpty()) {
				things.add(thing);
			}
			from = to + 1;
		}
		return things;
	}

	private static BigDecimal amount(String written) {
		if (Character.isDigit(written.charAt(0))) {
			return new BigDecimal(written);
		}
		return BigDecimal.valueOf(Numbering.numberValue(written.replace('两', '二')));
	}

	private static int clauseStart(String folded, int from) {
		int i = from;
		while (i > 0 && CLAUSE_ENDS.indexOf(folded.charAt(i - 1)) < 0) {
			i--;
		}
		return i;
	}

	private static int clauseEnd(String folded, int from) {
		int i = from;
		while (i < folded.length() && CLAUSE_ENDS.indexOf(folded.charAt(i)) < 0) {
			i++;
		}
		return i;
	}
}
