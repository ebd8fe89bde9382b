package cn.shuangyong.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shuangyong.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Includes the phone cases of the security requirements' bad inputs (section 3, row 26). */
class PhoneNumberTest {

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "13800138000", "+86 138-0013-8000", "0086 13800138000", "１３８００１３８０００", "138 0013 8000",
			" 13800138000 " })
	void readsAMobileHoweverItIsWritten(String text) {
		PhoneNumber phone = PhoneNumber.parse(text);

		assertThat(phone.value()).isEqualTo("13800138000");
		assertThat(phone.isMobile()).isTrue();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "010-62345678, 010-62345678", "(0871)6512345, 0871-6512345", "０８７１－６５１２３４５６, 0871-65123456",
			"087165123456, 0871-65123456", "（021）6234 5678, 021-62345678" })
	void readsALandlineWithItsAreaCode(String text, String value) {
		PhoneNumber phone = PhoneNumber.parse(text);

		assertThat(phone.value()).isEqualTo(value);
		assertThat(phone.isMobile()).isFalse();
	}

	@Test
	void rejectsAMobileOfTenDigits() {
		assertThatThrownBy(() -> PhoneNumber.parse("1380013800")).isInstanceOf(InvalidInputException.class)
			.hasMessage("手机号码应为 11 位，实际为 10 位");
	}

	@Test
	void rejectsALandlineWithoutAreaCode() {
		assertThatThrownBy(() -> PhoneNumber.parse("65123456")).hasMessage("固定电话须带区号，如 0871-12345678");
	}

	@Test
	void rejectsALandlineOfTheWrongLength() {
		assertThatThrownBy(() -> PhoneNumber.parse("0871-123456")).hasMessage("固定电话除区号外应为 7 或 8 位，实际为 6 位");
	}

	@Test
	void rejectsALandlineNumberStartingWithZeroOrOneAfterTheAreaCode() {
		assertThatThrownBy(() -> PhoneNumber.parse("010-12345678")).hasMessage("固定电话区号后的号码不能以 1 开头");
	}

	@Test
	void rejectsLettersNamingThem() {
		assertThatThrownBy(() -> PhoneNumber.parse("138abc38000")).hasMessage("电话号码含有非法字符“a”");
		assertThatThrownBy(() -> PhoneNumber.parse("138\u000038000")).hasMessage("电话号码含有非法字符“U+0000”");
	}

	@Test
	void rejectsAnEmptyNumber() {
		assertThatThrownBy(() -> PhoneNumber.parse(" ")).hasMessage("电话号码为空");
		assertThatThrownBy(() -> PhoneNumber.parse(null)).hasMessage("电话号码为空");
	}

	@Test
	void rejectsAMobileThatNoOperatorIssues() {
		assertThatThrownBy(() -> PhoneNumber.parse("12800138000")).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void constructorTakesOnlyTheNormalisedForm() {
		assertThatThrownBy(() -> new PhoneNumber("138 0013 8000")).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> new PhoneNumber("087165123456")).isInstanceOf(InvalidInputException.class);
		assertThat(new PhoneNumber("0871-65123456").value()).isEqualTo("0871-65123456");
	}

	@Test
	void masksItselfWhenPrinted() {
		assertThat(PhoneNumber.parse("13812345678")).hasToString("138****5678");
		assertThat(PhoneNumber.parse("0871-65123456")).hasToString("0871-****3456");
	}
}
