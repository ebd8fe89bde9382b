package cn.shuangyong.calendar;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.Month;
import java.time.MonthDay;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a time node from the words of a plan item. It knows these forms and nothing else; any other text gives
 * empty, never a guess:
 * <ul>
 * <li>八一, 建军节: 1 August (全国年节及纪念日放假办法 Art. 3); 八一前夕, 八一前: the last working day before it;</li>
 * <li>春节: 正月初一; 春节前, 春节前夕: the last working day before it;</li>
 * <li>年底前, 年底, 年末, 年内: 31 December;</li>
 * <li>N月底前, N月底, N月末: the last day of month N; N月N日前, N月N日: that day;</li>
 * <li>上半年: 30 June; 下半年: 31 December; 第N季度, N季度: the last day of that quarter.</li>
 * </ul>
 * Numbers may be Arabic (6月底前) or Chinese (六月底前), names may stand in quotes (“八一”前夕, "八一"前夕, 「八一」前夕).
 * 前 after a date means "by": the deadline is that date itself. 前夕 of a festival means the working days just before
 * it, when 走访慰问 is done; the last of them is the deadline.
 */
final class TimeNodeExpression {

	// Quote marks plan writers put around a festival's name.
	private static final Pattern QUOTES_AND_SPACE = Pattern.compile("[“”\"「」『』‘’'\\s]");

	private static final String NUMBER = "(\\d{1,2}|[〇一二三四五六七八九十]{1,3})";

	private static final Pattern MONTH_END = Pattern.compile(NUMBER + "月(?:底前?|末)");

	private static final Pattern DAY = Pattern.compile(NUMBER + "月" + NUMBER + "[日号]前?");

	private static final Pattern QUARTER = Pattern.compile("第?" + NUMBER + "季度");

	private static final TimeNode AUGUST_FIRST = TimeNode.on(8, 1);

	private static final TimeNode SPRING_FESTIVAL = new TimeNode(new Anchor.LunarNewYearsDay(), false);

	private static final TimeNode YEAR_END = TimeNode.on(12, 31);

	private static final Map<String, TimeNode> WORDS = Map.ofEntries(
			Map.entry("八一", AUGUST_FIRST),
			Map.entry("建军节", AUGUST_FIRST),
			Map.entry("八一建军节", AUGUST_FIRST),
			Map.entry("八一前", eve(AUGUST_FIRST)),
			Map.entry("八一前夕", eve(AUGUST_FIRST)),
			Map.entry("建军节前夕", eve(AUGUST_FIRST)),
			Map.entry("八一建军节前夕", eve(AUGUST_FIRST)),
			Map.entry("春节", SPRING_FESTIVAL),
			Map.entry("春节前", eve(SPRING_FESTIVAL)),
			Map.entry("春节前夕", eve(SPRING_FESTIVAL)),
			Map.entry("年底前", YEAR_END),
			Map.entry("年底", YEAR_END),
			Map.entry("年末", YEAR_END),
			Map.entry("年内", YEAR_END),
			Map.entry("上半年", TimeNode.on(6, 30)),
			Map.entry("下半年", YEAR_END));

	private TimeNodeExpression() {
	}

	static Optional<TimeNode> parse(String expression) {
		if (expression == null) {
			return Optional.empty();
		}
		// NFKC turns full-width digits and quote marks (６, ＂) into their plain forms.
		String text = QUOTES_AND_SPACE.matcher(Normalizer.normalize(expression, Normalizer.Form.NFKC)).replaceAll("");
		TimeNode word = WORDS.get(text);
		if (word != null) {
			return Optional.of(word);
		}
		return monthEnd(text).or(() -> day(text)).or(() -> quarterEnd(text));
	}

	private static Optional<TimeNode> monthEnd(String text) {
		Matcher matcher = MONTH_END.matcher(text);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		return month(matcher.group(1)).map(TimeNodeExpression::lastDayOf);
	}

	private static Optional<TimeNode> day(String text) {
		Matcher matcher = DAY.matcher(text);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		Optional<Month> month = month(matcher.group(1));
		OptionalInt day = ChineseNumeral.parse(matcher.group(2));
		if (month.isEmpty() || day.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(TimeNode.on(month.get().getValue(), day.getAsInt()));
		}
		catch (DateTimeException ex) {
			return Optional.empty(); // 2月30日 and the like
		}
	}

	private static Optional<TimeNode> quarterEnd(String text) {
		Matcher matcher = QUARTER.matcher(text);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		OptionalInt quarter = ChineseNumeral.parse(matcher.group(1));
		if (quarter.isEmpty() || quarter.getAsInt() < 1 || quarter.getAsInt() > 4) {
			return Optional.empty();
		}
		return Optional.of(lastDayOf(Month.of(quarter.getAsInt() * 3)));
	}

	private static Optional<Month> month(String number) {
		OptionalInt month = ChineseNumeral.parse(number);
		if (month.isEmpty() || month.getAsInt() < 1 || month.getAsInt() > 12) {
			return Optional.empty();
		}
		return Optional.of(Month.of(month.getAsInt()));
	}

	// February's last day is given as the 29th; Anchor.Fixed moves it to the 28th in common years.
	private static TimeNode lastDayOf(Month month) {
		return new TimeNode(new Anchor.Fixed(MonthDay.of(month, month.maxLength())), false);
	}

	private static TimeNode eve(TimeNode node) {
		return new TimeNode(node.anchor(), true);
	}
}
