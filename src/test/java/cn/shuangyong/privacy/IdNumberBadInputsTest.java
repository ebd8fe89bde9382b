package cn.shuangyong.privacy;

import static cn.shuangyong.privacy.IdNumbers.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The ID-number cases of the security requirements' "Bad inputs to try" (section 3, rows 1–9). */
class IdNumberBadInputsTest {

	private static IdNumberResult parse(String text) {
		return IdNumber.parse(text, TODAY);
	}

	@Test
	void row1_wrongCheckCharacterIsRejected() {
		assertThat(parse("110101199003074515").problems()).singleElement().asString().contains("校验码");
	}

	@Test
	void row2_lowerCaseXIsAcceptedAndStoredAsCapitalX() {
		assertThat(parse("11010519491231002x").idNumber().value()).isEqualTo("11010519491231002X");
	}

	@Test
	void row3_fullWidthDigitsAndXAreReadAsHalfWidth() {
		assertThat(parse("１１０１０１１９９００３０７４５１４").idNumber().value()).isEqualTo("110101199003074514");
		assertThat(parse("１１０１０５１９４９１２３１００２Ｘ").idNumber().value()).isEqualTo("11010519491231002X");
	}

	@ParameterizedTest(name = "{index}")
	@ValueSource(strings = { "110101 19900307 4514", "\u200B110101199003074514", "\u3000110101199003074514\u3000",
			" 110101199003074514\t", "\uFEFF110101199003074514", "1101011990\u00A003074514", "110101199003074514\r\n" })
	void row4_spacesAndInvisibleFormatCharactersAreRemoved(String text) {
		assertThat(parse(text).idNumber().value()).isEqualTo("110101199003074514");
	}

	@Test
	void row4_anyOtherCharacterIsIllegal() {
		assertThat(parse("110101.199003074514").problems()).contains("含有非法字符“.”（第 7 位）");
		assertThat(parse("11010119900\u00003074514").problems()).contains("含有非法字符“U+0000”（第 12 位）");
	}

	@Test
	void row5_february29thOf1900IsNoDate() {
		assertThat(parse("320102190002290084").problems()).singleElement().asString().contains("不是有效日期");
	}

	@Test
	void row6_birthDateInTheFutureIsRejected() {
		assertThat(parse("110101209912310015").problems()).singleElement().asString().contains("在未来");
	}

	@Test
	void row7_fifteenDigitLegacyNumberAsksForConversion() {
		assertThat(parse("110101900307451").problems()).containsExactly("这是 15 位的旧身份证号，请转换为 18 位");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "1.10101E+17", "1.10101199003075E+17", "1.1E17", "5.30102e+17" })
	void row8_aNumberFromASpreadsheetNumericCellIsRejected(String text) {
		assertThat(parse(text).problems()).singleElement().asString().startsWith("身份证号必须为文本格式");
	}

	@Test
	void row9_unknownProvinceWithARightCheckCharacterIsRejected() {
		String number = IdNumbers.withCheck("99999919900307451");

		assertThat(parse(number).problems()).containsExactly("前两位 99 不是有效的省级行政区划代码");
	}

	@Test
	void row9_unknownYunnanCountyIsOnlyAWarning() {
		IdNumberResult result = parse(IdNumbers.withCheck("53999919900307451"));

		assertThat(result.isValid()).isTrue();
		assertThat(result.warnings()).singleElement().asString().contains("539999");
	}
}
