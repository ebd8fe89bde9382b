package cn.shuangyong.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.MonthDay;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeNodeTest {

	private static TimeNode on(String monthDay) {
		return new TimeNode(new Anchor.Fixed(MonthDay.parse("--" + monthDay)), false);
	}

	private static TimeNode eve(String monthDay) {
		return new TimeNode(new Anchor.Fixed(MonthDay.parse("--" + monthDay)), true);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "八一前夕", "“八一”前夕", "\"八一\"前夕", "「八一」前夕", "『八一』前夕", "‘八一’前夕", "＂八一＂前夕",
			" 八一 前夕 ", "八一前", "八一建军节前夕", "建军节前夕" })
	void readsTheEveOfAugustFirstInAnyQuotes(String text) {
		assertThat(TimeNode.parse(text)).contains(eve("08-01"));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "八一", "“八一”", "建军节", "八一建军节" })
	void readsAugustFirst(String text) {
		assertThat(TimeNode.parse(text)).contains(on("08-01"));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "春节", "“春节”" })
	void readsSpringFestival(String text) {
		assertThat(TimeNode.parse(text)).contains(new TimeNode(new Anchor.LunarNewYearsDay(), false));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "春节前", "春节前夕", "“春节”前夕" })
	void readsTheEveOfSpringFestival(String text) {
		assertThat(TimeNode.parse(text)).contains(new TimeNode(new Anchor.LunarNewYearsDay(), true));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "年底前", "年底", "年末", "年内", "下半年" })
	void readsTheYearsEnd(String text) {
		assertThat(TimeNode.parse(text)).contains(on("12-31"));
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({
			"6月底前, 06-30", "六月底前, 06-30", "６月底前, 06-30", "6月底, 06-30", "6月末, 06-30",
			"1月底前, 01-31", "十一月底前, 11-30", "十二月底前, 12-31", "9月底前, 09-30",
			"2月底前, 02-29" })
	void readsTheEndOfAMonth(String text, String lastDay) {
		assertThat(TimeNode.parse(text)).contains(on(lastDay));
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "9月30日前, 09-30", "9月30日, 09-30", "九月三十日前, 09-30", "3月15号前, 03-15", "12月1日前, 12-01" })
	void readsADate(String text, String date) {
		assertThat(TimeNode.parse(text)).contains(on(date));
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "第一季度, 03-31", "一季度, 03-31", "第1季度, 03-31", "第二季度, 06-30", "三季度, 09-30", "第四季度, 12-31",
			"上半年, 06-30" })
	void readsTheEndOfAQuarterOrHalfYear(String text, String lastDay) {
		assertThat(TimeNode.parse(text)).contains(on(lastDay));
	}

	@ParameterizedTest(name = "{0}")
	@NullAndEmptySource
	@ValueSource(strings = { "长期坚持", "全年", "适时", "国庆前夕", "13月底前", "十三月底前", "0月底前", "2月30日前", "6月31日前",
			"第五季度", "2021年底前", "6月底前后", "八一后", "春节后", "年底前完成验收" })
	void knowsNothingElse(String text) {
		assertThat(TimeNode.parse(text)).isEmpty();
	}
}
