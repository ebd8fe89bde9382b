package cn.shuangyong.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNumeralTest {

	@ParameterizedTest(name = "{0} = {1}")
	@CsvSource({ "6, 6", "06, 6", "12, 12", "一, 1", "六, 6", "十, 10", "十一, 11", "十二, 12", "二十, 20", "二十五, 25",
			"三十一, 31" })
	void readsArabicAndChineseNumbers(String text, int value) {
		assertThat(ChineseNumeral.parse(text)).hasValue(value);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "", "十十", "二二", "〇十", "百", "六月", "1a", "一二三四" })
	void rejectsWhatIsNotANumber(String text) {
		assertThat(ChineseNumeral.parse(text)).isEmpty();
	}
}
